// A core file that breaks the layer rule, for the layer check test.
#include <QtGui/QColor>

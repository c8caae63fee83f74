// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetfield.h"

namespace milepost {

QString DatasetField::label() const
{
    // The English names are marked for translation where the schema lists them.
    return QCoreApplication::translate("DatasetSchema", csvName);
}

QString DatasetField::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return tr("text");
    case Kind::TextList:
        return tr("list");
    case Kind::Choice:
        return tr("choice");
    case Kind::Integer:
        return tr("whole number");
    case Kind::Money:
        return tr("amount");
    case Kind::Percent:
        return tr("percentage");
    case Kind::Date:
        return tr("date");
    case Kind::Period:
        return tr("period");
    case Kind::SchoolYear:
        return tr("school year");
    case Kind::Flag:
        return tr("yes/no");
    }
    return {};
}

} // namespace milepost

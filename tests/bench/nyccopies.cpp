// SPDX-License-Identifier: GPL-3.0-or-later
#include "nyccopies.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace milepost::bench {

qint64 writeNycCopies(const QString &target, int copies)
{
    QFile in(QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"));
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return -1;
    QList<QByteArray> lines = in.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    out.write(lines.first() + '\n');
    qint64 rows = 0;
    for (int copy = 0; copy < copies; ++copy) {
        const QByteArray suffix = '-' + QByteArray::number(copy).rightJustified(2, '0');
        QByteArray chunk;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // The building identifier is the second field; neither it nor the first is quoted.
            QByteArray line = lines.at(i);
            const qsizetype second = line.indexOf(',', line.indexOf(',') + 1);
            line.insert(second, suffix);
            chunk += line;
            chunk += '\n';
            ++rows;
        }
        out.write(chunk);
    }
    return rows;
}

} // namespace milepost::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace milepost::test {

// Collects Qt warnings while alive, e.g. QAbstractItemModelTester's reports in Warning mode.
class WarningCounter final
{
public:
    WarningCounter()
    {
        collected().clear();
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtWarningMsg || type == QtCriticalMsg)
                collected().append(message);
        });
    }
    ~WarningCounter() { qInstallMessageHandler(m_previous); }
    WarningCounter(const WarningCounter &) = delete;
    WarningCounter &operator=(const WarningCounter &) = delete;

    const QList<QString> &warnings() const { return collected(); }

private:
    static QList<QString> &collected()
    {
        static QList<QString> messages;
        return messages;
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace milepost::test

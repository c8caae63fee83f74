// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QString>

class QActionGroup;

namespace milepost {

// View > Language: System, English, Español. The choice is remembered in the settings and takes
// effect the next time Milepost starts (the menu says so); the command line follows the system.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The remembered choice: a language code, or empty to follow the system.
    static QString storedChoice();
    static void storeChoice(const QString &code);

Q_SIGNALS:
    void choiceChanged(const QString &code);

private:
    QActionGroup *m_group = nullptr;
};

} // namespace milepost

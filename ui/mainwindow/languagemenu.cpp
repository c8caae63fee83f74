// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "language/language.h"

#include <QActionGroup>
#include <QSettings>

namespace milepost {

namespace {

const QString languageSetting = QStringLiteral("language");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QString stored = storedChoice();
    QAction *system = addAction(tr("&System (%1)").arg(Language::nativeName(Language::systemLanguage())));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(stored.isEmpty());
    m_group->addAction(system);
    // Each language in its own words, with accelerators that differ from each other and from
    // System's in either language (S; E, P).
    for (const QString &code : Language::codes()) {
        QString text = Language::nativeName(code);
        text.insert(code == QLatin1String("es") ? 2 : 0, QLatin1Char('&'));
        QAction *action = addAction(text);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(stored == code);
        action->setObjectName(QStringLiteral("language_") + code);
        m_group->addAction(action);
    }
    addSeparator();
    QAction *note = addAction(tr("Takes effect when Milepost restarts"));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == storedChoice())
            return;
        storeChoice(code);
        Q_EMIT choiceChanged(code);
    });
}

QString LanguageMenu::storedChoice()
{
    const QString code = QSettings().value(languageSetting).toString();
    return Language::isKnown(code) ? code : QString();
}

void LanguageMenu::storeChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageSetting);
    else
        settings.setValue(languageSetting, code);
}

} // namespace milepost

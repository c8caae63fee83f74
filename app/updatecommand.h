// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost update --milestone ID [--status WORD] [--percent N] [--actual-start DATE]
//                 [--actual-end DATE] [--owner NAME] [--office NAME] [--note TEXT]
//                 [--as-of DATE] [--by NAME] [--expect-version N] [--db PATH]
// Records a progress update on one milestone (ProgressRepository::record), headless. The
// milestone's id is in the Id column of "milepost export --dataset milestones". --as-of is
// registered by report; --milestone is shared with history, which reads it by name.
class UpdateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCommand)

public:
    static const QString name; // "update"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    QCommandLineOption m_milestoneOption{QStringLiteral("milestone"),
                                         tr("update, history: the milestone's id (export --dataset milestones lists them)."),
                                         tr("id")};
    QCommandLineOption m_statusOption{QStringLiteral("status"),
                                      tr("update: not_started, on_track, at_risk, off_track, done, deferred or cancelled."),
                                      tr("word")};
    QCommandLineOption m_percentOption{QStringLiteral("percent"), tr("update: percent complete, 0 to 100."), tr("n")};
    QCommandLineOption m_actualStartOption{QStringLiteral("actual-start"), tr("update: the day work began."), tr("date")};
    QCommandLineOption m_actualEndOption{QStringLiteral("actual-end"), tr("update: the day it was completed."), tr("date")};
    QCommandLineOption m_ownerOption{QStringLiteral("owner"), tr("update: the person responsible."), tr("name")};
    QCommandLineOption m_officeOption{QStringLiteral("office"), tr("update: the office responsible."), tr("name")};
    QCommandLineOption m_noteOption{QStringLiteral("note"), tr("update: why, in a sentence."), tr("text")};
    QCommandLineOption m_byOption{QStringLiteral("by"), tr("update: who enters it (default: the login name)."), tr("name")};
    QCommandLineOption m_expectVersionOption{
        QStringLiteral("expect-version"),
        tr("update: refuse the update unless the milestone is still at this version."), tr("n")};
};

} // namespace milepost

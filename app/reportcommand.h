// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardpacksection.h"
#include "report/drilledfigure.h"
#include "report/milestonereport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost report --pdf OUT.pdf [--as-of DATE] [--filter KEY=VALUE ...] [--paper NAME]
//                 [--portrait] [--fit-width] [--greyscale] [--language CODE] [--db PATH]
//                 [--sections plan,milestones,timeline,staffing,enrollment,capital]
//                 [--local-district NAME] [--board-district NAME] [--school NAME]
//                 [--drill staffing.vacancies,capital.late ...]
// Writes the milestone report as a PDF, headless; with --sections, a board pack of those
// sections instead, with the rows of each --drill figure after its page. Painting text and the dashboard's charts needs a QApplication, so the
// command line builds one for this command, on the offscreen platform when there is no display. Bad arguments, a missing database or an unwritable path: one line on standard
// error, a non-zero exit and no file.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static const QString name; // "report"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    // Before the application object exists: picks the offscreen platform when no display is
    // set and no platform was asked for.
    static void prepareEnvironment();
    // Needs a QApplication. databasePath empty: the user's own database, which must exist.
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    int writePack(const QCommandLineParser &parser, const QList<BoardPackSection::Kind> &sections,
                  const QList<DrilledFigure> &drilled, const MilestoneReport::Input &plan, const QString &databasePath,
                  const QString &output) const;

    QCommandLineOption m_pdfOption{QStringLiteral("pdf"), tr("report: write the PDF file <path> (- for standard output)."),
                                   tr("path")};
    QCommandLineOption m_asOfOption{QStringLiteral("as-of"), tr("report: the status date, YYYY-MM-DD (default: today)."),
                                    tr("date")};
    QCommandLineOption m_filterOption{QStringLiteral("filter"),
                                      tr("report: show only KEY=VALUE, e.g. phase=act, status=overdue, search=words, "
                                         "from=DATE, to=DATE; repeatable."),
                                      tr("key=value")};
    QCommandLineOption m_paperOption{QStringLiteral("paper"), tr("report: letter, legal, tabloid, a4 or a3 (default: letter)."),
                                     tr("name")};
    QCommandLineOption m_portraitOption{QStringLiteral("portrait"), tr("report: portrait pages (default: landscape).")};
    QCommandLineOption m_fitWidthOption{QStringLiteral("fit-width"),
                                        tr("report: fit the timeline to the page width instead of tiling it across pages.")};
    QCommandLineOption m_languageOption{QStringLiteral("language"),
                                        tr("report: the report's language, en or es (default: the system's)."),
                                        tr("code")};
    QCommandLineOption m_greyscaleOption{QStringLiteral("greyscale"), tr("report: print in greyscale.")};
    QCommandLineOption m_baselineOption{QStringLiteral("baseline"),
                                        tr("report: say how many days each milestone slipped against the baseline "
                                           "<name> (Imported: the dates as first imported)."),
                                        tr("name")};
    QCommandLineOption m_allDatesOption{QStringLiteral("all-dates"),
                                        tr("report: the timeline from the plan's first date to its last, not only the "
                                           "quarters its tables mark.")};
    QCommandLineOption m_sectionsOption{QStringLiteral("sections"),
                                        tr("report: a board pack of these sections, in this order, behind a contents "
                                           "page: plan, milestones, timeline, staffing, enrollment, capital."),
                                        tr("list")};
    QCommandLineOption m_drillOption{QStringLiteral("drill"),
                                     tr("report: with --sections, the rows of these key figures after their pages, "
                                        "as the window's board pack prints the figure drilled into: e.g. "
                                        "staffing.vacancies,capital.late; repeatable."),
                                     tr("figures")};
};

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandio.h"

#include "dashboard/dashboarddata.h"
#include "language/language.h"
#include "report/boardpack.h"
#include "report/boardpackbuilder.h"
#include "report/boardpacksection.h"
#include "report/milestonereport.h"
#include "report/offscreendashboard.h"
#include "report/reportfilter.h"
#include "report/reportprinter.h"
#include "store/baselinerepository.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

#include <QLocale>

#include <cstdio>
#include <memory>

namespace milepost {

const QString ReportCommand::name = QStringLiteral("report");

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_pdfOption, m_asOfOption, m_filterOption, m_paperOption, m_portraitOption, m_fitWidthOption,
                       m_greyscaleOption, m_allDatesOption, m_languageOption, m_sectionsOption,
                       m_baselineOption, m_drillOption});
}

QString ReportCommand::helpText()
{
    return tr("  report --pdf PATH [--as-of DATE] [--since DATE] [--filter KEY=VALUE ...] [--db PATH]\n"
              "      Write the milestone report (title page with key figures, milestones by objective,\n"
              "      with --since what changed after that day up to the as-of date, the timeline\n"
              "      across as many pages as it needs) as a PDF. Filters:\n"
              "      %1.\n"
              "      Also --paper letter|legal|tabloid|a4|a3, --portrait, --fit-width, --greyscale,\n"
              "      --language en|es (the report's language; default: the system's).\n"
              "      The timeline covers the quarters the plan marks (--all-dates: every date).\n"
              "      Needs no display.\n")
               .arg(ReportFilter::keys().join(QLatin1String(", ")))
        + tr("      --baseline NAME: the end dates say how many days they slipped against that\n"
             "      baseline (Imported: the dates as first imported).\n")
        + tr("  report --pdf PATH --sections %1 [...]\n"
             "      A board pack instead: those parts, in the order given, behind one contents page and\n"
             "      one page numbering; the dashboard's pages with their key figures and charts, counted\n"
             "      under --local-district, --board-district, --school and --source as `figures` counts them.\n")
              .arg(BoardPackSection::keys().join(QLatin1Char(',')))
        + tr("      --drill FIGURE,...: after its page, the rows of each key figure named, as the\n"
             "      window prints the figure drilled into; one figure a page. The figures:\n"
             "      %1.\n")
              .arg(DrilledFigure::keys().join(QLatin1String(", ")));
}

namespace {

QtMessageHandler previousHandler = nullptr;

// Without a session (a cron job, CI, ssh) QStandardPaths warns that XDG_RUNTIME_DIR is unset
// when the GUI application starts. It changes nothing for a PDF, and the command's contract is
// one line on standard error when something is wrong: that warning alone is dropped.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler) {
        previousHandler(type, context, message);
        return;
    }
    const QByteArray text = qFormatLogMessage(type, context, message).toLocal8Bit();
    std::fprintf(stderr, "%s\n", text.constData());
}

} // namespace

void ReportCommand::prepareEnvironment()
{
    previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

int ReportCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    // A bilingual office prints both: the report's language whatever the program's.
    if (parser.isSet(m_languageOption)) {
        const QString language = parser.value(m_languageOption);
        if (!Language::isKnown(language)) {
            CommandIo::printError(tr("milepost: --language %1 is not one of %2")
                                      .arg(language, Language::codes().join(QLatin1String(", "))));
            return CommandIo::UsageError;
        }
        if (!Language::install(language)) {
            CommandIo::printError(tr("milepost: the %1 translation could not be loaded").arg(language));
            return CommandIo::Failure;
        }
    }

    if (positional.size() != 1) {
        CommandIo::printError(tr("milepost: report takes no FILE; give the output with --pdf PATH"));
        return CommandIo::UsageError;
    }
    const QString output = parser.value(m_pdfOption);
    if (output.isEmpty()) {
        CommandIo::printError(tr("milepost: report needs --pdf PATH (- for standard output)"));
        return CommandIo::UsageError;
    }

    QDate asOf = QDate::currentDate();
    QDate since;
    if (!CommandIo::readDay(parser, QStringLiteral("since"), &since))
        return CommandIo::UsageError;
    if (!CommandIo::readDay(parser, QStringLiteral("as-of"), &asOf))
        return CommandIo::UsageError;
    if (since.isValid() && since >= asOf) {
        CommandIo::printError(tr("milepost: --since %1 is not before the as-of date %2")
                                  .arg(since.toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
        return CommandIo::UsageError;
    }
    ReportFilter filter;
    for (const QString &keyValue : parser.values(m_filterOption)) {
        QString error;
        if (!filter.add(keyValue, &error)) {
            CommandIo::printError(tr("milepost: --filter %1").arg(error));
            return CommandIo::UsageError;
        }
    }
    ReportPageOptions options;
    if (parser.isSet(m_paperOption)
        && !ReportPageOptions::paperSizeFromKey(parser.value(m_paperOption), &options.paperSize)) {
        CommandIo::printError(tr("milepost: --paper %1 is not letter, legal, tabloid, a4 or a3").arg(parser.value(m_paperOption)));
        return CommandIo::UsageError;
    }
    if (parser.isSet(m_portraitOption))
        options.orientation = ReportPageOptions::Orientation::Portrait;
    if (parser.isSet(m_fitWidthOption))
        options.timelineScale = ReportPageOptions::TimelineScale::FitToPageWidth;
    options.greyscale = parser.isSet(m_greyscaleOption);
    options.changesSince = since;
    if (parser.isSet(m_allDatesOption))
        options.timelineSpan = ReportPageOptions::TimelineSpan::AllDates;
    // The filter's date range is also the timeline's.
    options.rangeFirst = filter.from();
    options.rangeLast = filter.to();

    QList<BoardPackSection::Kind> sections;
    const bool pack = parser.isSet(m_sectionsOption);
    if (pack) {
        QString error;
        if (!BoardPackSection::parse(parser.value(m_sectionsOption), &sections, &error)) {
            CommandIo::printError(tr("milepost: --sections: %1").arg(error));
            return CommandIo::UsageError;
        }
    }
    QList<DrilledFigure> drilled;
    if (parser.isSet(m_drillOption)) {
        QString error;
        if (!pack) {
            CommandIo::printError(tr("milepost: --drill needs --sections: the rows follow their dashboard page"));
            return CommandIo::UsageError;
        }
        if (!DrilledFigure::parse(parser.values(m_drillOption), sections, &drilled, &error)) {
            CommandIo::printError(tr("milepost: --drill: %1").arg(error));
            return CommandIo::UsageError;
        }
    }
    bool planNeeded = !pack;
    for (BoardPackSection::Kind kind : std::as_const(sections))
        planNeeded = planNeeded || !BoardPackSection::isDashboardPage(kind);

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    const auto stored = PlanRepository(*database).loadLatest(&error);
    if (!stored && (planNeeded || !error.isEmpty())) {
        CommandIo::printError(tr("milepost: %1").arg(error.isEmpty() ? tr("the database %1 holds no plan yet").arg(database->path()) : error));
        return CommandIo::Failure;
    }

    MilestoneReport::Input input;
    input.asOf = asOf;
    input.printedAt = QDateTime::currentDateTime();
    input.filters = filter.describe();
    input.options = options;
    if (stored) {
        // Recorded statuses win over the computed ones, as in `figures` and the window.
        const auto journal = ProgressRepository(*database).entries({}, &error);
        if (!journal) {
            CommandIo::printError(tr("milepost: %1").arg(error));
            return CommandIo::Failure;
        }
        // The plan as it stood on the as-of date: with the plan edits dated by then.
        const PlanEditReplay::Result shown = stored->asOf(asOf);
        const RecordedProgress progress(shown.milestoneIds, *journal);
        input.plan = filter.apply(shown.plan, asOf, &progress, &input.progress);
        input.planMilestones = shown.plan.milestoneCount();
        input.planHistory = stored->history();
        if (parser.isSet(m_baselineOption)) {
            const QString name = parser.value(m_baselineOption).simplified();
            BaselineRepository baselines(*database);
            const auto list = baselines.baselines(stored->plan.source, &error);
            std::optional<QHash<qint64, BaselineDates>> dates;
            for (const Baseline &baseline : list.value_or(QList<Baseline>())) {
                if (baseline.name == name)
                    dates = baselines.dates(baseline.id, &error);
            }
            if (!dates) {
                CommandIo::printError(error.isEmpty() ? tr("milepost: the plan has no baseline named “%1”").arg(name)
                                                      : tr("milepost: %1").arg(error));
                return CommandIo::Failure;
            }
            input.baseline = *dates;
        }
        input.importedAt = stored->importedAt;
    }
    if (pack)
        return writePack(parser, sections, drilled, input, database->path(), output);

    MilestoneReport report(input);
    if (!ReportPrinter::writePdf(report, output, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const QString done = tr("Wrote %1 pages to %2: %3 milestones as of %4")
                             .arg(report.pageCount())
                             .arg(output)
                             .arg(input.plan.milestoneCount())
                             .arg(asOf.toString(Qt::ISODate));
    if (output == QLatin1String("-"))
        CommandIo::printError(done);
    else
        CommandIo::printOut(done);
    return CommandIo::Success;
}

int ReportCommand::writePack(const QCommandLineParser &parser, const QList<BoardPackSection::Kind> &sections,
                             const QList<DrilledFigure> &drilled, const MilestoneReport::Input &plan,
                             const QString &databasePath, const QString &output) const
{
    // The dashboard's pages as the window counts them: the capital projects in the database.
    DashboardFilter filter;
    filter.asOf = plan.asOf;
    filter.localDistrict = parser.value(QStringLiteral("local-district"));
    filter.boardDistrict = parser.value(QStringLiteral("board-district"));
    filter.school = parser.value(QStringLiteral("school"));
    filter.source = parser.value(QStringLiteral("source"));
    DashboardData data = DashboardData::read(databasePath);
    data.count(filter, QString()); // every page the database counts, the enrollment page's default program
    if (const QStringList errors = data.errors + data.countErrors; !errors.isEmpty()) {
        CommandIo::printError(tr("milepost: %1").arg(errors.join(QLatin1String("; "))));
        return CommandIo::Failure;
    }
    BoardPackBuilder::Source source;
    source.plan = plan;
    OffscreenDashboard dashboard(data, filter);
    dashboard.fill(&source);
    // The rows of the figures named, and no page's rows otherwise: a page is drilled into only here.
    for (const DrilledFigure &figure : drilled) {
        QString error;
        if (!dashboard.drill(figure, &error)) {
            CommandIo::printError(tr("milepost: --drill: %1").arg(error));
            return CommandIo::Failure;
        }
    }
    const std::unique_ptr<BoardPack> pack = BoardPackBuilder::pack(sections, source);
    QString error;
    if (!ReportPrinter::writePdf(*pack, output, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    QStringList names;
    for (BoardPackSection::Kind kind : sections)
        names.append(BoardPackSection::key(kind));
    const QString done = tr("Wrote a board pack of %1 pages to %2: %3 as of %4")
                             .arg(pack->pageCount())
                             .arg(output, names.join(QLatin1String(", ")), plan.asOf.toString(Qt::ISODate));
    if (output == QLatin1String("-"))
        CommandIo::printError(done);
    else
        CommandIo::printOut(done);
    return CommandIo::Success;
}

} // namespace milepost

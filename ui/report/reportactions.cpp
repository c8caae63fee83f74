// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "common/counttext.h"
#include "language/language.h"
#include "boardpack.h"
#include "boardpackdialog.h"
#include "csvexportdialog.h"
#include "milestonereport.h"
#include "offscreendashboard.h"
#include "pageoptionsdialog.h"
#include "reportprinter.h"

#include "report/reportfilter.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QWidget>

namespace milepost {

namespace {

QString settingsKey(const char *name)
{
    return QStringLiteral("report/") + QLatin1String(name);
}

} // namespace

ReportActions::ReportActions(QWidget *window, ContextProvider context, TableProvider table)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_table(std::move(table))
    , m_windowLanguage(Language::installed())
{
    m_exportCsv = new QAction(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportCsv->setStatusTip(tr("Save the table on screen, or a whole dataset, as a CSV file that Excel opens"));
    connect(m_exportCsv, &QAction::triggered, this, &ReportActions::exportCsv);

    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreview->setStatusTip(tr("See the report of what the window shows page by page before printing"));
    connect(m_printPreview, &QAction::triggered, this, [this] { printPreview(shownDocument()); });

    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the report of what the window shows: the plan, or the dashboard page in front"));
    connect(m_print, &QAction::triggered, this, [this] { print(shownDocument()); });

    m_exportPdf = new QAction(tr("Export PD&F…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportPdf->setStatusTip(tr("Save the report of what the window shows as a PDF file"));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        const bool dashboard = m_dashboard && m_dashboard().inFront.has_value();
        exportPdf(shownDocument(), dashboard ? tr("dashboard-report") : tr("milestone-report"));
    });

    m_boardPack = new QAction(tr("Board Pac&k…"), this);
    m_boardPack->setObjectName(QStringLiteral("boardPackAction"));
    m_boardPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_boardPack->setStatusTip(tr("Bind the plan's report and the dashboard's pages into one document for the board"));
    connect(m_boardPack, &QAction::triggered, this, &ReportActions::boardPack);

    m_pageOptions = new QAction(tr("Page &Options…"), this);
    m_pageOptions->setObjectName(QStringLiteral("pageOptionsAction"));
    m_pageOptions->setStatusTip(tr("Paper, orientation, timeline scale and dates, colour or greyscale"));
    connect(m_pageOptions, &QAction::triggered, this, &ReportActions::editPageOptions);

    loadSettings();
}

ReportActions::~ReportActions() = default;

void ReportActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_exportCsv);
    menu->addSeparator();
    menu->addAction(m_pageOptions);
    menu->addAction(m_printPreview);
    menu->addAction(m_print);
    menu->addAction(m_exportPdf);
    menu->addAction(m_boardPack);
}

void ReportActions::setDashboard(DashboardProvider dashboard)
{
    m_dashboard = std::move(dashboard);
}

void ReportActions::setBoardPackSections(const QList<BoardPackSection::Kind> &sections, bool drilledTables)
{
    m_packSections = sections;
    m_packTables = drilledTables;
    saveSettings();
}

void ReportActions::setPageOptions(const ReportPageOptions &options)
{
    m_options = options;
    saveSettings();
}

void ReportActions::loadSettings()
{
    const QSettings settings;
    ReportPageOptions::PaperSize paper = m_options.paperSize;
    if (ReportPageOptions::paperSizeFromKey(settings.value(settingsKey("paper")).toString(), &paper))
        m_options.paperSize = paper;
    if (settings.contains(settingsKey("portrait")))
        m_options.orientation = settings.value(settingsKey("portrait")).toBool() ? ReportPageOptions::Orientation::Portrait
                                                                               : ReportPageOptions::Orientation::Landscape;
    if (settings.contains(settingsKey("fitToWidth")))
        m_options.timelineScale = settings.value(settingsKey("fitToWidth")).toBool()
            ? ReportPageOptions::TimelineScale::FitToPageWidth
            : ReportPageOptions::TimelineScale::Readable;
    m_options.greyscale = settings.value(settingsKey("greyscale"), false).toBool();
    m_lastFolder = settings.value(QStringLiteral("export/lastFolder")).toString();
    m_options.timelineSpan = settings.value(settingsKey("allDates"), false).toBool()
        ? ReportPageOptions::TimelineSpan::AllDates
        : ReportPageOptions::TimelineSpan::PlanQuarters;
    if (const QString language = settings.value(settingsKey("language")).toString(); Language::isKnown(language))
        m_options.language = language;
    // An exact date range belongs to one plan and one occasion: it is not remembered.
    m_packSections = BoardPackSection::all();
    QList<BoardPackSection::Kind> sections;
    if (BoardPackSection::parse(settings.value(settingsKey("boardPack")).toString(), &sections, nullptr))
        m_packSections = sections;
    m_packTables = settings.value(settingsKey("boardPackTables"), true).toBool();
    m_csvOptions.byteOrderMark = settings.value(QStringLiteral("csv/byteOrderMark"), true).toBool();
    m_csvOptions.dateFormat = settings.value(QStringLiteral("csv/localeDates"), false).toBool()
        ? CsvOptions::DateFormat::Locale
        : CsvOptions::DateFormat::Iso;
}

void ReportActions::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("paper"), ReportPageOptions::paperSizeKey(m_options.paperSize));
    settings.setValue(settingsKey("portrait"), m_options.orientation == ReportPageOptions::Orientation::Portrait);
    settings.setValue(settingsKey("fitToWidth"), m_options.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth);
    settings.setValue(settingsKey("greyscale"), m_options.greyscale);
    settings.setValue(settingsKey("allDates"), m_options.timelineSpan == ReportPageOptions::TimelineSpan::AllDates);
    settings.setValue(settingsKey("language"), m_options.language);
    QStringList sections;
    for (BoardPackSection::Kind kind : m_packSections)
        sections.append(BoardPackSection::key(kind));
    settings.setValue(settingsKey("boardPack"), sections.join(QLatin1Char(',')));
    settings.setValue(settingsKey("boardPackTables"), m_packTables);
    settings.setValue(QStringLiteral("csv/byteOrderMark"), m_csvOptions.byteOrderMark);
    settings.setValue(QStringLiteral("csv/localeDates"), m_csvOptions.dateFormat == CsvOptions::DateFormat::Locale);
    if (!m_lastFolder.isEmpty())
        settings.setValue(QStringLiteral("export/lastFolder"), m_lastFolder);
}

std::unique_ptr<MilestoneReport> ReportActions::makeReport() const
{
    return makeReport(m_options);
}

std::unique_ptr<MilestoneReport> ReportActions::makeReport(const ReportPageOptions &options) const
{
    return std::make_unique<MilestoneReport>(planInput(options));
}

ReportActions::Dashboard ReportActions::dashboardFor(const ReportPageOptions &options,
                                                    std::unique_ptr<OffscreenDashboard> *translated) const
{
    Dashboard dashboard = m_dashboard ? m_dashboard() : Dashboard{};
    if (dashboard.data && !options.language.isEmpty() && options.language != m_windowLanguage) {
        // Called in the report's language (Language::Scope): the pages counted now speak it.
        *translated = std::make_unique<OffscreenDashboard>(*dashboard.data, dashboard.pages.filter);
        (*translated)->fill(&dashboard.pages);
    }
    return dashboard;
}

std::unique_ptr<PagedReport> ReportActions::makeDocument(const ReportPageOptions &options) const
{
    if (m_dashboard) {
        std::unique_ptr<OffscreenDashboard> translated;
        Dashboard dashboard = dashboardFor(options, &translated);
        if (dashboard.inFront) {
            dashboard.pages.plan = planInput(options);
            if (auto report = BoardPackBuilder::pageReport(*dashboard.inFront, dashboard.pages))
                return report;
        }
    }
    return makeReport(options);
}

std::unique_ptr<PagedReport> ReportActions::makeBoardPack(const QList<BoardPackSection::Kind> &sections,
                                                          const ReportPageOptions &options) const
{
    std::unique_ptr<OffscreenDashboard> translated;
    BoardPackBuilder::Source source = dashboardFor(options, &translated).pages;
    source.plan = planInput(options);
    source.drilledTables = m_packTables;
    return BoardPackBuilder::pack(sections, source);
}

ReportActions::Factory ReportActions::shownDocument() const
{
    return [this](const ReportPageOptions &options) { return makeDocument(options); };
}

MilestoneReport::Input ReportActions::planInput(const ReportPageOptions &options) const
{
    const Context context = m_context ? m_context() : Context{};
    ReportFilter filter;
    filter.setSearch(context.search);
    MilestoneReport::Input input;
    input.asOf = context.asOf.isValid() ? context.asOf : QDate::currentDate();
    input.plan = filter.apply(context.plan, input.asOf, &context.progress, &input.progress);
    input.baseline = context.baseline;
    input.planHistory = context.planHistory;
    input.planMilestones = context.plan.milestoneCount();
    input.importedAt = context.importedAt;
    input.printedAt = QDateTime::currentDateTime();
    input.filters = filter.describe();
    input.options = options;
    return input;
}

QString ReportActions::suggestedPath(const QString &name, const QString &suffix) const
{
    // The folder of the last export, else the documents folder: never the last import's.
    QString directory = !m_lastFolder.isEmpty() && QDir(m_lastFolder).exists()
        ? m_lastFolder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    return QDir(directory).filePath(name + QLatin1Char('.') + suffix);
}

void ReportActions::setDatasetExport(QStringList datasets, DatasetExport write)
{
    m_datasets = std::move(datasets);
    m_datasetExport = std::move(write);
}

bool ReportActions::exportTable(const QString &path, QString *error, const CsvOptions &options) const
{
    const Table table = m_table ? m_table() : Table{};
    if (!table.model) {
        if (error)
            *error = tr("There is no table on screen to export.");
        return false;
    }
    return TableCsvExporter::exportToFile(table.model, table.header, path, options, error);
}

void ReportActions::exportCsv()
{
    const Table table = m_table ? m_table() : Table{};
    const QString tableName = table.name.isEmpty() ? tr("table") : table.name;
    CsvExportDialog choice(tableName, m_datasetExport ? m_datasets : QStringList(), m_csvOptions, m_window);
    if (choice.exec() != QDialog::Accepted)
        return;
    m_csvOptions = choice.options();
    saveSettings();
    const QString dataset = choice.dataset();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export CSV"),
                                                      suggestedPath(dataset.isEmpty() ? tableName : dataset,
                                                                    QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    qint64 rows = 0;
    const bool written = dataset.isEmpty() ? exportTable(path, &error, m_csvOptions)
                                           : m_datasetExport(dataset, path, m_csvOptions, &rows, &error);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export CSV"), error);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    saveSettings();
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window.data()); mainWindow && !dataset.isEmpty())
        mainWindow->statusBar()->showMessage(tr("Exported %1 to %2: %3")
                                                 .arg(CsvExportDialog::datasetTitle(dataset), QDir::toNativeSeparators(path),
                                                      CountText::rows(rows)),
                                             8000);
}

void ReportActions::paint(QPrinter *printer, const Factory &document)
{
    // Greyscale chosen in the print dialog is honoured like the page options' greyscale.
    ReportPageOptions options = m_options;
    options.greyscale = options.greyscale || printer->colorMode() == QPrinter::GrayScale;
    // The report's language while it is laid out and painted; the window's again afterwards.
    const Language::Scope language(options.language);
    const auto report = document(options);
    QString error;
    if (!ReportPrinter::render(*report, printer, &error))
        QMessageBox::warning(m_window, tr("Print"), tr("The report could not be printed: %1").arg(error));
}

void ReportActions::printPreview(const Factory &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrinter::pageLayout(m_options));
    printer.setColorMode(m_options.greyscale ? QPrinter::GrayScale : QPrinter::Color);
    printer.setDocName(documentTitle(document));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &document](QPrinter *p) { paint(p, document); });
    dialog.exec();
}

void ReportActions::print(const Factory &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrinter::pageLayout(m_options));
    printer.setColorMode(m_options.greyscale ? QPrinter::GrayScale : QPrinter::Color);
    printer.setDocName(documentTitle(document));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, document);
}

void ReportActions::exportPdf(const Factory &document, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF"), suggestedPath(name, QStringLiteral("pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    int pages = 0;
    bool written = false;
    {
        const Language::Scope language(m_options.language);
        const auto report = document(m_options);
        written = ReportPrinter::writePdf(*report, path, &error);
        pages = report->pageCount();
    }
    if (!written) {
        QMessageBox::warning(m_window, tr("Export PDF"), error);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    saveSettings();
    // Say where it went, and offer to open it or its folder: the person's next step.
    QMessageBox done(QMessageBox::Information, tr("Export PDF"),
                     tr("Saved the report (%n page(s)) as %1.", nullptr, pages)
                         .arg(QDir::toNativeSeparators(path)),
                     QMessageBox::Close, m_window);
    done.setObjectName(QStringLiteral("pdfExportedMessage"));
    QPushButton *open = done.addButton(tr("&Open PDF"), QMessageBox::AcceptRole);
    QPushButton *folder = done.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    done.setDefaultButton(open);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (done.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

QString ReportActions::documentTitle(const Factory &document) const
{
    const Language::Scope language(m_options.language);
    return document(m_options)->title();
}

bool ReportActions::writePdf(const QString &path, QString *error, int *pages) const
{
    const Language::Scope language(m_options.language);
    const auto report = makeDocument(m_options);
    const bool written = ReportPrinter::writePdf(*report, path, error);
    if (pages)
        *pages = report->pageCount();
    return written;
}

bool ReportActions::writeBoardPack(const QString &path, const QList<BoardPackSection::Kind> &sections, QString *error,
                                   int *pages) const
{
    const Language::Scope language(m_options.language);
    const auto pack = makeBoardPack(sections, m_options);
    const bool written = ReportPrinter::writePdf(*pack, path, error);
    if (pages)
        *pages = pack->pageCount();
    return written;
}

void ReportActions::boardPack()
{
    BoardPackDialog dialog(m_packSections, m_packTables, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.sections().isEmpty())
        return;
    setBoardPackSections(dialog.sections(), dialog.drilledTables());
    const QList<BoardPackSection::Kind> sections = dialog.sections();
    const Factory pack = [this, sections](const ReportPageOptions &options) { return makeBoardPack(sections, options); };
    switch (dialog.output()) {
    case BoardPackDialog::Output::Preview:
        printPreview(pack);
        break;
    case BoardPackDialog::Output::Print:
        print(pack);
        break;
    case BoardPackDialog::Output::Pdf:
        exportPdf(pack, tr("board-pack"));
        break;
    }
}

void ReportActions::editPageOptions()
{
    const auto report = makeReport();
    const auto figures = report->keyFigures();
    PageOptionsDialog dialog(m_options, figures, m_window);
    if (dialog.exec() == QDialog::Accepted)
        setPageOptions(dialog.options());
}

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardpackbuilder.h"
#include "export/csvoptions.h"
#include "report/boardpacksection.h"
#include "report/reportpageoptions.h"
#include "tablecsvexporter.h"

#include "plan/plan.h"
#include "changes/planhistory.h"
#include "planedit/baseline.h"
#include "progress/recordedprogress.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QAction;
class QHeaderView;
class QMenu;
class QPrinter;
class QWidget;

namespace milepost {

struct DashboardData;
class MilestoneReport;
class OffscreenDashboard;
class PagedReport;

// The window's printing and export commands: Export CSV…, Print Preview…, Print…, Export PDF…,
// Board Pack… and Page Options…. The window tells it what it shows through callbacks, so the
// window needs only to create it and put its actions in a menu. Printing shows what is in
// front: the plan's report, or the report of the dashboard page in front.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        Plan plan;          // the whole plan
        QDateTime importedAt;
        QDate asOf;         // invalid: today
        QString search;     // the window's search text: the report shows what the window shows
        RecordedProgress progress; // of the whole plan
        PlanHistory planHistory; // the plan as imported with its edits, for "Changes since"
        QHash<qint64, BaselineDates> baseline; // the baseline shown; empty for none
    };
    struct Table
    {
        const QAbstractItemModel *model = nullptr; // the view's model: its filter and sort apply
        const QHeaderView *header = nullptr;       // visible columns, in their order
        QString name; // for the suggested file name: "plan", "findings"
    };
    struct Dashboard
    {
        BoardPackBuilder::Source pages; // the dashboard's pages and filters (its plan input unused)
        std::optional<BoardPackSection::Kind> inFront; // the page in front, when the dashboard is
        // What the pages show: a report in another language than the window's counts its pages
        // again from it, in that language (without the figure drilled into).
        const DashboardData *data = nullptr;
    };
    using ContextProvider = std::function<Context()>;
    using DashboardProvider = std::function<Dashboard()>;
    using TableProvider = std::function<Table()>;
    // Writes a whole dataset of the store (DatasetExporter's names) to path; false with error
    // set when it fails. Returns the data rows written through rows.
    using DatasetExport = std::function<bool(const QString &dataset, const QString &path, const CsvOptions &options,
                                             qint64 *rows, QString *error)>;

    ReportActions(QWidget *window, ContextProvider context, TableProvider table);
    ~ReportActions() override;

    void addToMenu(QMenu *menu) const;
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *pageOptionsAction() const { return m_pageOptions; }
    QAction *boardPackAction() const { return m_boardPack; }

    // Printing from the dashboard prints its page in front; a board pack binds its pages.
    void setDashboard(DashboardProvider dashboard);

    // Export CSV… offers the store's datasets too once it has a way to write them.
    void setDatasetExport(QStringList datasets, DatasetExport write);

    ReportPageOptions pageOptions() const { return m_options; }
    void setPageOptions(const ReportPageOptions &options);

    // The plan's report of what the window shows now, with the current page options.
    std::unique_ptr<MilestoneReport> makeReport() const;
    std::unique_ptr<MilestoneReport> makeReport(const ReportPageOptions &options) const;
    // What Print… prints: the report of the dashboard page in front, else the plan's.
    std::unique_ptr<PagedReport> makeDocument(const ReportPageOptions &options) const;
    std::unique_ptr<PagedReport> makeBoardPack(const QList<BoardPackSection::Kind> &sections,
                                               const ReportPageOptions &options) const;
    // Export PDF… without its file dialog, in the page options' language.
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;
    // Board Pack… › Export PDF… without its dialogs.
    bool writeBoardPack(const QString &path, const QList<BoardPackSection::Kind> &sections, QString *error,
                        int *pages = nullptr) const;
    // The sections Board Pack… offers checked: the last ones chosen, else every one.
    QList<BoardPackSection::Kind> boardPackSections() const { return m_packSections; }
    void setBoardPackSections(const QList<BoardPackSection::Kind> &sections, bool drilledTables);
    // Writes the CSV of the current table; false with error set when it fails.
    bool exportTable(const QString &path, QString *error, const CsvOptions &options = {}) const;

private:
    using Factory = std::function<std::unique_ptr<PagedReport>(const ReportPageOptions &)>;

    void exportCsv();
    void printPreview(const Factory &document);
    void print(const Factory &document);
    void exportPdf(const Factory &document, const QString &name);
    void editPageOptions();
    void boardPack();
    void paint(QPrinter *printer, const Factory &document);
    void loadSettings();
    MilestoneReport::Input planInput(const ReportPageOptions &options) const;
    Factory shownDocument() const;
    // The dashboard's pages for a report with options, counted again into *translated when the
    // report's language is not the window's.
    Dashboard dashboardFor(const ReportPageOptions &options, std::unique_ptr<OffscreenDashboard> *translated) const;
    QString documentTitle(const Factory &document) const; // in the report's language
    void saveSettings() const;
    QString suggestedPath(const QString &name, const QString &suffix) const;

    QPointer<QWidget> m_window;
    ContextProvider m_context;
    TableProvider m_table;
    DashboardProvider m_dashboard;
    QString m_windowLanguage; // what the window's pages speak
    QList<BoardPackSection::Kind> m_packSections;
    bool m_packTables = true;
    ReportPageOptions m_options;
    CsvOptions m_csvOptions;
    QString m_lastFolder; // where the last export went
    QStringList m_datasets;
    DatasetExport m_datasetExport;
    QAction *m_exportCsv = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_pageOptions = nullptr;
    QAction *m_boardPack = nullptr;
};

} // namespace milepost

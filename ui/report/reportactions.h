// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"
#include "report/reportpageoptions.h"
#include "tablecsvexporter.h"

#include "plan/plan.h"
#include "planedit/baseline.h"
#include "progress/recordedprogress.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QHeaderView;
class QMenu;
class QPrinter;
class QWidget;

namespace milepost {

class MilestoneReport;

// The window's printing and export commands: Export CSV…, Print Preview…, Print…, Export PDF…
// and Page Options…. The window tells it what it shows through two callbacks, so the window
// needs only to create it and put its actions in a menu.
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
        QHash<qint64, BaselineDates> baseline; // the baseline shown; empty for none
    };
    struct Table
    {
        const QAbstractItemModel *model = nullptr; // the view's model: its filter and sort apply
        const QHeaderView *header = nullptr;       // visible columns, in their order
        QString name; // for the suggested file name: "plan", "findings"
    };
    using ContextProvider = std::function<Context()>;
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

    // Export CSV… offers the store's datasets too once it has a way to write them.
    void setDatasetExport(QStringList datasets, DatasetExport write);

    ReportPageOptions pageOptions() const { return m_options; }
    void setPageOptions(const ReportPageOptions &options);

    // The report of what the window shows now, with the current page options.
    std::unique_ptr<MilestoneReport> makeReport() const;
    std::unique_ptr<MilestoneReport> makeReport(const ReportPageOptions &options) const;
    // Export PDF… without its file dialog, in the page options' language.
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;
    // Writes the CSV of the current table; false with error set when it fails.
    bool exportTable(const QString &path, QString *error, const CsvOptions &options = {}) const;

private:
    void exportCsv();
    void printPreview();
    void print();
    void exportPdf();
    void editPageOptions();
    void paint(QPrinter *printer);
    void loadSettings();
    QString reportTitle() const; // in the report's language
    void saveSettings() const;
    QString suggestedPath(const QString &name, const QString &suffix) const;

    QPointer<QWidget> m_window;
    ContextProvider m_context;
    TableProvider m_table;
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
};

} // namespace milepost

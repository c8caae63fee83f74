// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"
#include "ui/englishplurals.h"
#include "sampleplan.h"

#include "report/milestonereport.h"
#include "report/reportactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <functional>

using namespace milepost;
using namespace milepost::test;

namespace {

struct Window
{
    Window()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Start")});
        model.appendRow({new QStandardItem(QStringLiteral("Hire counselors")), new QStandardItem(QStringLiteral("2022-06-01"))});
        view.setModel(&model);
        actions = new ReportActions(
            &widget,
            [this] {
                ReportActions::Context context;
                context.plan = samplePlan();
                context.asOf = QDate(2022, 10, 1);
                context.search = search;
                return context;
            },
            [this] {
                ReportActions::Table table;
                table.model = &model;
                table.header = view.horizontalHeader();
                table.name = QStringLiteral("table");
                return table;
            });
    }

    QWidget widget;
    QStandardItemModel model;
    QTableView view;
    QString search;
    ReportActions *actions = nullptr;
};

} // namespace

TEST_CASE("the report shows what the window shows: its search becomes the report's filter", "[report][actions]")
{
    Window window;
    auto whole = window.actions->makeReport();
    CHECK(whole->input().plan.milestoneCount() == samplePlan().milestoneCount());
    CHECK(whole->input().filters.isEmpty());
    CHECK(whole->input().asOf == QDate(2022, 10, 1));

    window.search = QStringLiteral("principal");
    auto filtered = window.actions->makeReport();
    CHECK(filtered->input().plan.milestoneCount() == 2);
    CHECK(filtered->input().planMilestones == samplePlan().milestoneCount());
    REQUIRE(filtered->input().filters.size() == 1);
    CHECK(filtered->input().filters.first().contains(QStringLiteral("principal")));
}

TEST_CASE("the report commands are in the menu with shortcuts and names", "[report][actions]")
{
    Window window;
    QMenu menu;
    window.actions->addToMenu(&menu);
    for (QAction *action : {window.actions->exportCsvAction(), window.actions->printPreviewAction(),
                            window.actions->printAction(), window.actions->exportPdfAction(),
                            window.actions->pageOptionsAction()}) {
        INFO(action->text().toStdString());
        CHECK(menu.actions().contains(action));
        CHECK(action->text().contains(QLatin1Char('&')));
        CHECK(action->text().endsWith(QStringLiteral("…")));
        CHECK_FALSE(action->objectName().isEmpty());
    }
    CHECK(window.actions->printAction()->shortcut() == QKeySequence(QKeySequence::Print));
}

TEST_CASE("page options are remembered, the date range is not", "[report][actions]")
{
    ReportPageOptions options;
    options.paperSize = ReportPageOptions::PaperSize::A3;
    options.greyscale = true;
    options.rangeFirst = QDate(2022, 1, 1);
    {
        Window window;
        window.actions->setPageOptions(options);
    }
    Window again;
    CHECK(again.actions->pageOptions().paperSize == ReportPageOptions::PaperSize::A3);
    CHECK(again.actions->pageOptions().greyscale);
    CHECK_FALSE(again.actions->pageOptions().rangeFirst.isValid());
    again.actions->setPageOptions(ReportPageOptions{});
}

TEST_CASE("Export PDF writes the report in the page options' language, the window keeps its own", "[report][actions][language]")
{
    const QLocale locale;
    const QString legend = QCoreApplication::translate("MilestoneReport", "Legend");
    {
        Window window;
        ReportPageOptions options;
        options.language = QStringLiteral("es");
        window.actions->setPageOptions(options);
        const QString path = testOutputPath(QStringLiteral("report-language-es.pdf"));
        QString error;
        REQUIRE(window.actions->writePdf(path, &error));
        const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
        for (const char *spanish : {"Informe de hitos", "Página 1 de", "Leyenda", "Hitos por objetivo", "Cifras clave"}) {
            INFO(spanish);
            CHECK(text.contains(QString::fromUtf8(spanish)));
        }
        CHECK_FALSE(text.contains(QStringLiteral("Milestone report")));
    }
    // Back as it was: the window's strings and its dates.
    CHECK(QCoreApplication::translate("MilestoneReport", "Legend") == legend);
    CHECK(QLocale() == locale);
    // Remembered with the other page options.
    Window again;
    CHECK(again.actions->pageOptions().language == QStringLiteral("es"));
    again.actions->setPageOptions(ReportPageOptions{});
}

TEST_CASE("Export CSV writes the table on screen", "[report][actions]")
{
    Window window;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    QString error;
    REQUIRE(window.actions->exportTable(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBFTitle,Start\r\nHire counselors,2022-06-01\r\n"));
}

TEST_CASE("Export CSV writes the dataset chosen in its dialog, with the options chosen there", "[report][actions][csv]")
{
    Window window;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("phases.csv"));
    QString exported;
    CsvOptions used;
    window.actions->setDatasetExport(
        {QStringLiteral("milestones"), QStringLiteral("phases")},
        [&](const QString &dataset, const QString &file, const CsvOptions &options, qint64 *rows, QString *) {
            exported = dataset + QLatin1Char('>') + file;
            used = options;
            *rows = 3;
            return true;
        });
    // The two dialogs answered as a user would: choose "phases" without a byte order mark, then
    // type the file name.
    bool sawChoice = false;
    bool sawFile = false;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *choice = qobject_cast<QDialog *>(modal); choice && choice->objectName() == QLatin1String("csvExportDialog")) {
            sawChoice = true;
            auto *what = choice->findChild<QListWidget *>(QStringLiteral("exportWhat"));
            what->setCurrentRow(2);
            choice->findChild<QCheckBox *>(QStringLiteral("byteOrderMark"))->setChecked(false);
            choice->accept();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            sawFile = true;
            files->selectFile(path);
            QMetaObject::invokeMethod(files, "accept");
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(20, answer);
    window.actions->exportCsvAction()->trigger();
    CHECK(sawChoice);
    CHECK(sawFile);
    CHECK(exported == QStringLiteral("phases>") + path);
    CHECK_FALSE(used.byteOrderMark);
    CHECK(used.guardFormulas);
}

TEST_CASE("the table on screen is written with the CSV options", "[report][actions][csv]")
{
    Window window;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    QString error;
    CsvOptions options;
    options.byteOrderMark = false;
    REQUIRE(window.actions->exportTable(path, &error, options));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("Title,Start\r\nHire counselors,2022-06-01"));
    REQUIRE(window.actions->exportTable(path, &error));
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBFTitle,Start\r\n"));
}

TEST_CASE("Export PDF says where it wrote the report, offers to open it, and suggests that folder next time",
          "[report][actions][pdf]")
{
    // English as the program speaks it, with its plural forms.
    const test::EnglishPlurals english;
    Window window;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("board.pdf"));
    bool sawFile = false;
    QString suggested;
    QString message;
    QStringList buttons;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && !sawFile) {
            sawFile = true;
            // As a person would: type the whole path into the name field and accept.
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(path);
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == QLatin1String("pdfExportedMessage")) {
            message = box->text();
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
            box->button(QMessageBox::Close)->click();
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(20, answer);
    window.actions->exportPdfAction()->trigger();
    REQUIRE(sawFile);
    INFO("message: " << message.toStdString());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    // The page count said is the file's: one "/Type /Page" object per page.
    const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/");
    CHECK(pages > 1);
    CHECK(message == QStringLiteral("Saved the report (%1 pages) as %2.").arg(pages).arg(QDir::toNativeSeparators(path)));
    CHECK(buttons.contains(QStringLiteral("&Open PDF")));
    CHECK(buttons.contains(QStringLiteral("Show in &Folder")));

    // The next export starts in that folder, also after a restart (a new window's actions).
    Window again;
    std::function<void()> look = [&] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            suggested = files->directory().absolutePath();
            files->reject();
            return;
        }
        QTimer::singleShot(20, look);
    };
    QTimer::singleShot(20, look);
    again.actions->exportPdfAction()->trigger();
    CHECK(suggested == QFileInfo(path).absolutePath());
}

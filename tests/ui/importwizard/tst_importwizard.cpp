// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven as a user would, page by page, on the real NYC export and on a
// messy hand-made file; each page is saved as a screenshot in the test output folder.
#include "catchcompat.h"
#include "ui/englishplurals.h"

#include "datasets/builtinprofiles.h"
#include "datasets/profilefile.h"
#include "importwizard/fieldrulesdialog.h"
#include "importwizard/importeventmodel.h"
#include "importwizard/importwizard.h"
#include "importwizard/mappingpage.h"
#include "importwizard/previewmodel.h"
#include "importwizard/profilefilebuttons.h"
#include "importwizard/reportpage.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/profilerepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <tuple>

#include <memory>

using namespace milepost;

namespace {

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("wizard.milepost"));
        QString error;
        m_database = Database::open(m_path, &error);
        REQUIRE(m_database);
        m_profiles = std::make_unique<ProfileRepository>(*m_database);
        m_datasets = std::make_unique<DatasetRepository>(*m_database);
        m_wizard = std::make_unique<ImportWizard>(*m_profiles, *m_datasets, m_path);
        m_wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    ImportWizard &wizard() { return *m_wizard; }
    DatasetRepository &datasets() { return *m_datasets; }
    ProfileRepository &profiles() { return *m_profiles; }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }
    QString outputPath(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const { return m_path; }

    template<typename Widget>
    Widget *find(const QString &accessibleName)
    {
        for (Widget *widget : m_wizard->currentPage()->findChildren<Widget *>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        FAIL("no widget named " << accessibleName.toStdString());
        return nullptr;
    }

    void screenshot(const char *name)
    {
        QCoreApplication::processEvents();
        const QString directory = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/importwizard");
        QDir().mkpath(directory);
        CHECK(m_wizard->grab().save(directory + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    }

    void chooseFile(Dataset::Id dataset, const QString &path)
    {
        REQUIRE(m_wizard->currentId() == ImportWizard::FilePageId);
        auto *datasetBox = find<QComboBox>(QStringLiteral("Dataset"));
        datasetBox->setCurrentIndex(datasetBox->findData(int(dataset)));
        find<QLineEdit>(QStringLiteral("File to import"))->setText(path);
        CHECK(m_wizard->currentPage()->isComplete());
    }

    // On the confirmation page: waits for the count, checks it can go ahead and presses Import;
    // returns the question the page asked.
    QString confirm()
    {
        REQUIRE(m_wizard->currentId() == ImportWizard::ConfirmPageId);
        QSignalSpy counted(&m_wizard->countJob(), &ImportJob::finished);
        if (m_wizard->countJob().isRunning())
            REQUIRE(counted.wait(120000));
        QCoreApplication::processEvents();
        INFO(find<QLabel>(QStringLiteral("What the import will do"))->text().toStdString());
        REQUIRE(m_wizard->currentPage()->isComplete());
        const QString question = find<QLabel>(QStringLiteral("Import question"))->text();
        m_wizard->next();
        return question;
    }

    void waitForImport()
    {
        REQUIRE(m_wizard->currentId() == ImportWizard::RunPageId);
        QSignalSpy finished(&m_wizard->job(), &ImportJob::finished);
        if (m_wizard->job().isRunning())
            REQUIRE(finished.wait(120000));
        QCoreApplication::processEvents();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<DatasetRepository> m_datasets;
    std::unique_ptr<ImportWizard> m_wizard;
};

QString nycPath()
{
    return QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
}

} // namespace

TEST_CASE("the wizard imports the NYC export with its built-in profile and reports every row", "[importwizard]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    fixture.chooseFile(Dataset::CapitalProjects, nycPath());
    fixture.screenshot("1-file");
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    auto *table = fixture.find<QTableView>(QStringLiteral("First rows of the file"));
    CHECK(table->model()->rowCount() == 50);
    CHECK(table->model()->columnCount() == 14);
    CHECK(table->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("1: Project Geographic District"));
    CHECK(table->model()->headerData(0, Qt::Vertical).toString() == QStringLiteral("2"));
    CHECK(fixture.find<QLabel>(QStringLiteral("What was detected"))->text().contains(QStringLiteral("UTF-8")));
    fixture.screenshot("2-preview");
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *profile = fixture.find<QComboBox>(QStringLiteral("Profile"));
    CHECK(profile->currentText().startsWith(BuiltInProfiles::nycScaName));
    CHECK(fixture.find<QComboBox>(QStringLiteral("Column for Planned End"))->currentText()
          == QStringLiteral("9: Project Phase Planned End Date"));
    CHECK(fixture.find<QLineEdit>(QStringLiteral("Source"))->text() == BuiltInProfiles::nycScaName);
    CHECK(wizard.currentPage()->isComplete());
    fixture.screenshot("3-mapping");
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPageId);
    fixture.screenshot("3b-confirm-counting");
    // The dry run predicts what the import then does (the report below).
    CHECK(fixture.confirm() == QStringLiteral("Import 13,152 rows into capital projects?"));
    fixture.waitForImport();
    CHECK(wizard.currentPage()->isComplete());
    CHECK(fixture.find<QLabel>(QStringLiteral("Import status"))->text().contains(QStringLiteral("Done")));
    fixture.screenshot("4-run");
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::ReportPageId);
    const QString counts = fixture.find<QLabel>(QStringLiteral("Import counts"))->text();
    INFO(counts.toStdString());
    CHECK(counts.contains(QStringLiteral("= 13,152 stored + 1 rejected + 0 blank")));
    auto *events = fixture.find<QTableView>(QStringLiteral("Rejected, blank, changed and gone rows"));
    REQUIRE(events->model()->rowCount() == 1);
    CHECK(events->model()->index(0, ImportEventModel::LineColumn).data().toInt() == 8574);
    fixture.screenshot("5-report");

    auto *reportPage = qobject_cast<ReportPage *>(wizard.currentPage());
    REQUIRE(reportPage);
    const QString reportPath = fixture.outputPath(QStringLiteral("report.csv"));
    QString error;
    REQUIRE(reportPage->saveReport(reportPath, &error));
    QFile report(reportPath);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QByteArray csv = report.readAll();
    CHECK(csv.contains("summary,,,,rows read,13153,"));
    CHECK(csv.contains("rejected,8574,6,Project Phase Name,,NULL,"));
    CHECK(fixture.datasets().recordCount(Dataset::CapitalProjects) == 13152);
}

TEST_CASE("the wizard shows unreadable rows, suggests a mapping and asks for the date format it cannot tell",
          "[importwizard]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    // A semicolon file from a European Excel, day-first dates that all fit month-first too, a
    // row cut short and a NUL byte.
    const QByteArray bytes = QByteArray("Key;School;Site Code;Description;Phase;Actual Start;Budget\n"
                                        "P1;Elm ES;S1;Roof;Design;03/04/2021;1.234,50\n"
                                        "P1;Elm ES;S1;Roof;Construction;05/06/2021;20.000,00\n"
                                        "P2;Oak HS;S2;Paving\n"
                                        "P3;Pine MS;S3;HVAC;Design;07/08/2021;9,99\n")
        + QByteArray("P4;Cedar\0 ES;S4;Fence;Design;09/10/2021;5\n", 42);
    fixture.chooseFile(Dataset::CapitalProjects, fixture.file(QStringLiteral("europe.csv"), bytes));
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    auto *table = fixture.find<QTableView>(QStringLiteral("First rows of the file"));
    CHECK(table->model()->columnCount() == 7);
    CHECK(table->model()->headerData(2, Qt::Vertical).toString() == QStringLiteral("⚠ 4"));
    CHECK(table->model()->headerData(4, Qt::Vertical).toString() == QStringLiteral("⚠ 6"));
    CHECK(fixture.find<QLabel>(QStringLiteral("Preview summary"))->text().contains(QStringLiteral("2 of them")));
    fixture.screenshot("6-preview-problems");
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(fixture.find<QComboBox>(QStringLiteral("Profile"))->currentIndex() == 0); // no profile fits: suggested
    CHECK(fixture.find<QComboBox>(QStringLiteral("Column for Site Code"))->currentText() == QStringLiteral("3: Site Code"));
    CHECK(fixture.find<QComboBox>(QStringLiteral("Column for Actual Start"))->currentText()
          == QStringLiteral("6: Actual Start"));
    // 03/04/2021 and the others fit month-first and day-first alike: the user must choose.
    auto *format = fixture.find<QComboBox>(QStringLiteral("Date format of Actual Start"));
    CHECK(format->currentText().isEmpty());
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK(fixture.find<QLabel>(QStringLiteral("Whether the mapping can be used"))->text().contains(QStringLiteral("date format")));
    fixture.screenshot("7-mapping-needs-date-format");

    format->setCurrentText(QStringLiteral("D/M/YYYY"));
    auto *numbers = fixture.find<QComboBox>(QStringLiteral("Number format"));
    numbers->setCurrentIndex(1);
    CHECK(wizard.currentPage()->isComplete());

    // Saved as a profile, it is offered for the next file.
    auto *mapping = qobject_cast<MappingPage *>(wizard.currentPage());
    REQUIRE(mapping);
    ImportProfile profile = mapping->currentProfile();
    profile.name = QStringLiteral("Europe");
    QString error;
    REQUIRE(fixture.profiles().save(profile, &error));
    wizard.next();

    fixture.confirm();
    fixture.waitForImport();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ReportPageId);
    const QString counts = fixture.find<QLabel>(QStringLiteral("Import counts"))->text();
    INFO(counts.toStdString());
    CHECK(counts.contains(QStringLiteral("5 rows read = 3 stored + 2 rejected + 0 blank")));
    fixture.screenshot("8-report-rejections");

    const QList<CapitalProject> projects = fixture.datasets().capitalProjects();
    REQUIRE(projects.size() == 2);
    CHECK(projects.first().phases.first().actualStart == Applicable<QDate>::known(QDate(2021, 4, 3)));
    CHECK(projects.first().phases.at(1).budget == Applicable<Money>::known(Money::fromCents(2000000)));
    CHECK(fixture.profiles().profile(QStringLiteral("Europe")));
}

TEST_CASE("closing the wizard during an import cancels it and changes nothing", "[importwizard]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    // The NYC export ten times over, each copy with its own site codes: long enough to close on.
    QFile nyc(nycPath());
    REQUIRE(nyc.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = nyc.readAll().split('\n');
    lines.removeAll(QByteArray());
    QByteArray big = lines.first() + '\n';
    for (int copy = 0; copy < 10; ++copy) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            line.insert(line.indexOf(',', line.indexOf(',') + 1), "-" + QByteArray::number(copy));
            big += line + '\n';
        }
    }
    fixture.chooseFile(Dataset::CapitalProjects, fixture.file(QStringLiteral("big.csv"), big));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    wizard.next();
    fixture.confirm();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    QSignalSpy finished(&wizard.job(), &ImportJob::finished);
    wizard.reject();
    if (wizard.job().isRunning() || finished.isEmpty())
        REQUIRE(finished.wait(120000));
    CHECK(wizard.job().report().cancelled);
    CHECK(fixture.datasets().recordCount(Dataset::CapitalProjects) == 0);
}

TEST_CASE("the wizard tells a date column's order from the whole file, shows it and refuses the other order",
          "[importwizard][dateorder]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    // 60 rows whose dates read both ways, more than the preview shows; then 28/06/2024 on line 62.
    QByteArray bytes = "Key,School,Site Code,Description,Phase,Actual Start,Budget\n";
    for (int i = 0; i < 60; ++i)
        bytes += "P" + QByteArray::number(i) + ",Elm ES,S1,Roof,Design,0" + QByteArray::number(1 + i % 9) + "/1"
            + QByteArray::number(i % 3) + "/2024,5\n";
    bytes += "P60,Elm ES,S1,Roof,Design,28/06/2024,5\n";
    fixture.chooseFile(Dataset::CapitalProjects, fixture.file(QStringLiteral("dayfirst.csv"), bytes));
    wizard.next();
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *format = fixture.find<QComboBox>(QStringLiteral("Date format of Actual Start"));
    CHECK(format->currentText() == QStringLiteral("D/M/YYYY"));
    auto *sample = fixture.find<QLabel>(QStringLiteral("First value of Actual Start"));
    CHECK(sample->toolTip() == QStringLiteral("Actual Start: day first (D/M/YYYY), from line 62: 28/06/2024"));
    CHECK(wizard.currentPage()->isComplete());

    // The choice stays the person's, but the other order cannot go ahead.
    format->setCurrentText(QStringLiteral("M/D/YYYY"));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    const QString status = fixture.find<QLabel>(QStringLiteral("Whether the mapping can be used"))->text();
    INFO(status.toStdString());
    CHECK(status.contains(QStringLiteral("from line 62: 28/06/2024, but M/D/YYYY reads it month first: choose D/M/YYYY")));
    fixture.screenshot("9-mapping-date-order");
    format->setCurrentText(QStringLiteral("D/M/YYYY"));
    CHECK(wizard.currentPage()->isComplete());
}

TEST_CASE("the wizard asks before importing, with the counts the import then has", "[importwizard][confirm]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    const QByteArray bytes = "School Year,Local District,Program,Count\n"
                             "2023-24,Central,All,1200\n"
                             "2023-24,East,All,980\n"
                             "\n"
                             "2023-24,West,Magnet,lots\n"
                             "2024-25,Central,All,1250\n"
                             "TOTAL,,,3430\n";
    fixture.chooseFile(Dataset::Enrollment, fixture.file(QStringLiteral("enrollment.csv"), bytes));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    REQUIRE(wizard.currentPage()->isComplete());
    wizard.next();

    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPageId);
    QSignalSpy counted(&wizard.countJob(), &ImportJob::finished);
    if (wizard.countJob().isRunning())
        REQUIRE(counted.wait(120000));
    QCoreApplication::processEvents();
    const QString question = fixture.find<QLabel>(QStringLiteral("Import question"))->text();
    const QString details = fixture.find<QLabel>(QStringLiteral("What the import will do"))->text();
    INFO(question.toStdString() << "\n" << details.toStdString());
    CHECK(question == QStringLiteral("Import 3 rows into enrollment?"));
    CHECK(details.contains(QStringLiteral("The file has 6 rows: 3 will be stored, 1 rejected, 1 blank and 1 totals.")));
    CHECK(details.contains(QStringLiteral("is new to enrollment")));
    CHECK(wizard.button(QWizard::CommitButton)->text() == QStringLiteral("&Import"));
    CHECK(wizard.button(QWizard::CommitButton)->isVisible());
    // Counting stored nothing.
    CHECK(fixture.datasets().recordCount(Dataset::Enrollment) == 0);
    CHECK(wizard.currentPage()->isComplete());
    fixture.screenshot("10-confirm");
    wizard.next();

    fixture.waitForImport();
    const ImportReport &report = wizard.job().report();
    REQUIRE(report.ok);
    CHECK(report.stored == 3);
    CHECK(report.rejected == 1);
    CHECK(report.blank == 1);
    CHECK(report.totals == 1);
    CHECK(fixture.datasets().recordCount(Dataset::Enrollment) == 3);
    // The import is done: the closing button says Close, not Cancel, and closing keeps it.
    CHECK(wizard.button(QWizard::CancelButton)->text() == QStringLiteral("&Close"));
    CHECK(wizard.currentPage()->subTitle().contains(QStringLiteral("Close keeps it")));
    CHECK_FALSE(fixture.find<QAbstractButton>(QStringLiteral("Cancel the import"))->isVisible());
    // No way back to import the same file twice.
    const QAbstractButton *back = wizard.button(QWizard::BackButton);
    CHECK_FALSE((back->isEnabled() && back->isVisible()));
    fixture.screenshot("11-run-done");
    wizard.reject();
    CHECK(fixture.datasets().recordCount(Dataset::Enrollment) == 3);
}

TEST_CASE("the confirmation says what a re-import changes, and closing the wizard while it counts changes nothing",
          "[importwizard][confirm]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    const QString first = fixture.file(QStringLiteral("v1.csv"), "School Year,Local District,Program,Count\n"
                                                                  "2023-24,Central,All,1200\n"
                                                                  "2023-24,East,All,980\n");
    fixture.chooseFile(Dataset::Enrollment, first);
    wizard.next();
    wizard.next();
    // The source names what a later file refreshes.
    fixture.find<QLineEdit>(QStringLiteral("Source"))->setText(QStringLiteral("snapshot"));
    wizard.next();
    fixture.confirm();
    fixture.waitForImport();
    REQUIRE(fixture.datasets().recordCount(Dataset::Enrollment) == 2);

    ImportWizard again(fixture.profiles(), fixture.datasets(), fixture.databasePath());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    for (QComboBox *box : again.currentPage()->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Dataset"))
            box->setCurrentIndex(box->findData(int(Dataset::Enrollment)));
    }
    for (QLineEdit *edit : again.currentPage()->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("File to import"))
            edit->setText(fixture.file(QStringLiteral("v2.csv"), "School Year,Local District,Program,Count\n"
                                                                 "2023-24,Central,All,1210\n"
                                                                 "2024-25,South,All,700\n"));
    }
    again.next();
    again.next();
    for (QLineEdit *edit : again.currentPage()->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Source"))
            edit->setText(QStringLiteral("snapshot"));
    }
    again.next();
    REQUIRE(again.currentId() == ImportWizard::ConfirmPageId);
    QSignalSpy counted(&again.countJob(), &ImportJob::finished);
    if (again.countJob().isRunning())
        REQUIRE(counted.wait(120000));
    QCoreApplication::processEvents();
    QString details;
    for (QLabel *label : again.currentPage()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("What the import will do"))
            details = label->text();
    }
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("Rows against the last import of “snapshot”: 1 new, 1 changed, "
                                          "0 unchanged, 1 no longer in the file and removed.")));
    // Back and forward again counts again; closing while it counts stops it.
    again.back();
    again.next();
    again.reject();
    if (again.countJob().isRunning())
        REQUIRE(counted.wait(120000));
    CHECK(fixture.datasets().recordCount(Dataset::Enrollment) == 2);
    const QList<EnrollmentRecord> records = fixture.datasets().enrollment();
    REQUIRE(records.size() == 2);
    CHECK(records.first().count == 1200);
}

TEST_CASE("the mapping page exports the mapping as a profile file and imports a colleague's", "[importwizard][profilefile]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    const QString path = fixture.file(QStringLiteral("enrollment.csv"), "School Year,Local District,Program,Count\n"
                                                                         "2023-24,Central,All,1200\n");
    fixture.chooseFile(Dataset::Enrollment, path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *buttons = wizard.currentPage()->findChild<ProfileFileButtons *>();
    REQUIRE(buttons);
    auto *mapping = qobject_cast<MappingPage *>(wizard.currentPage());
    REQUIRE(mapping);
    fixture.find<QAbstractButton>(QStringLiteral("Export this mapping as a profile file"));
    fixture.find<QAbstractButton>(QStringLiteral("Import a profile file"));
    fixture.screenshot("12-mapping-profile-files");

    // The suggestion has no name of its own: the file gives it one.
    const QString shared = fixture.outputPath(QStringLiteral("enrollment-four.json"));
    QString error;
    REQUIRE(buttons->exportTo(shared, &error));
    const std::optional<ImportProfile> written = ProfileFile::read(shared, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    CHECK(written->name == QStringLiteral("enrollment-four"));
    CHECK(written->columns == mapping->currentProfile().columns);

    // A colleague's file is saved, listed and shown.
    QSignalSpy imported(buttons, &ProfileFileButtons::imported);
    const std::optional<ImportProfile> saved = buttons->importFrom(shared, ProfileFileButtons::Replace::No, &error);
    REQUIRE(saved);
    CHECK(imported.count() == 1);
    CHECK(fixture.find<QComboBox>(QStringLiteral("Profile"))->currentText().startsWith(QStringLiteral("enrollment-four (")));
    REQUIRE(fixture.profiles().profile(QStringLiteral("enrollment-four")));
    CHECK(*fixture.profiles().profile(QStringLiteral("enrollment-four")) == *written);
    // The same file again is no change; another profile of that name is only replaced when asked.
    CHECK(buttons->importFrom(shared, ProfileFileButtons::Replace::No, &error));
    ImportProfile other = *written;
    other.twoDigitYearPivot = 50;
    REQUIRE(ProfileFile::write(other, shared, &error));
    bool differs = false;
    CHECK_FALSE(buttons->importFrom(shared, ProfileFileButtons::Replace::No, &error, &differs));
    CHECK(differs);
    CHECK(error.contains(QStringLiteral("A different profile “enrollment-four” is already saved")));
    CHECK(fixture.profiles().profile(QStringLiteral("enrollment-four"))->twoDigitYearPivot == written->twoDigitYearPivot);
    REQUIRE(buttons->importFrom(shared, ProfileFileButtons::Replace::Yes, &error));
    CHECK(fixture.profiles().profile(QStringLiteral("enrollment-four"))->twoDigitYearPivot == 50);
    CHECK_FALSE(buttons->importFrom(path, ProfileFileButtons::Replace::No, &error));
    CHECK(error.contains(QStringLiteral("cannot be read as an import profile")));
}

TEST_CASE("a profile's fixed values, patterns, word maps and wide columns survive the mapping page and are imported",
          "[importwizard][rules]")
{
    const test::EnglishPlurals english;
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    // One school year, one column per grade, the Local District inside the school code and the
    // file's own word for a program.
    const QString path = fixture.file(QStringLiteral("grades.csv"), "School Code,School,Program,Grade K,Grade 1,Grade 2\n"
                                                                    "01M015,P.S. 15,Gen Ed,20,22,\n"
                                                                    "02M020,P.S. 20,Dual,5,6,7\n");
    ImportProfile profile;
    profile.name = QStringLiteral("grades by school");
    profile.dataset = Dataset::Enrollment;
    ColumnMapping year;
    year.field = QStringLiteral("school_year");
    year.value = QStringLiteral("2019-20");
    ColumnMapping district;
    district.field = QStringLiteral("local_district");
    district.column = QStringLiteral("School Code");
    district.extract = QStringLiteral("^(\\d\\d)");
    ColumnMapping school;
    school.field = QStringLiteral("school");
    school.column = QStringLiteral("School");
    ColumnMapping program;
    program.field = QStringLiteral("program");
    program.column = QStringLiteral("Program");
    program.valueMap = {{QStringLiteral("Gen Ed"), QStringLiteral("All")},
                        {QStringLiteral("Dual"), QStringLiteral("Dual language")}};
    profile.columns = {year, district, school, program};
    profile.wide = {QStringLiteral("grade"), QStringLiteral("count"), QStringLiteral("Grade (.+)")};
    QString error;
    INFO(error.toStdString());
    REQUIRE(profile.validate(&error));
    REQUIRE(fixture.profiles().save(profile, &error));

    fixture.chooseFile(Dataset::Enrollment, path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *page = qobject_cast<MappingPage *>(wizard.currentPage());
    REQUIRE(page);
    auto *profiles = fixture.find<QComboBox>(QStringLiteral("Profile"));
    const int index = profiles->findText(QStringLiteral("grades by school ("), Qt::MatchStartsWith);
    REQUIRE(index > 0);
    profiles->setCurrentIndex(index);

    // What the page does not show as a column is kept, and said on the row's button.
    const ImportProfile shown = page->currentProfile();
    CHECK(shown.columns == profile.columns);
    CHECK(shown.wide == profile.wide);
    CHECK(shown.name == profile.name);
    CHECK(fixture.find<QAbstractButton>(QStringLiteral("How to read Local District"))->text()
          == QStringLiteral("part: ^(\\d\\d)"));
    CHECK(fixture.find<QAbstractButton>(QStringLiteral("How to read School Year"))->text()
          == QStringLiteral("every row: 2019-20"));
    CHECK(fixture.find<QAbstractButton>(QStringLiteral("How to read Program"))->text()
          == QStringLiteral("2 words read as others"));
    CHECK(fixture.find<QLabel>(QStringLiteral("Which columns are rows of their own"))->text()
          == QStringLiteral("Wide file: each column whose name matches “Grade (.+)” is a row of its own, its name giving "
                            "Grade and its cells Count."));
    REQUIRE(page->isComplete());
    fixture.screenshot("13-mapping-rules");
    wizard.next();
    CHECK(fixture.confirm() == QStringLiteral("Import 5 rows into enrollment?"));
    fixture.waitForImport();
    REQUIRE(wizard.job().report().ok);
    CHECK(wizard.job().report().stored == 5);
    CHECK(wizard.job().report().blank == 1);

    QList<EnrollmentRecord> records = fixture.datasets().enrollment();
    REQUIRE(records.size() == 5);
    std::sort(records.begin(), records.end(), [](const EnrollmentRecord &a, const EnrollmentRecord &b) {
        return std::tie(a.school, a.grade) < std::tie(b.school, b.grade);
    });
    CHECK(records.at(0).school == QStringLiteral("P.S. 15"));
    CHECK(records.at(0).grade == QStringLiteral("1"));
    CHECK(records.at(0).count == 22);
    CHECK(records.at(1).grade == QStringLiteral("K"));
    CHECK(records.at(1).count == 20);
    CHECK(records.at(1).localDistrict == QStringLiteral("01"));
    CHECK(records.at(1).program == QStringLiteral("All"));
    CHECK(records.at(1).schoolYear == Period::schoolYear(2019));
    CHECK(records.at(4).school == QStringLiteral("P.S. 20"));
    CHECK(records.at(4).grade == QStringLiteral("K"));
    CHECK(records.at(4).localDistrict == QStringLiteral("02"));
    CHECK(records.at(4).program == QStringLiteral("Dual language"));
}

TEST_CASE("a value for every row is typed on the mapping page", "[importwizard][rules]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    const QString path = fixture.file(QStringLiteral("one-year.csv"), "Local District,Program,Count\n"
                                                                      "Central,All,1200\n");
    fixture.chooseFile(Dataset::Enrollment, path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *page = qobject_cast<MappingPage *>(wizard.currentPage());
    REQUIRE(page);
    // No column for the school year: the page cannot go on until it has a value.
    CHECK_FALSE(page->isComplete());
    auto *button = fixture.find<QAbstractButton>(QStringLiteral("How to read School Year"));
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<FieldRulesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QStringLiteral("The same value for every row"))
                QTest::keyClicks(edit, QStringLiteral("2019-20"));
        }
        dialog->accept();
    });
    button->click();
    CHECK(seen);
    CHECK(button->text() == QStringLiteral("every row: 2019-20"));
    REQUIRE(page->isComplete());
    const ColumnMapping *year = page->currentProfile().mappingFor(QStringLiteral("school_year"));
    REQUIRE(year);
    CHECK(year->value == QStringLiteral("2019-20"));
    CHECK(year->column.isEmpty());
    wizard.next();
    CHECK(fixture.confirm() == QStringLiteral("Import 1 row into enrollment?"));
    fixture.waitForImport();
    REQUIRE(fixture.datasets().enrollment().size() == 1);
    CHECK(fixture.datasets().enrollment().first().schoolYear == Period::schoolYear(2019));
}

TEST_CASE("the mapping page tries the mapping on the first rows: a column that fits none is refused, a few bad values are "
          "said",
          "[importwizard][samplecheck]")
{
    Fixture fixture;
    ImportWizard &wizard = fixture.wizard();
    const QString path = fixture.file(QStringLiteral("staffing.csv"), "Code,School Year,LD,Group,Job,Vacancies\n"
                                                                      "K001,2023-24,Central,certificated,Teacher,12\n"
                                                                      "K002,2023-24,East,classified,Custodian,three\n"
                                                                      "K003,2023-24,East,classified,Clerk,1\n"
                                                                      "K004,2023-24,West,classified,Clerk,2\n");
    fixture.chooseFile(Dataset::Staffing, path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *page = wizard.currentPage();
    auto *period = fixture.find<QComboBox>(QStringLiteral("Column for Period"));
    auto *status = fixture.find<QLabel>(QStringLiteral("Whether the mapping can be used"));
    for (const auto &[label, column] : {std::pair("Local District", "3: LD"), std::pair("Employee Group", "4: Group"),
                                        std::pair("Job Category", "5: Job"), std::pair("Vacancies", "6: Vacancies")}) {
        auto *box = fixture.find<QComboBox>(QStringLiteral("Column for %1").arg(QLatin1String(label)));
        box->setCurrentIndex(box->findText(QLatin1String(column)));
        REQUIRE(box->currentIndex() > 0);
    }

    // The school code as the period: no row fits, and the page says which value and why.
    period->setCurrentIndex(period->findText(QStringLiteral("1: Code")));
    INFO(status->text().toStdString());
    CHECK(status->text().startsWith(QStringLiteral("⚠ Period fits none of the first 4 rows (line 2, “K001”: ")));
    CHECK_FALSE(page->isComplete());
    CHECK(fixture.find<QLabel>(QStringLiteral("First value of Period"))->text().startsWith(QStringLiteral("⚠ 4 of 4 rows rejected")));
    fixture.screenshot("14-mapping-sample-refused");

    // The right column: one count that is not a number is said, and the import may go on.
    period->setCurrentIndex(period->findText(QStringLiteral("2: School Year")));
    INFO(status->text().toStdString());
    CHECK(status->text().startsWith(QStringLiteral("⚠ 1 of the first 4 rows would be rejected (Vacancies: line 3, “three”: ")));
    CHECK(page->isComplete());
    CHECK(fixture.find<QLabel>(QStringLiteral("First value of Vacancies"))->text()
          == QStringLiteral("⚠ 1 of 4 rows rejected: “three”"));

    // One column for two fields is questioned.
    auto *site = fixture.find<QComboBox>(QStringLiteral("Column for Site"));
    site->setCurrentIndex(site->findText(QStringLiteral("5: Job")));
    CHECK(status->text().startsWith(QStringLiteral("⚠ The column “Job” feeds both Site and Job Category; check that one "
                                                   "column is meant for both. 1 of the first 4 rows would be rejected")));
    CHECK(page->isComplete());
    site->setCurrentIndex(0);
    CHECK_FALSE(status->text().contains(QStringLiteral("feeds both")));

    // Without a count, no row can be stored.
    auto *vacancies = fixture.find<QComboBox>(QStringLiteral("Column for Vacancies"));
    vacancies->setCurrentIndex(0);
    CHECK(status->text().startsWith(QStringLiteral("⚠ None of the first 4 rows can be stored (line 2: ")));
    CHECK_FALSE(page->isComplete());
}

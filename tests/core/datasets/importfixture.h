// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A database in a temporary folder, files written next to it and imported as the app imports
// them, for the tests of the importer and of the store's import classes.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetschema.h"
#include "datasets/datasetimporter.h"
#include "datasets/profileedits.h"
#include "store/database.h"
#include "store/statement.h"
#include "core/store/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace milepost::test {

inline const QByteArray staffingHeader =
    "Period,Local District,Site,Employee Group,Job Category,Positions,Vacancies,Hires,Illustrative,Note\n";
inline const QByteArray enrollmentHeader = "School Year,Local District,School,Program,Grade,Unit,Count,Illustrative,Note\n";
inline const QByteArray capitalHeader =
    "Project Key,Site Code,School Name,Region,Board District,Project Type,Description,Funding,Phase,Status,"
    "Planned Start,Planned End,Actual Start,Actual End,Budget,Estimate at Completion,Spent,Percent Complete,"
    "Illustrative,Note\n";

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        QString error;
        m_database = openTestDatabase(m_dir, QStringLiteral("test.milepost"), &error);
        REQUIRE(m_database);
    }

    Database &database() { return *m_database; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("test.milepost")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }

    ImportReport import(const QString &path, const ImportProfile &profile, const DatasetImporter::Cancelled &cancelled = {})
    {
        DatasetImporter importer(*m_database);
        DatasetImporter::Request request;
        request.path = path;
        request.profile = profile;
        ImportReport report = importer.run(request, {}, cancelled);
        if (report.ok)
            CHECK(report.countsAddUp());
        return report;
    }

    qint64 count(const QString &sql)
    {
        Statement statement(m_database->handle(), sql);
        REQUIRE(statement.step() == Statement::Result::Row);
        return statement.columnInt64(0);
    }

    // Every row of every table, so that "unchanged" can be checked exactly.
    QString dump()
    {
        QString text;
        for (const char *table : {"dataset_sources", "import_runs", "import_events", "import_profiles", "staffing",
                                  "enrollment", "capital_projects", "capital_phases"}) {
            Statement statement(m_database->handle(), QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
            text += QLatin1String(table) + QLatin1Char('\n');
            while (statement.step() == Statement::Result::Row) {
                for (int column = 0; column < 40 && !(column > 0 && statement.columnText(column).isNull()
                                                      && statement.columnIsNull(column)); ++column)
                    text += statement.columnText(column) + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

// A profile made of edits alone, as the command line makes one when no profile fits the file;
// its date columns, which edits give no format, are read as YYYY-MM-DD.
inline ImportProfile profileFromEdits(const ProfileEdits &edits, Dataset::Id dataset)
{
    ImportProfile profile;
    profile.name = QStringLiteral("edited");
    profile.dataset = dataset;
    edits.apply(&profile);
    for (ColumnMapping &mapping : profile.columns) {
        const DatasetField *field = DatasetSchema::field(dataset, mapping.field);
        if (field && field->kind == DatasetField::Kind::Date && mapping.dateFormat.isEmpty())
            mapping.dateFormat = QStringLiteral("YYYY-MM-DD");
    }
    QString error;
    const bool applied = edits.checkApplied(profile, &error) && profile.validate(&error);
    INFO(error.toStdString());
    REQUIRE(applied);
    return profile;
}

inline QList<ImportEvent> eventsOf(const ImportReport &report, ImportEvent::Outcome outcome)
{
    QList<ImportEvent> result;
    for (const ImportEvent &event : report.events) {
        if (event.outcome == outcome)
            result.append(event);
    }
    return result;
}

inline const ImportEvent *eventAt(const ImportReport &report, qint64 line)
{
    for (const ImportEvent &event : report.events) {
        if (event.line == line)
            return &event;
    }
    return nullptr;
}

// Capital rows of projects whose phases are not together (every third row goes back to an
// earlier project), with dates, amounts, codes and a rejected row, so that a first import
// stores its phases several to a statement and must count occurrences across them.
inline QByteArray interleavedCapital(int rows)
{
    QByteArray bytes = capitalHeader;
    for (int i = 0; i < rows; ++i) {
        const int project = i % 3 == 2 ? i / 6 : i / 3;
        const QByteArray key = "P" + QByteArray::number(project);
        const QByteArray phase = i % 4 == 0 ? "Design" : "Construction";
        if (i == 25) {
            bytes += key + ",S,School " + key + ",C,2,Roof,Roof " + key + ",,Design,Complete,2021-13-01,,,,,,,,no,\n";
            continue;
        }
        bytes += key + ",S,School " + key + ",C,2,Roof,Roof " + key + ",\"DSF" + QByteArray::number(project) + "\"," + phase
            + ",In progress,2021-01-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",N/A,,,"
            + QByteArray::number(i * 100) + ".50,,,,no,line " + QByteArray::number(i + 2) + "\n";
    }
    return bytes;
}

} // namespace milepost::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/profilefile.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;

namespace {

// A profile that uses every part of the format: description, encoding, delimiter, decimal comma,
// a two-digit-year pivot, a fixed value, not-applicable codes, a date format and a second column
// of the same name.
ImportProfile sharedProfile()
{
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    profile.name = QStringLiteral("District capital, Excel Europe");
    profile.description = QStringLiteral("The district's quarterly capital export, saved from Excel in Europe");
    profile.builtIn = false;
    profile.encoding = TextEncoding::Windows1252;
    profile.delimiter = ';';
    profile.decimalSeparator = ',';
    profile.twoDigitYearPivot = 50;
    ColumnMapping start = *profile.mappingFor(QStringLiteral("planned_start"));
    start.dateFormat = QStringLiteral("D/M/YYYY");
    start.notApplicableCodes = {QStringLiteral("PNS"), QStringLiteral("DOES")};
    profile.setMapping(start);
    ColumnMapping end = *profile.mappingFor(QStringLiteral("planned_end"));
    end.column = QStringLiteral("Date");
    end.occurrence = 2;
    end.dateFormat = QStringLiteral("D/M/YYYY");
    profile.setMapping(end);
    ColumnMapping funding = *profile.mappingFor(QStringLiteral("funding"));
    funding.column.clear();
    funding.value = QStringLiteral("Bond");
    profile.setMapping(funding);
    return profile;
}

QString written(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("a profile written to a file reads back equal, and writes the same bytes again", "[datasets][profilefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ImportProfile profile = sharedProfile();
    QString error;
    REQUIRE(profile.validate(&error));
    const QString path = dir.filePath(QStringLiteral("capital.milepost-profile.json"));
    REQUIRE(ProfileFile::write(profile, path, &error));
    const std::optional<ImportProfile> back = ProfileFile::read(path, &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(*back == profile);
    CHECK(ProfileFile::toBytes(*back) == ProfileFile::toBytes(profile));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("\"milepostImportProfile\": 1"));
    CHECK(bytes.contains("\"value\": \"Bond\""));
    CHECK(bytes.contains("\"PNS\""));
}

TEST_CASE("a built-in profile's file reads back as a profile of its own with the same mapping",
          "[datasets][profilefile]")
{
    const ImportProfile builtIn = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    REQUIRE(builtIn.builtIn);
    QString error;
    const std::optional<ImportProfile> back = ProfileFile::fromBytes(ProfileFile::toBytes(builtIn), &error);
    REQUIRE(back);
    CHECK_FALSE(back->builtIn);
    CHECK(back->name == builtIn.name);
    CHECK(back->columns == builtIn.columns);
    CHECK(back->formulaGuarded == builtIn.formulaGuarded);
}

TEST_CASE("files that are not a usable profile are refused with the reason", "[datasets][profilefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto refused = [&dir](const QByteArray &bytes, const char *reason) {
        QString error;
        CHECK_FALSE(ProfileFile::read(written(dir, QStringLiteral("p.json"), bytes), &error));
        INFO(error.toStdString());
        CHECK(error.contains(QString::fromUtf8(reason)));
    };
    refused("name,dataset\n", "it is not JSON: ");
    refused("{\"name\": \"x\"}", "it is not a Milepost import profile");
    refused("{\"milepostImportProfile\": 2, \"profile\": {}}", "another version of Milepost (format 2; this one reads 1)");
    QByteArray unknownField = ProfileFile::toBytes(sharedProfile());
    unknownField.replace("\"field\": \"funding\"", "\"field\": \"colour\"");
    refused(unknownField, "colour");
    QByteArray noName = ProfileFile::toBytes(sharedProfile());
    noName.replace("\"name\": \"District capital, Excel Europe\"", "\"name\": \" \"");
    refused(noName, "the profile has no name");
    refused(QByteArray(ProfileFile::maxBytes + 1, ' '), "too large to be an import profile");

    QString error;
    CHECK_FALSE(ProfileFile::read(dir.filePath(QStringLiteral("missing.json")), &error));
    CHECK(error.contains(QStringLiteral("cannot open")));
    CHECK_FALSE(ProfileFile::write(sharedProfile(), dir.filePath(QStringLiteral("no-such-folder/p.json")), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a profile saved in one database and shared as a file is the same profile in another",
          "[datasets][profilefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto mine = Database::open(dir.filePath(QStringLiteral("mine.milepost")), &error);
    auto theirs = Database::open(dir.filePath(QStringLiteral("theirs.milepost")), &error);
    REQUIRE(mine);
    REQUIRE(theirs);
    REQUIRE(ProfileRepository(*mine).save(sharedProfile(), &error));
    const std::optional<ImportProfile> saved = ProfileRepository(*mine).profile(sharedProfile().name);
    REQUIRE(saved);
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    REQUIRE(ProfileFile::write(*saved, path, &error));
    const std::optional<ImportProfile> read = ProfileFile::read(path, &error);
    REQUIRE(read);
    REQUIRE(ProfileRepository(*theirs).save(*read, &error));
    const std::optional<ImportProfile> copy = ProfileRepository(*theirs).profile(sharedProfile().name);
    REQUIRE(copy);
    CHECK(*copy == *saved);
}

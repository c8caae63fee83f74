// SPDX-License-Identifier: GPL-3.0-or-later
// Rejections grouped by value, so that a code written on many rows is reported once.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "datasets/rejectionsummary.h"

using namespace milepost;
using namespace milepost::test;

namespace {

ImportEvent rejected(qint64 line, int column, const QString &value, const QString &reason)
{
    return {ImportEvent::Outcome::Rejected, line, column, QStringLiteral("Budget"), {}, value, reason};
}

} // namespace

TEST_CASE("rejections of one value in one column are one group, largest first", "[datasets][rejections]")
{
    RejectionSummary summary;
    const QString diix = QStringLiteral("“DIIX” is not an amount");
    summary.add(rejected(3, 3, QStringLiteral("PNB"), QStringLiteral("“PNB” is not an amount")));
    for (qint64 line = 4; line < 30; ++line)
        summary.add(rejected(line, 3, QStringLiteral("DIIX"), diix));
    summary.add(rejected(40, 4, QStringLiteral("DIIX"), diix)); // another column: another group
    summary.add({ImportEvent::Outcome::Blank, 41, 0, {}, {}, {}, QStringLiteral("blank row")});

    const QList<RejectionSummary::Group> groups = summary.groups();
    REQUIRE(groups.size() == 3);
    CHECK(groups.at(0).value == QStringLiteral("DIIX"));
    CHECK(groups.at(0).column == 3);
    CHECK(groups.at(0).rows == 26);
    CHECK(groups.at(0).lines.size() == RejectionSummary::maxLines);
    CHECK(groups.at(0).lines.first() == 4);
    CHECK(groups.at(0).lines.last() == 13);
    // Groups of one row keep the order of their first line.
    CHECK(groups.at(1).value == QStringLiteral("PNB"));
    CHECK(groups.at(2).column == 4);
    CHECK(summary.rowsLike(rejected(99, 3, QStringLiteral("DIIX"), diix)) == 26);
    CHECK(summary.rowsLike({ImportEvent::Outcome::Blank, 41, 0, {}, {}, {}, QStringLiteral("blank row")}) == 0);
}

TEST_CASE("values that differ only in case are one group, other reasons and columns stay apart", "[datasets][rejections]")
{
    RejectionSummary summary;
    summary.add(rejected(2, 3, QStringLiteral("Pnb"), QStringLiteral("“Pnb” is not an amount")));
    summary.add(rejected(3, 3, QStringLiteral("PNB"), QStringLiteral("“PNB” is not an amount")));
    summary.add(rejected(4, 3, QStringLiteral("pnb"), QStringLiteral("“pnb” is not an amount")));
    summary.add(rejected(5, 3, QStringLiteral("pnb"), QStringLiteral("“pnb” is not an amount")));
    // The same value with another reason, and in another column, are other groups.
    summary.add(rejected(6, 3, QStringLiteral("PNB"), QStringLiteral("“PNB” is not a date")));
    summary.add(rejected(7, 5, QStringLiteral("PNB"), QStringLiteral("“PNB” is not an amount")));
    // A reason that does not name its value groups by the reason alone, as before.
    summary.add(rejected(8, 3, QStringLiteral("x"), QStringLiteral("Budget is too large")));
    summary.add(rejected(9, 3, QStringLiteral("y"), QStringLiteral("Budget is too large")));

    const QList<RejectionSummary::Group> groups = summary.groups();
    REQUIRE(groups.size() == 4);
    CHECK(groups.at(0).value == QStringLiteral("Pnb"));
    CHECK(groups.at(0).reason == QStringLiteral("“Pnb” is not an amount"));
    CHECK(groups.at(0).rows == 4);
    CHECK(groups.at(0).lines == QList<qint64>{2, 3, 4, 5});
    CHECK(groups.at(0).otherSpellings == QStringList{QStringLiteral("PNB"), QStringLiteral("pnb")});
    CHECK(groups.at(1).reason == QStringLiteral("Budget is too large"));
    CHECK(groups.at(1).rows == 2);
    CHECK(groups.at(2).reason == QStringLiteral("“PNB” is not a date"));
    CHECK(groups.at(2).rows == 1);
    CHECK(groups.at(3).column == 5);
    CHECK(summary.rowsLike(rejected(99, 3, QStringLiteral("pNB"), QStringLiteral("“pNB” is not an amount"))) == 4);
}

TEST_CASE("a short value without digits looks like a not-applicable code", "[datasets][rejections]")
{
    RejectionSummary::Group group;
    for (const char *code : {"DIIX", "PNB", "N/A", "TBD", " - "}) {
        group.value = QString::fromLatin1(code);
        CHECK(group.looksLikeCode());
    }
    for (const char *value : {"12.345", "", "2021-13-01", "not available at this time", "$1,000.0.0"}) {
        group.value = QString::fromLatin1(value);
        CHECK_FALSE(group.looksLikeCode());
    }
}

TEST_CASE("an import's rejections group by value and a code given afterwards is stored", "[datasets][rejections]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("codes.csv"), "Project Key,Phase,Budget\n"
                                                                     "P1,Design,100\n"
                                                                     "P2,Design,DIIX\n"
                                                                     "P3,Design,diix\n"
                                                                     "P4,Design,PNB\n");
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    profile.columns.removeIf([](const ColumnMapping &mapping) {
        return mapping.field != QLatin1String("project_key") && mapping.field != QLatin1String("phase")
            && mapping.field != QLatin1String("budget");
    });
    const ImportReport first = fixture.import(path, profile);
    REQUIRE(first.ok);
    CHECK(first.rejected == 3);
    RejectionSummary summary;
    for (const ImportEvent &event : first.events)
        summary.add(event);
    // DIIX and diix are one group, as one not-applicable code matches both; the group says both.
    const QList<RejectionSummary::Group> groups = summary.groups();
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).value == QStringLiteral("DIIX"));
    CHECK(groups.at(0).rows == 2);
    CHECK(groups.at(0).lines == QList<qint64>{3, 4});
    CHECK(groups.at(0).otherSpellings == QStringList{QStringLiteral("diix")});
    CHECK(groups.at(1).value == QStringLiteral("PNB"));
    CHECK(groups.at(1).otherSpellings.isEmpty());

    for (ColumnMapping &mapping : profile.columns) {
        if (mapping.field == QLatin1String("budget"))
            mapping.notApplicableCodes = {QStringLiteral("DIIX"), QStringLiteral("PNB")};
    }
    const ImportReport second = fixture.import(path, profile);
    REQUIRE(second.ok);
    CHECK(second.rejected == 0);
    CHECK(second.stored == 4);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM capital_phases WHERE budget_code IS NOT NULL")) == 3);
}

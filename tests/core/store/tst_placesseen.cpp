// SPDX-License-Identifier: GPL-3.0-or-later
// The (Local District, school) pairs a pass over a dataset meets, each once, in the order first met.
#include "catchcompat.h"

#include "store/placesseen.h"

using namespace milepost;

namespace {

using Places = QList<std::pair<QString, QString>>;

} // namespace

TEST_CASE("places are each given once, in the order first met", "[store][placesseen]")
{
    RepeatedTexts districts;
    RepeatedTexts schools;
    PlacesSeen places;
    const auto meet = [&](const char *district, const char *school) {
        places.add(districts.number(district), schools.number(school));
    };
    CHECK(places.texts(districts, schools).isEmpty());
    meet("NE", "Garfield HS");
    meet("NE", "Garfield HS"); // the next row of the same place
    meet("NE", ""); // the Local District's own row
    meet("SOUTH", "Garfield HS"); // a school of that name in another Local District
    meet("NE", "Garfield HS"); // met before, not after the last
    meet("NE", "Roosevelt HS");
    meet("SOUTH", "Garfield HS");
    meet("ne", "Garfield HS"); // spelled otherwise: another place, as the filters' lists fold it
    CHECK(places.texts(districts, schools)
          == Places{{QStringLiteral("NE"), QStringLiteral("Garfield HS")},
                    {QStringLiteral("NE"), QString()},
                    {QStringLiteral("SOUTH"), QStringLiteral("Garfield HS")},
                    {QStringLiteral("NE"), QStringLiteral("Roosevelt HS")},
                    {QStringLiteral("ne"), QStringLiteral("Garfield HS")}});
}

TEST_CASE("many places met in any order are each given once", "[store][placesseen]")
{
    RepeatedTexts districts;
    RepeatedTexts schools;
    PlacesSeen places;
    // 7 Local Districts by 300 schools, met three times over in an order that jumps about.
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 2100; ++i) {
            const int n = (i * 1009 + round * 17) % 2100;
            places.add(districts.number("LD " + std::to_string(n % 7)), schools.number("School " + std::to_string(n / 7)));
        }
    }
    const Places texts = places.texts(districts, schools);
    CHECK(texts.size() == 2100);
    CHECK(QSet<std::pair<QString, QString>>(texts.cbegin(), texts.cend()).size() == 2100);
}

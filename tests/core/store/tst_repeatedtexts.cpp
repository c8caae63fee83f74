// SPDX-License-Identifier: GPL-3.0-or-later
// The texts a column repeats, numbered in the order first read and converted once.
#include "catchcompat.h"

#include "store/repeatedtexts.h"

#include <string>

using namespace milepost;

TEST_CASE("repeated texts are numbered in the order first read", "[store][repeatedtexts]")
{
    RepeatedTexts texts;
    bool added = false;
    CHECK(texts.number("Teacher", &added) == 0);
    CHECK(added);
    CHECK(texts.number("Teacher", &added) == 0); // the last one read
    CHECK_FALSE(added);
    CHECK(texts.number("Bus driver", &added) == 1);
    CHECK(added);
    CHECK(texts.number("Teacher", &added) == 0); // found again after another
    CHECK_FALSE(added);
    CHECK(texts.number("teacher", &added) == 2); // spelled otherwise: another text
    CHECK(added);
    CHECK(texts.number("", &added) == 3);
    CHECK(texts.count() == 4);
    CHECK(texts.text(1) == QStringLiteral("Bus driver"));
    CHECK(texts.of("Escuela Núñez") == QStringLiteral("Escuela Núñez")); // read as UTF-8
    CHECK(texts.text(3).isEmpty());
}

TEST_CASE("a repeated text stays where it is while more are read", "[store][repeatedtexts]")
{
    RepeatedTexts texts;
    const QString &first = texts.of("School 1");
    for (int i = 2; i <= 5000; ++i)
        texts.number("School " + std::to_string(i));
    CHECK(texts.count() == 5000);
    CHECK(first == QStringLiteral("School 1"));
    CHECK(&first == &texts.text(0));
    CHECK(texts.text(4999) == QStringLiteral("School 5000"));
}

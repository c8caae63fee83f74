// SPDX-License-Identifier: GPL-3.0-or-later
// Texts numbered as the figures compare them: ignoring case and surrounding spaces.
#include "catchcompat.h"

#include "dashboard/foldedtexts.h"

using namespace milepost;

TEST_CASE("texts equal but for case and surrounding spaces share a number", "[dashboard][foldedtexts]")
{
    FoldedTexts texts;
    const int ne = texts.number(QStringLiteral("NE"));
    CHECK(ne == 0);
    CHECK(texts.number(QStringLiteral(" ne ")) == ne);
    CHECK(texts.number(QStringLiteral("Ne")) == ne);
    const int sud = texts.number(QStringLiteral("Süd"));
    CHECK(sud == 1);
    CHECK(texts.number(QStringLiteral("SÜD")) == sud);
    CHECK(texts.number(QStringLiteral("NE")) == ne); // after another text: found again
    CHECK(texts.number(QStringLiteral("N E")) == 2); // an inner space is part of the text
    CHECK(texts.key(ne) == QStringLiteral("ne"));
    CHECK(texts.key(sud) == QStringLiteral("süd"));
    CHECK(texts.count() == 3);
}

TEST_CASE("an empty, a blank and a null text are one text with an empty key", "[dashboard][foldedtexts]")
{
    FoldedTexts texts;
    const int blank = texts.number(QStringLiteral("   "));
    CHECK(texts.number(QString()) == blank);
    CHECK(texts.number(QStringLiteral("")) == blank);
    CHECK(texts.key(blank).isEmpty());
    CHECK(texts.number(QStringLiteral("School 9")) != blank);
}

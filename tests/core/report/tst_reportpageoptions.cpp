// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/reportpageoptions.h"

using namespace milepost;

TEST_CASE("page options default to landscape Letter at a readable scale", "[report][options]")
{
    const ReportPageOptions options;
    CHECK(options.pageSizePoints() == QSizeF(792, 612));
    CHECK(options.contentSizePoints() == QSizeF(720, 540));
    CHECK(options.timelineScale == ReportPageOptions::TimelineScale::Readable);
    CHECK_FALSE(options.greyscale);
}

TEST_CASE("orientation swaps the sides and margins never eat the page", "[report][options]")
{
    ReportPageOptions options;
    options.paperSize = ReportPageOptions::PaperSize::A4;
    options.orientation = ReportPageOptions::Orientation::Portrait;
    CHECK(std::abs(options.pageSizePoints().width() - 595.28) < 0.01);
    CHECK(std::abs(options.pageSizePoints().height() - 841.89) < 0.01);
    options.marginPoints = 10000;
    CHECK(options.contentSizePoints().width() > 0);
    CHECK(options.contentSizePoints().height() > 0);
}

TEST_CASE("paper sizes round-trip through their keys", "[report][options]")
{
    for (auto size : ReportPageOptions::allPaperSizes()) {
        ReportPageOptions::PaperSize read = ReportPageOptions::PaperSize::Letter;
        REQUIRE(ReportPageOptions::paperSizeFromKey(ReportPageOptions::paperSizeKey(size), &read));
        CHECK(read == size);
        CHECK_FALSE(ReportPageOptions::paperSizeName(size).isEmpty());
    }
    CHECK(ReportPageOptions::paperSizeFromKey(QStringLiteral("A4"), nullptr));
    CHECK_FALSE(ReportPageOptions::paperSizeFromKey(QStringLiteral("b5"), nullptr));
}

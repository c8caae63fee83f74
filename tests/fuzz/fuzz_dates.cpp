// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the date readers. PlanDate::parse on the whole input; DateFormat with the
// first line as its pattern, and with each common pattern, on the second; DateOrderDetector on
// every line. The first byte chooses the two-digit-year pivot.
#include "fuzzapplication.h"

#include "datasets/dateformat.h"
#include "datasets/dateorderdetector.h"
#include "time/plandate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace milepost;

namespace {

QStringList commonPatterns;

void checkPlanDate(const QString &text, TwoDigitYearRule rule)
{
    const PlanDate date = PlanDate::parse(text, rule);
    date.displayText();
    if (!date.isValid()) {
        fuzz::require(!date.reason().isEmpty() || date.problem() == PlanDate::Problem::Missing,
                      "an unreadable plan date says why");
        return;
    }
    if (date.isDated()) {
        fuzz::require(date.firstDay().isValid() && date.lastDay().isValid() && date.firstDay() <= date.lastDay(),
                      "a dated plan date covers at least a day");
        date.calendarQuarter();
    }
    // plandate.h: parse(canonical()) gives the same value back.
    fuzz::require(PlanDate::parse(date.canonical(), rule) == date, "a plan date reads back from its canonical text");
}

void checkFormat(const DateFormat &format, std::string_view value)
{
    QString reason;
    const QDate date = format.parse(value, &reason);
    if (!date.isValid())
        fuzz::require(!reason.isEmpty(), "a date that does not fit its format says why");
    reason.clear();
    const QDate again = format.parse(QString::fromUtf8(value.data(), qsizetype(value.size())), &reason);
    // Bytes that are not UTF-8 become U+FFFD in the QString: only valid text must agree.
    if (QString::fromUtf8(value.data(), qsizetype(value.size())).toUtf8() == QByteArrayView(value.data(), qsizetype(value.size())))
        fuzz::require(date == again, "the UTF-8 and the QString readers agree");
    format.orderName();
    if (format.orderInDoubt()) {
        const DateFormat swapped = format.swapped();
        fuzz::require(swapped.isValid(), "a format in doubt has a swapped form");
        swapped.parse(value, &reason);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::createApplication(argc, argv);
    commonPatterns = DateFormat::commonPatterns();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const TwoDigitYearRule rule{int(data[0] % 101)};
    const std::string_view input(reinterpret_cast<const char *>(data + 1), size - 1);
    const QString text = QString::fromUtf8(input.data(), qsizetype(input.size()));

    checkPlanDate(text, rule);

    const std::size_t newline = input.find('\n');
    const std::string_view firstLine = input.substr(0, newline);
    const std::string_view rest = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
    const std::string_view value = rest.substr(0, rest.find('\n'));

    checkPlanDate(QString::fromUtf8(firstLine.data(), qsizetype(firstLine.size())), rule);
    QString error;
    const DateFormat format = DateFormat::fromPattern(QString::fromUtf8(firstLine.data(), qsizetype(firstLine.size())), rule, &error);
    if (format.isValid())
        checkFormat(format, value);
    else
        fuzz::require(!error.isEmpty(), "a pattern that is refused says why");
    for (const QString &pattern : commonPatterns)
        checkFormat(DateFormat::fromPattern(pattern, rule), firstLine);

    DateOrderDetector detector;
    std::size_t start = 0;
    qint64 line = 1;
    while (start <= input.size()) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        detector.add(input.substr(start, end - start), line++);
        start = end + 1;
    }
    const DateOrderDetector::Order order = detector.order();
    detector.describe(QStringLiteral("Start date"));
    if (order == DateOrderDetector::Order::MonthFirst || order == DateOrderDetector::Order::DayFirst) {
        const QString pattern = detector.detectedPattern();
        QString patternError;
        fuzz::require(DateFormat::fromPattern(pattern, rule, &patternError).isValid(), "the detected pattern is a valid format");
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonetablereader.h"

#include "milestonechecker.h"
#include "io/quotedvalue.h"
#include "time/plandate.h"
#include "time/quartercalendar.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace milepost {

namespace {

QString cleanCell(const QString &cell)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = cell;
    // Most cells hold none of these: look before running the expression or copying the text.
    if (text.contains(QLatin1Char('<')))
        text.remove(tags);
    if (text.contains(QLatin1String("**")))
        text.remove(QStringLiteral("**"));
    if (text.contains(QLatin1String("\\$")))
        text.replace(QStringLiteral("\\$"), QStringLiteral("$"));
    return text.trimmed();
}

QStringList cellsOf(const QString &line)
{
    QStringList cells = line.split(QLatin1Char('\t'));
    for (QString &cell : cells)
        cell = cleanCell(cell);
    return cells;
}

// "1922" to "2099": 19 or 20 and two decimal digits (as a regular expression's \d reads them).
bool isYear(const QString &cell)
{
    return cell.size() == 4
        && (cell.startsWith(QLatin1String("19")) || cell.startsWith(QLatin1String("20")))
        && cell[2].isDigit() && cell[3].isDigit();
}

// "Q1" to "Q4" (or "q3"): the quarter's number, else 0.
int quarterNumber(const QString &cell)
{
    if (cell.size() != 2 || (cell[0] != QLatin1Char('Q') && cell[0] != QLatin1Char('q')))
        return 0;
    const char16_t digit = cell[1].unicode();
    return digit >= u'1' && digit <= u'4' ? int(digit - u'0') : 0;
}

// "Q3 2022", "2022 Q3", "Q3-22": a quarter column that names its own year.
std::optional<YearQuarter> quarterWithYear(const QString &cell)
{
    if (cell.size() < 4 || !cell.contains(QLatin1Char('Q'), Qt::CaseInsensitive))
        return std::nullopt;
    const PlanDate date = PlanDate::parse(cell);
    if (date.kind() != PlanDate::Kind::Quarter)
        return std::nullopt;
    return date.calendarQuarter();
}

// Upper case never makes a text shorter, so the first 19 characters decide both tests (a title
// of a milestone can be long; it is looked at on every row).
bool isCaption(const QString &cell)
{
    const QString head = cell.left(19).toUpper();
    return head.startsWith(QLatin1String("MAJOR MILESTONES"))
        || (cell.size() <= 19 && head == QLatin1String("IMPLEMENTATION PLAN"));
}

bool isColumnName(const QString &cell)
{
    if (cell.size() > 9) // longer than MILESTONE
        return false;
    const QString upper = cell.toUpper();
    return upper == QLatin1String("START") || upper == QLatin1String("END") || upper == QLatin1String("TITLE")
        || upper == QLatin1String("MILESTONE") || upper == QLatin1String("QUARTERS") || upper == QLatin1String("MARKS");
}

bool isMark(const QString &cell)
{
    static const QStringList marks{QStringLiteral("●"), QStringLiteral("•"), QStringLiteral("x"),
                                   QStringLiteral("X"), QStringLiteral("✓"), QStringLiteral("✔"),
                                   QStringLiteral("■")};
    return marks.contains(cell);
}

// A row holding quarter marks and nothing else, not even a title.
bool isStrayMarks(const QStringList &cells)
{
    bool anyMark = false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        const QStringList tokens = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!std::all_of(tokens.cbegin(), tokens.cend(), isMark))
            return false;
        anyMark = true;
    }
    return anyMark;
}

// "MAJOR MILESTONES (Data Dashboard Related)" -> "Data Dashboard Related".
QString sectionOf(const QString &caption)
{
    static const QRegularExpression inParens(QStringLiteral("\\(([^)]*)\\)"));
    const auto m = inParens.match(caption);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool isHeaderRow(const QStringList &cells)
{
    bool headerContent = false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        if (isYear(cell) || quarterNumber(cell) || quarterWithYear(cell) || isColumnName(cell) || isCaption(cell))
            headerContent = true;
        else
            return false;
    }
    return headerContent;
}

struct Header
{
    int startColumn = -1;
    int endColumn = -1;
    int marksListColumn = -1;
    int firstLine = 0;
    QMap<int, int> yearAt;            // column -> year written above or below it
    QMap<int, int> quarterAt;         // column -> quarter number
    QMap<int, YearQuarter> quarterWithYearAt;
    QString section;
};

Finding::Kind kindFor(const PlanDate &date)
{
    switch (date.problem()) {
    case PlanDate::Problem::Missing:
        return Finding::Kind::MissingValue;
    case PlanDate::Problem::ImpossibleDate:
        return Finding::Kind::InvalidDate;
    default:
        return Finding::Kind::UnrecognisedValue;
    }
}

} // namespace

bool MilestoneTableReader::isTableStart(const QString &line)
{
    if (!line.contains(QLatin1Char('\t')))
        return false;
    const QStringList cells = cellsOf(line);
    if (!isHeaderRow(cells))
        return false;
    // A header row, but not one made of column names alone that might head another table
    // (e.g. "Local District\t# of Students"): it needs START/END, quarters, years or a caption.
    return std::any_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return isCaption(cell) || isYear(cell) || quarterNumber(cell)
            || cell.compare(QLatin1String("START"), Qt::CaseInsensitive) == 0;
    });
}

MilestoneTableReader::Result MilestoneTableReader::read(const QList<Line> &lines)
{
    Result result;
    Header header;
    qsizetype index = 0;

    for (; index < lines.size(); ++index) {
        const QStringList cells = cellsOf(lines[index].text);
        if (!isHeaderRow(cells))
            break;
        if (header.firstLine == 0)
            header.firstLine = lines[index].number;
        for (int column = 0; column < cells.size(); ++column) {
            const QString &cell = cells[column];
            const QString upper = cell.toUpper();
            if (upper == QLatin1String("START"))
                header.startColumn = column;
            else if (upper == QLatin1String("END"))
                header.endColumn = column;
            else if (upper == QLatin1String("QUARTERS") || upper == QLatin1String("MARKS"))
                header.marksListColumn = column;
            else if (isYear(cell))
                header.yearAt.insert(column, cell.toInt());
            else if (const int q = quarterNumber(cell))
                header.quarterAt.insert(column, q);
            else if (const auto yq = quarterWithYear(cell))
                header.quarterWithYearAt.insert(column, *yq);
            else if (isCaption(cell) && header.section.isEmpty())
                header.section = sectionOf(cell);
        }
    }
    if (header.startColumn < 0)
        header.startColumn = 1;
    if (header.endColumn < 0)
        header.endColumn = 2;

    // Give every quarter column its year. The quarters' order is what the table really says
    // (Q3, Q4, Q1, ...), so a year cell that disagrees with it is reported and the order wins.
    QMap<int, YearQuarter> quarterOfColumn = header.quarterWithYearAt;
    {
        std::optional<YearQuarter> previous;
        bool reportedDrift = false;
        QList<int> unresolved;
        for (auto it = header.quarterAt.cbegin(); it != header.quarterAt.cend(); ++it) {
            const int column = it.key();
            std::optional<YearQuarter> fromHeader;
            const auto yearCell = header.yearAt.upperBound(column);
            if (yearCell != header.yearAt.cbegin())
                fromHeader = YearQuarter{std::prev(yearCell).value(), it.value()};
            std::optional<YearQuarter> quarter;
            if (previous) {
                YearQuarter expected = previous->next();
                while (expected.quarter != it.value())
                    expected = expected.next();
                if (fromHeader && *fromHeader != expected && !reportedDrift) {
                    result.findings.append(
                        {header.firstLine, column + 1, Finding::Kind::UnreadableTable,
                         tr("The year row puts Q%1 in %2, but the quarters run in order to %3; read as %3")
                             .arg(it.value())
                             .arg(fromHeader->year)
                             .arg(QuarterCalendar::calendar().label(expected))});
                    reportedDrift = true;
                }
                quarter = expected;
            } else {
                quarter = fromHeader;
            }
            if (quarter) {
                quarterOfColumn.insert(column, *quarter);
                previous = quarter;
            } else {
                unresolved.append(column);
            }
        }
        if (!unresolved.isEmpty()) {
            result.findings.append({header.firstLine, unresolved.first() + 1, Finding::Kind::UnreadableTable,
                                    tr("The quarter columns have no year above or below them; "
                                       "the table's quarter marks could not be placed")});
            for (int column : unresolved)
                quarterOfColumn.remove(column);
        }
    }
    for (const YearQuarter &quarter : std::as_const(quarterOfColumn))
        result.window.append(quarter);
    std::sort(result.window.begin(), result.window.end());
    result.window.erase(std::unique(result.window.begin(), result.window.end()), result.window.end());

    QString section = header.section;
    bool reportedUnplacedMarks = false;
    for (; index < lines.size(); ++index) {
        const Line &line = lines[index];
        const QStringList cells = cellsOf(line.text);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.isEmpty(); }))
            continue;
        // A caption row below the column names ("<b>MAJOR MILESTONES</b>").
        if (isHeaderRow(cells) && isCaption(cells.first())) {
            if (const QString s = sectionOf(cells.first()); !s.isEmpty())
                section = s;
            continue;
        }

        // A line of ● alone (a row of the table's marks broken off its title) is no milestone.
        if (isStrayMarks(cells)) {
            QStringList marks;
            for (const QString &cell : cells) {
                if (!cell.isEmpty())
                    marks.append(cell);
            }
            result.findings.append({line.number, 1, Finding::Kind::UnreadableTable,
                                    tr("Stray quarter marks (%1) on a line without a milestone were left out")
                                        .arg(QuotedValue::quote(marks.join(QLatin1Char(' '))))});
            continue;
        }

        Milestone milestone;
        milestone.sourceLine = line.number;
        milestone.section = section;
        milestone.title = cells.value(0);
        if (milestone.title.isEmpty())
            result.findings.append({line.number, 1, Finding::Kind::MissingValue, tr("A milestone row has no title")});

        const auto readDate = [&](int column, const QString &what) {
            const PlanDate date = PlanDate::parse(cells.value(column));
            if (!date.isValid())
                result.findings.append({line.number, column + 1, kindFor(date),
                                        tr("%1 of %2: %3").arg(what, QuotedValue::quote(milestone.title), date.reason())});
            return date;
        };
        milestone.start = readDate(header.startColumn, tr("Start"));
        milestone.end = readDate(header.endColumn, tr("End"));

        for (int column = 0; column < cells.size(); ++column) {
            const QString &cell = cells[column];
            if (cell.isEmpty() || column == 0 || column == header.startColumn || column == header.endColumn)
                continue;
            if (column == header.marksListColumn) {
                static const QRegularExpression separators(QStringLiteral("[,;]"));
                for (const QString &token : cell.split(separators, Qt::SkipEmptyParts)) {
                    if (const auto quarter = quarterWithYear(token.trimmed()))
                        milestone.quarters.append(*quarter);
                    else
                        result.findings.append({line.number, column + 1, Finding::Kind::UnrecognisedValue,
                                                tr("%1 in the quarters of %2 is not a quarter such as 2022 Q3")
                                                    .arg(QuotedValue::quote(token.trimmed()), QuotedValue::quote(milestone.title))});
                }
                continue;
            }
            if (const auto quarter = quarterOfColumn.constFind(column); quarter != quarterOfColumn.cend()) {
                if (isMark(cell))
                    milestone.quarters.append(*quarter);
                else
                    result.findings.append({line.number, column + 1, Finding::Kind::UnrecognisedValue,
                                            tr("%1 under %2 of %3 is not a quarter mark (●)")
                                                .arg(QuotedValue::quote(cell), QuarterCalendar::calendar().label(*quarter),
                                                     QuotedValue::quote(milestone.title))});
            } else if (!reportedUnplacedMarks || !isMark(cell)) {
                result.findings.append({line.number, column + 1, Finding::Kind::UnreadableTable,
                                        isMark(cell) ? tr("Quarter marks of %1 sit in columns without a quarter "
                                                          "heading and could not be placed")
                                                           .arg(QuotedValue::quote(milestone.title))
                                                     : tr("%1 in column %2 of %3 has no column heading")
                                                           .arg(QuotedValue::quote(cell))
                                                           .arg(column + 1)
                                                           .arg(QuotedValue::quote(milestone.title))});
                reportedUnplacedMarks = reportedUnplacedMarks || isMark(cell);
            }
        }
        std::sort(milestone.quarters.begin(), milestone.quarters.end());
        milestone.quarters.erase(std::unique(milestone.quarters.begin(), milestone.quarters.end()),
                                 milestone.quarters.end());

        MilestoneChecker::check(milestone, result.window, result.findings);
        result.milestones.append(milestone);
    }

    if (result.milestones.isEmpty() && !lines.isEmpty())
        result.findings.append({lines.first().number, 0, Finding::Kind::UnreadableTable,
                                tr("The implementation plan table has headings but no milestone rows")});
    return result;
}

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonetablereader.h"

#include "milestonechecker.h"
#include "io/quotedvalue.h"
#include "time/plandate.h"
#include "time/quartercalendar.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QStringTokenizer>

#include <algorithm>
#include <iterator>
#include <optional>

namespace milepost {

namespace {

QString cleanCell(QStringView cell)
{
    // Most cells hold none of these: trim the view and copy it once.
    if (!cell.contains(u'<') && !cell.contains(u"**") && !cell.contains(u"\\$"))
        return cell.trimmed().toString();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = cell.toString();
    if (text.contains(QLatin1Char('<')))
        text.remove(tags);
    if (text.contains(QLatin1String("**")))
        text.remove(QStringLiteral("**"));
    if (text.contains(QLatin1String("\\$")))
        text.replace(QStringLiteral("\\$"), QStringLiteral("$"));
    return std::move(text).trimmed();
}

// The cells between tabs, as QString::split gives them (empty ones too), each cleaned: one
// string per cell and no intermediate list, as this runs on every line of every table.
QStringList cellsOf(QStringView line)
{
    QStringList cells;
    cells.reserve(line.count(u'\t') + 1);
    qsizetype start = 0;
    for (;;) {
        const qsizetype tab = line.indexOf(u'\t', start);
        cells.append(cleanCell(line.sliced(start, (tab < 0 ? line.size() : tab) - start)));
        if (tab < 0)
            return cells;
        start = tab + 1;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// "1900" to "2099": 19 or 20 and two ASCII digits, as the expression ^(19|20)\d\d$ read them
// (QRegularExpression's \d is ASCII) and as toInt() reads them: "20٢٢" is no year 0.
bool isYear(const QString &cell)
{
    return cell.size() == 4
        && (cell.startsWith(QLatin1String("19")) || cell.startsWith(QLatin1String("20")))
        && isAsciiDigit(cell[2]) && isAsciiDigit(cell[3]);
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
// PlanDate reads a quarter from 4 to 11 UTF-16 units ("Q3-22" to "2022 Q3", each digit perhaps
// a surrogate pair); a longer cell, such as nearly every milestone's title, is not parsed.
std::optional<YearQuarter> quarterWithYear(const QString &cell)
{
    const qsizetype size = QStringView(cell).trimmed().size();
    if (size < 4 || size > 11 || !cell.contains(QLatin1Char('Q'), Qt::CaseInsensitive))
        return std::nullopt;
    const PlanDate date = PlanDate::parse(cell);
    if (date.kind() != PlanDate::Kind::Quarter)
        return std::nullopt;
    return date.calendarQuarter();
}

bool isCaptionUpperCased(const QString &head, qsizetype cellSize)
{
    return head.startsWith(QLatin1String("MAJOR MILESTONES"))
        || (cellSize <= 19 && head == QLatin1String("IMPLEMENTATION PLAN"));
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Upper case never makes a text shorter, so the first 19 characters decide both tests (a title
// of a milestone can be long; it is looked at on every row). ASCII text, nearly every cell, is
// compared without upper-casing a copy; other text goes through toUpper(), which turns "ı" into
// "I" and "ß" into "SS" as a case-insensitive comparison would not.
bool isCaption(const QString &cell)
{
    const QStringView head = QStringView(cell).left(19);
    if (isAscii(head))
        return head.startsWith(u"MAJOR MILESTONES", Qt::CaseInsensitive)
            || (cell.size() <= 19 && head.compare(u"IMPLEMENTATION PLAN", Qt::CaseInsensitive) == 0);
    return isCaptionUpperCased(head.toString().toUpper(), cell.size());
}

bool isColumnName(const QString &cell)
{
    if (cell.size() > 9) // longer than MILESTONE
        return false;
    if (isAscii(cell)) {
        static const QStringView names[] = {u"START", u"END", u"TITLE", u"MILESTONE", u"QUARTERS", u"MARKS"};
        return std::any_of(std::cbegin(names), std::cend(names),
                           [&cell](QStringView name) { return name.compare(cell, Qt::CaseInsensitive) == 0; });
    }
    const QString upper = cell.toUpper();
    return upper == QLatin1String("START") || upper == QLatin1String("END") || upper == QLatin1String("TITLE")
        || upper == QLatin1String("MILESTONE") || upper == QLatin1String("QUARTERS") || upper == QLatin1String("MARKS");
}

bool isMark(QStringView cell)
{
    static const QStringView marks[] = {u"●", u"•", u"x", u"X", u"✓", u"✔", u"■"};
    return std::find(std::cbegin(marks), std::cend(marks), cell) != std::cend(marks);
}

// A row holding quarter marks and nothing else, not even a title.
bool isStrayMarks(const QStringList &cells)
{
    bool anyMark = false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        for (const QStringView token : QStringView(cell).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (!isMark(token))
                return false;
        }
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
        // quarterWithYear, which may parse a date, last: the tests have no side effects.
        if (isYear(cell) || quarterNumber(cell) || isColumnName(cell) || isCaption(cell) || quarterWithYear(cell))
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
    const QString startWord = tr("Start");
    const QString endWord = tr("End");
    for (; index < lines.size(); ++index) {
        const Line &line = lines[index];
        const QStringList cells = cellsOf(line.text);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.isEmpty(); }))
            continue;
        // A caption row below the column names ("<b>MAJOR MILESTONES</b>").
        if (isCaption(cells.first()) && isHeaderRow(cells)) {
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
        milestone.start = readDate(header.startColumn, startWord);
        milestone.end = readDate(header.endColumn, endWord);

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
        result.milestones.append(std::move(milestone));
    }

    if (result.milestones.isEmpty() && !lines.isEmpty())
        result.findings.append({lines.first().number, 0, Finding::Kind::UnreadableTable,
                                tr("The implementation plan table has headings but no milestone rows")});
    return result;
}

} // namespace milepost

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

bool hasMarkup(QStringView cell)
{
    return cell.contains(u'<') || cell.contains(u"**") || cell.contains(u"\\$");
}

QString withoutMarkup(QStringView cell)
{
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

// The cleaned cells of one row, cut at every tab (empty cells too): trimmed views into the
// line, or into the cleaned copy of a cell that held markup. No cell is copied unless it is
// kept (a title, a date): this runs on every line of every table.
class Cells final
{
public:
    explicit Cells(QStringView line)
    {
        m_views.reserve(line.count(u'\t') + 1);
        qsizetype start = 0;
        for (;;) {
            const qsizetype tab = line.indexOf(u'\t', start);
            const QStringView cell = line.sliced(start, (tab < 0 ? line.size() : tab) - start);
            if (hasMarkup(cell)) {
                m_cleaned.append(withoutMarkup(cell));
                m_views.append(m_cleaned.constLast()); // the string's data stays where it is
            } else {
                m_views.append(cell.trimmed());
            }
            if (tab < 0)
                return;
            start = tab + 1;
        }
    }

    qsizetype size() const { return m_views.size(); }
    QStringView operator[](qsizetype column) const { return m_views[column]; }
    QList<QStringView>::const_iterator cbegin() const { return m_views.cbegin(); }
    QList<QStringView>::const_iterator cend() const { return m_views.cend(); }
    QList<QStringView>::const_iterator begin() const { return m_views.cbegin(); }
    QList<QStringView>::const_iterator end() const { return m_views.cend(); }

    // The cell as a string of its own, as QStringList::value() gave it: empty (not null) for
    // an empty cell, null past the last one.
    QString text(qsizetype column) const
    {
        if (column < 0 || column >= m_views.size())
            return QString();
        const QStringView cell = m_views[column];
        return cell.isNull() ? QString(QLatin1String("")) : cell.toString();
    }

private:
    QList<QStringView> m_views;
    QStringList m_cleaned; // owns the text of the cells that held markup
};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// "1900" to "2099": 19 or 20 and two ASCII digits, as the expression ^(19|20)\d\d$ read them
// (QRegularExpression's \d is ASCII) and as toInt() reads them: "20٢٢" is no year 0.
bool isYear(QStringView cell)
{
    return cell.size() == 4
        && (cell.startsWith(u"19") || cell.startsWith(u"20"))
        && isAsciiDigit(cell[2]) && isAsciiDigit(cell[3]);
}

// "Q1" to "Q4" (or "q3"): the quarter's number, else 0.
int quarterNumber(QStringView cell)
{
    if (cell.size() != 2 || (cell[0] != QLatin1Char('Q') && cell[0] != QLatin1Char('q')))
        return 0;
    const char16_t digit = cell[1].unicode();
    return digit >= u'1' && digit <= u'4' ? int(digit - u'0') : 0;
}

// "Q3 2022", "2022 Q3", "Q3-22": a quarter column that names its own year.
// PlanDate reads a quarter from 4 to 11 UTF-16 units ("Q3-22" to "2022 Q3", each digit perhaps
// a surrogate pair); a longer cell, such as nearly every milestone's title, is not parsed.
std::optional<YearQuarter> quarterWithYear(QStringView cell)
{
    const qsizetype size = cell.trimmed().size();
    if (size < 4 || size > 11 || !cell.contains(u'Q', Qt::CaseInsensitive))
        return std::nullopt;
    const PlanDate date = PlanDate::parse(cell.toString());
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

// cell.toUpper() == name, without the copy for ASCII text.
bool isName(QStringView cell, QStringView upperName)
{
    if (isAscii(cell))
        return cell.compare(upperName, Qt::CaseInsensitive) == 0;
    return cell.toString().toUpper() == upperName;
}

// Upper case never makes a text shorter, so the first 19 characters decide both tests (a title
// of a milestone can be long; it is looked at on every row). ASCII text, nearly every cell, is
// compared without upper-casing a copy; other text goes through toUpper(), which turns "ı" into
// "I" and "ß" into "SS" as a case-insensitive comparison would not.
bool isCaption(QStringView cell)
{
    const QStringView head = cell.left(19);
    if (isAscii(head))
        return head.startsWith(u"MAJOR MILESTONES", Qt::CaseInsensitive)
            || (cell.size() <= 19 && head.compare(u"IMPLEMENTATION PLAN", Qt::CaseInsensitive) == 0);
    return isCaptionUpperCased(head.toString().toUpper(), cell.size());
}

bool isColumnName(QStringView cell)
{
    if (cell.size() > 9) // longer than MILESTONE
        return false;
    static const QStringView names[] = {u"START", u"END", u"TITLE", u"MILESTONE", u"QUARTERS", u"MARKS"};
    if (isAscii(cell)) {
        return std::any_of(std::cbegin(names), std::cend(names),
                           [cell](QStringView name) { return name.compare(cell, Qt::CaseInsensitive) == 0; });
    }
    const QString upper = cell.toString().toUpper();
    return std::any_of(std::cbegin(names), std::cend(names), [&upper](QStringView name) { return upper == name; });
}

bool isMark(QStringView cell)
{
    static const QStringView marks[] = {u"●", u"•", u"x", u"X", u"✓", u"✔", u"■"};
    return std::find(std::cbegin(marks), std::cend(marks), cell) != std::cend(marks);
}

// A row holding quarter marks and nothing else, not even a title.
bool isStrayMarks(const Cells &cells)
{
    bool anyMark = false;
    for (const QStringView cell : cells) {
        if (cell.isEmpty())
            continue;
        for (const QStringView token : cell.tokenize(u' ', Qt::SkipEmptyParts)) {
            if (!isMark(token))
                return false;
        }
        anyMark = true;
    }
    return anyMark;
}

// "MAJOR MILESTONES (Data Dashboard Related)" -> "Data Dashboard Related".
QString sectionOf(QStringView caption)
{
    static const QRegularExpression inParens(QStringLiteral("\\(([^)]*)\\)"));
    const auto m = inParens.match(caption.toString());
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool isHeaderRow(const Cells &cells)
{
    bool headerContent = false;
    for (const QStringView cell : cells) {
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
    const Cells cells(line);
    if (!isHeaderRow(cells))
        return false;
    // A header row, but not one made of column names alone that might head another table
    // (e.g. "Local District\t# of Students"): it needs START/END, quarters, years or a caption.
    return std::any_of(cells.cbegin(), cells.cend(), [](QStringView cell) {
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
        const Cells cells(lines[index].text);
        if (!isHeaderRow(cells))
            break;
        if (header.firstLine == 0)
            header.firstLine = lines[index].number;
        for (int column = 0; column < cells.size(); ++column) {
            const QStringView cell = cells[column];
            if (isName(cell, u"START"))
                header.startColumn = column;
            else if (isName(cell, u"END"))
                header.endColumn = column;
            else if (isName(cell, u"QUARTERS") || isName(cell, u"MARKS"))
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
        const Cells cells(line.text);
        if (std::all_of(cells.cbegin(), cells.cend(), [](QStringView cell) { return cell.isEmpty(); }))
            continue;
        // A caption row below the column names ("<b>MAJOR MILESTONES</b>").
        if (isCaption(cells[0]) && isHeaderRow(cells)) {
            if (const QString s = sectionOf(cells[0]); !s.isEmpty())
                section = s;
            continue;
        }

        // A line of ● alone (a row of the table's marks broken off its title) is no milestone.
        if (isStrayMarks(cells)) {
            QStringList marks;
            for (const QStringView cell : cells) {
                if (!cell.isEmpty())
                    marks.append(cell.toString());
            }
            result.findings.append({line.number, 1, Finding::Kind::UnreadableTable,
                                    tr("Stray quarter marks (%1) on a line without a milestone were left out")
                                        .arg(QuotedValue::quote(marks.join(QLatin1Char(' '))))});
            continue;
        }

        Milestone milestone;
        milestone.sourceLine = line.number;
        milestone.section = section;
        milestone.title = cells.text(0);
        if (milestone.title.isEmpty())
            result.findings.append({line.number, 1, Finding::Kind::MissingValue, tr("A milestone row has no title")});

        const auto readDate = [&](int column, const QString &what) {
            const PlanDate date = PlanDate::parse(cells.text(column));
            if (!date.isValid())
                result.findings.append({line.number, column + 1, kindFor(date),
                                        tr("%1 of %2: %3").arg(what, QuotedValue::quote(milestone.title), date.reason())});
            return date;
        };
        milestone.start = readDate(header.startColumn, startWord);
        milestone.end = readDate(header.endColumn, endWord);

        for (int column = 0; column < cells.size(); ++column) {
            const QStringView cell = cells[column];
            if (cell.isEmpty() || column == 0 || column == header.startColumn || column == header.endColumn)
                continue;
            if (column == header.marksListColumn) {
                // The items between commas and semicolons, empty ones left out.
                qsizetype from = 0;
                for (qsizetype i = 0; i <= cell.size(); ++i) {
                    if (i < cell.size() && cell[i] != u',' && cell[i] != u';')
                        continue;
                    const QStringView token = cell.sliced(from, i - from);
                    from = i + 1;
                    if (token.isEmpty())
                        continue;
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

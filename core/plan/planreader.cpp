// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreader.h"

#include "io/quotedvalue.h"
#include "io/textfile.h"
#include "milestonetablereader.h"
#include "phasenames.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace milepost {

namespace {

using Line = MilestoneTableReader::Line;

// "# ASSESS | Equity Analysis" or "# LEARN"; other top-level headings (the title, the table
// of contents) are not objectives.
struct Heading
{
    Phase phase = Phase::Learn;
    QString title;
};

std::optional<Heading> objectiveHeading(const QString &line)
{
    if (!line.startsWith(QLatin1String("# ")))
        return std::nullopt;
    QString text = line.mid(2).trimmed();
    text.remove(QStringLiteral("**"));
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    const QString phaseText = (bar < 0 ? text : text.left(bar)).trimmed();
    const auto phase = PhaseNames::fromKey(phaseText);
    if (!phase)
        return std::nullopt;
    Heading heading;
    heading.phase = *phase;
    heading.title = bar < 0 ? PhaseNames::key(*phase) : text.mid(bar + 1).trimmed();
    return heading;
}

// "<b>OBJECTIVE</b>\tLearn from ..." -> ("OBJECTIVE", "Learn from ...").
std::optional<std::pair<QString, QString>> labelledLine(const QString &line)
{
    static const QRegularExpression labelled(QStringLiteral("^\\s*(?:<b>|\\*\\*)?\\s*(OBJECTIVE|STATUS)\\s*(?:</b>|\\*\\*)?\\s*[\\t:]\\s*(.*)$"));
    if (!line.contains(QLatin1String("OBJECTIVE")) && !line.contains(QLatin1String("STATUS")))
        return std::nullopt;
    const auto m = labelled.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1), m.captured(2).trimmed());
}

// Narrative text as a person reads it: no markdown emphasis, link targets that lead nowhere
// dropped, escaped dollar signs restored.
QString cleanNarrativeLine(const QString &line)
{
    static const QRegularExpression emptyLink(QStringLiteral("\\[([^\\]]*)\\]\\(#\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\(([^)]+)\\)"));
    static const QRegularExpression autoLink(QStringLiteral("<(https?://[^>]+)>"));
    static const QRegularExpression heading(QStringLiteral("^#{2,}\\s*"));
    QString text = line;
    // Most lines hold none of these: look before running an expression or copying the text.
    if (text.contains(QLatin1String("**")))
        text.remove(QStringLiteral("**"));
    if (text.contains(QLatin1String("]("))) {
        text.replace(emptyLink, QStringLiteral("\\1"));
        text.replace(link, QStringLiteral("\\1 (\\2)"));
    }
    if (text.contains(QLatin1String("<http")))
        text.replace(autoLink, QStringLiteral("\\1"));
    if (text.startsWith(QLatin1String("##")))
        text.replace(heading, QString());
    if (text.contains(QLatin1String("\\$")))
        text.replace(QStringLiteral("\\$"), QStringLiteral("$"));
    return text.trimmed();
}

bool isImplementationPlanHeading(const QString &line)
{
    return line.startsWith(QLatin1String("##"))
        && line.contains(QLatin1String("IMPLEMENTATION PLAN"), Qt::CaseInsensitive);
}

bool isNarrativeHeading(const QString &line)
{
    return line.startsWith(QLatin1String("##")) && line.contains(QLatin1String("NARRATIVE"), Qt::CaseInsensitive);
}

class ReportParser
{
public:
    ReportParser(const QStringList &lines, PlanImportResult &result)
        : m_lines(lines)
        , m_result(result)
    {
    }

    void run()
    {
        for (m_index = 0; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines[m_index];
            if (const auto heading = objectiveHeading(line)) {
                finishObjective();
                startObjective(*heading);
            } else if (line.startsWith(QLatin1String("# "))) {
                finishObjective(); // a heading that is not an objective ends the current one
            } else if (m_current) {
                readObjectiveLine(line);
            }
        }
        finishObjective();
    }

private:
    int lineNumber() const { return int(m_index) + 1; }

    void startObjective(const Heading &heading)
    {
        m_current = Objective{};
        m_current->phase = heading.phase;
        m_current->title = heading.title;
        m_current->sourceLine = lineNumber();
        m_inNarrative = false;
        m_awaitingTable = 0;
        m_narrative.clear();
    }

    void finishObjective()
    {
        if (!m_current)
            return;
        if (m_awaitingTable)
            m_result.findings.append({m_awaitingTable, 0, Finding::Kind::UnreadableTable,
                                      PlanReader::tr("%1 has an IMPLEMENTATION PLAN heading but no table below it")
                                          .arg(QuotedValue::quote(m_current->title))});
        while (!m_narrative.isEmpty() && m_narrative.last().isEmpty())
            m_narrative.removeLast();
        m_current->narrative = m_narrative.join(QLatin1Char('\n'));
        m_result.plan.objectives.append(*m_current);
        m_current.reset();
    }

    void readObjectiveLine(const QString &line)
    {
        if (MilestoneTableReader::isTableStart(line)) {
            readTable();
            return;
        }
        if (isImplementationPlanHeading(line)) {
            m_inNarrative = false;
            m_awaitingTable = lineNumber();
            return;
        }
        if (isNarrativeHeading(line)) {
            m_inNarrative = true;
            return;
        }
        if (const auto labelled = labelledLine(line)) {
            m_inNarrative = false;
            if (labelled->first == QLatin1String("OBJECTIVE"))
                m_current->objectiveText = labelled->second;
            else
                m_current->status = ObjectiveStatus::parse(labelled->second);
            return;
        }
        const QStringView trimmed = QStringView(line).trimmed();
        // The line in parentheses under a heading names which of two same-titled objectives this is.
        if (!m_inNarrative && m_current->objectiveText.isEmpty() && m_current->subtitle.isEmpty()
            && trimmed.startsWith(u'(') && trimmed.endsWith(u')')) {
            m_current->subtitle = trimmed.mid(1, trimmed.size() - 2).trimmed().toString();
            return;
        }
        if (m_inNarrative) {
            const QString text = cleanNarrativeLine(line);
            if (!text.isEmpty() || (!m_narrative.isEmpty() && !m_narrative.last().isEmpty()))
                m_narrative.append(text);
        }
    }

    // The table runs while lines carry tabs; a line without one inside it is reported.
    void readTable()
    {
        QList<Line> table;
        for (; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines[m_index];
            if (QStringView(line).trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                break;
            if (!line.contains(QLatin1Char('\t'))) {
                m_result.findings.append({lineNumber(), 0, Finding::Kind::UnreadableTable,
                                          PlanReader::tr("A line inside the table of %1 is not a table row: %2")
                                              .arg(QuotedValue::quote(m_current->title),
                                                   QuotedValue::quote(line.trimmed()))});
                continue;
            }
            table.append({lineNumber(), line});
        }
        --m_index; // the loop in run() moves past the line that ended the table
        m_awaitingTable = 0;
        m_inNarrative = false;
        appendTable(table);
    }

    void appendTable(const QList<Line> &table)
    {
        const auto read = MilestoneTableReader::read(table);
        m_current->milestones.append(read.milestones);
        m_result.findings.append(read.findings);
    }

    const QStringList &m_lines;
    PlanImportResult &m_result;
    qsizetype m_index = 0;
    std::optional<Objective> m_current;
    QStringList m_narrative;
    bool m_inNarrative = false;
    int m_awaitingTable = 0; // line of an IMPLEMENTATION PLAN heading still waiting for its table
};

QString planTitle(const QStringList &lines, const QString &fallback)
{
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# ")) && !objectiveHeading(line)) {
            QString title = line.mid(2).trimmed();
            title.remove(QStringLiteral("**"));
            if (title.compare(QLatin1String("Table of Contents"), Qt::CaseInsensitive) != 0)
                return title;
        }
    }
    return fallback;
}

} // namespace

PlanImportResult PlanReader::readFile(const QString &path, const Options &options)
{
    const TextFile::Contents contents = TextFile::read(path);
    if (!contents.ok) {
        PlanImportResult result;
        result.error = contents.error;
        return result;
    }
    return readText(contents.text, QFileInfo(path).fileName(), options);
}

PlanImportResult PlanReader::readText(const QString &text, const QString &sourceName, const Options &options)
{
    PlanImportResult result;
    // Line ends as Windows (CR LF), Unix (LF) and old Mac Word or some PDF tools (CR alone) write them.
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    result.plan.source = sourceName;
    const QString baseName = QFileInfo(sourceName).completeBaseName();

    const bool isReport = std::any_of(lines.cbegin(), lines.cend(),
                                      [](const QString &line) { return objectiveHeading(line).has_value(); });
    if (isReport) {
        result.plan.title = planTitle(lines, baseName);
        ReportParser(lines, result).run();
    } else {
        // A pasted table: every line with a tab is a row (blank lines between rows are fine).
        QList<Line> table;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(QLatin1Char('\t')))
                table.append({int(i) + 1, lines[i]});
            else if (!QStringView(lines[i]).trimmed().isEmpty())
                result.findings.append({int(i) + 1, 0, Finding::Kind::UnreadableTable,
                                        tr("Not a table row (no tab between the columns): %1").arg(QuotedValue::quote(lines[i].trimmed()))});
        }
        if (table.isEmpty()) {
            result.error = tr("%1 holds neither plan headings (“# ACT | Title”) nor a tab-separated milestone table")
                               .arg(sourceName);
            result.findings.clear();
            return result;
        }
        result.plan.title = options.pastedTitle.isEmpty() ? baseName : options.pastedTitle;
        Objective objective;
        objective.phase = options.pastedPhase;
        objective.title = result.plan.title;
        objective.sourceLine = table.first().number;
        const auto read = MilestoneTableReader::read(table);
        objective.milestones = read.milestones;
        result.findings.append(read.findings);
        result.plan.objectives.append(objective);
    }

    if (result.plan.objectives.isEmpty()) {
        result.error = tr("%1 has no objectives").arg(sourceName);
        return result;
    }
    std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding &a, const Finding &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    result.ok = true;
    return result;
}

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingsuggester.h"

#include "dateformat.h"
#include "datasetschema.h"

#include <QSet>

namespace milepost {

namespace {

bool ignoredInName(QChar c)
{
    return c.isSpace() || c == QLatin1Char('_');
}

// normalise(a) == normalise(b), without making either: headers are compared field by field
// and column by column for every import and every preview.
bool sameName(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && ignoredInName(a[i]))
            ++i;
        while (j < b.size() && ignoredInName(b[j]))
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i].toCaseFolded() != b[j].toCaseFolded())
            return false;
        ++i;
        ++j;
    }
}

} // namespace
QString MappingSuggester::normalise(const QString &header)
{
    QString result;
    result.reserve(header.size());
    for (const QChar c : header) {
        if (ignoredInName(c))
            continue;
        result.append(c.toCaseFolded());
    }
    return result;
}

int MappingSuggester::columnIndex(const QStringList &header, const ColumnMapping &mapping)
{
    if (mapping.isFixed())
        return -1;
    int seen = 0;
    for (int i = 0; i < header.size(); ++i) {
        if (sameName(header.at(i), mapping.column) && ++seen == mapping.occurrence)
            return i;
    }
    return -1;
}

bool MappingSuggester::isDuplicated(const QStringList &header, int index)
{
    for (int i = 0; i < header.size(); ++i) {
        if (i != index && sameName(header.at(i), header.at(index)))
            return true;
    }
    return false;
}

int MappingSuggester::occurrenceOf(const QStringList &header, int index)
{
    int occurrence = 0;
    for (int i = 0; i <= index; ++i) {
        if (sameName(header.at(i), header.at(index)))
            ++occurrence;
    }
    return occurrence;
}

QStringList MappingSuggester::fittingDateFormats(const QStringList &values, const QStringList &codes)
{
    QStringList fitting;
    for (const QString &pattern : DateFormat::commonPatterns()) {
        const DateFormat format = DateFormat::fromPattern(pattern);
        bool any = false;
        bool all = true;
        for (const QString &raw : values) {
            const QString value = raw.trimmed();
            if (value.isEmpty() || codes.contains(value, Qt::CaseInsensitive))
                continue;
            any = true;
            if (!format.parse(value).isValid()) {
                all = false;
                break;
            }
        }
        if (any && all)
            fitting.append(pattern);
    }
    // M/D/Y reads whatever M/D/YYYY or M/D/YY reads: keep the stricter one when it fits.
    auto dropLoose = [&fitting](const QString &loose, const QStringList &strict) {
        for (const QString &pattern : strict) {
            if (fitting.contains(pattern)) {
                fitting.removeAll(loose);
                return;
            }
        }
    };
    dropLoose(QStringLiteral("M/D/Y"), {QStringLiteral("M/D/YYYY"), QStringLiteral("M/D/YY")});
    return fitting;
}

ImportProfile MappingSuggester::suggest(Dataset::Id dataset, const QStringList &header, const QList<QStringList> &sample)
{
    ImportProfile profile;
    profile.dataset = dataset;
    QSet<int> used;
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        QStringList names{QString::fromUtf8(field.csvName), QString::fromLatin1(field.key)};
        names += field.aliases;
        int chosen = -1;
        for (const QString &name : names) {
            for (int i = 0; i < header.size() && chosen < 0; ++i) {
                if (!used.contains(i) && sameName(header.at(i), name))
                    chosen = i;
            }
            if (chosen >= 0)
                break;
        }
        if (chosen < 0)
            continue;
        used.insert(chosen);
        ColumnMapping mapping;
        mapping.field = QString::fromLatin1(field.key);
        mapping.column = header.at(chosen).trimmed();
        mapping.occurrence = occurrenceOf(header, chosen);
        if (field.kind == DatasetField::Kind::Date) {
            QStringList values;
            for (const QStringList &row : sample) {
                if (chosen < row.size())
                    values.append(row.at(chosen));
            }
            // Upper-case words in a date column (PNS, N/A) are codes, offered to the user
            // as "not applicable" rather than counted against every format.
            QStringList codes;
            for (const QString &value : values) {
                const QString trimmed = value.trimmed();
                bool word = !trimmed.isEmpty();
                for (const QChar c : trimmed)
                    word = word && (c.isUpper() || c == QLatin1Char('/'));
                if (word && !codes.contains(trimmed))
                    codes.append(trimmed);
            }
            const QStringList fitting = fittingDateFormats(values, codes);
            if (fitting.size() == 1)
                mapping.dateFormat = fitting.first();
            if (!codes.isEmpty())
                mapping.notApplicableCodes = codes;
        }
        profile.columns.append(mapping);
    }
    return profile;
}

QStringList MappingSuggester::missingColumns(const ImportProfile &profile, const QStringList &header)
{
    QStringList missing;
    for (const ColumnMapping &mapping : profile.columns) {
        if (!mapping.isFixed() && columnIndex(header, mapping) < 0)
            missing.append(mapping.column);
    }
    return missing;
}

std::optional<ImportProfile> MappingSuggester::fitted(const ImportProfile &profile, const QStringList &header,
                                                      QStringList *leftOut)
{
    ImportProfile result = profile;
    QStringList dropped;
    bool fits = true;
    result.columns.removeIf([&](const ColumnMapping &mapping) {
        if (mapping.isFixed() || columnIndex(header, mapping) >= 0)
            return false;
        const DatasetField *field = DatasetSchema::field(profile.dataset, mapping.field);
        if (!field || field->required) {
            fits = false;
            return false;
        }
        dropped.append(mapping.field);
        return true;
    });
    // Without some optional columns a profile may no longer tell one row from another (a capital
    // project needs a key or a site and description): validate says so.
    if (!fits || !result.validate(nullptr))
        return std::nullopt;
    // Milepost writes every column of its own CSV: a file without some is someone else's, and
    // its leading apostrophes are its own.
    if (!dropped.isEmpty())
        result.formulaGuarded = false;
    if (leftOut)
        *leftOut = dropped;
    return result;
}

QStringList MappingSuggester::neededColumns(const ImportProfile &profile, const QStringList &header)
{
    if (fitted(profile, header))
        return {};
    const QStringList missing = missingColumns(profile, header);
    QStringList needed;
    for (const ColumnMapping &mapping : profile.columns) {
        const DatasetField *field = DatasetSchema::field(profile.dataset, mapping.field);
        if (field && field->required && missing.contains(mapping.column))
            needed.append(mapping.column);
    }
    // Every required column is there, yet the rest does not identify a row: all of them help.
    return needed.isEmpty() ? missing : needed;
}

std::optional<ImportProfile> MappingSuggester::bestProfile(const QList<ImportProfile> &candidates,
                                                           const QStringList &header, QStringList *leftOut)
{
    std::optional<ImportProfile> best;
    for (const ImportProfile &candidate : candidates) {
        QStringList dropped;
        std::optional<ImportProfile> profile = fitted(candidate, header, &dropped);
        if (!profile)
            continue;
        if (!best || profile->columns.size() > best->columns.size()) {
            best = std::move(profile);
            if (leftOut)
                *leftOut = dropped;
        }
    }
    return best;
}

} // namespace milepost

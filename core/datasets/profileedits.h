// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "dataset.h"
#include "datasetfield.h"
#include "widecolumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

class ImportProfile;

// Changes to a profile typed by a person, as on the command line: the column a field is read
// from (or part of it, by a pattern), a value every row has for a field the file lacks, codes
// that mean "not applicable", an amount column's unit, the file's words for Milepost's, and the
// columns of a wide file.
// Fields are named by key ("school_year") or by name ("School Year"), without regard to case.
class ProfileEdits final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileEdits)

public:
    explicit ProfileEdits(Dataset::Id dataset);

    // Each takes "FIELD=TEXT"; false and error set when the text is not of that form or names
    // no field of the dataset.
    bool addColumn(const QString &assignment, QString *error);
    bool addValue(const QString &assignment, QString *error);
    // A code such as DIIX, for every mapped field that may hold one (dates, amounts, ...).
    void addNotApplicableCode(const QString &code);
    // "FIELD=COLUMN:PATTERN": FIELD is read from the part of COLUMN the regular expression
    // PATTERN matches (its first group, if any): local_district=School Code:^(\d\d).
    bool addExtract(const QString &assignment, QString *error);
    // "FIELD=thousands" (or ones, millions), for an amount field.
    bool addUnit(const QString &assignment, QString *error);
    // "FIELD:FROM=TO": the file's FROM is read as TO, e.g. employee_group:Teachers=certificated.
    bool addValueMapping(const QString &assignment, QString *error);
    // "FIELD=PATTERN" or "FIELD:VALUE_FIELD=PATTERN": the columns whose names match PATTERN
    // are rows of their own, their names giving FIELD and their cells VALUE_FIELD. Without
    // VALUE_FIELD, the dataset's one number field (enrollment: count).
    bool setWide(const QString &assignment, QString *error);

    bool isEmpty() const;
    // Maps the fields as told (a column replaces a value and the other way round), then adds
    // the codes, units and value maps to those fields' mappings. The result may still need
    // validating, and checkApplied.
    void apply(ImportProfile *profile) const;
    // Whether every unit and value map found a mapped column in profile; error says which did not.
    bool checkApplied(const ImportProfile &profile, QString *error) const;

    // The field of dataset typed as its key or its name, or nullptr.
    static const DatasetField *findField(Dataset::Id dataset, const QString &typed);

private:
    struct Edit
    {
        QString field; // key
        QString text;  // the column, or the value
        bool isValue = false;
        QString extract; // a column's pattern
    };
    struct ValueEdit // a unit or a value map
    {
        QString field;
        ColumnMapping::Unit unit = ColumnMapping::Unit::Ones;
        QString from; // empty for a unit
        QString to;
    };
    bool add(const QString &assignment, bool isValue, QString *error);
    // The field and the text of "FIELD<separator>TEXT"; nullptr and error set when either is
    // missing or the field unknown. usage is the form to show.
    const DatasetField *split(const QString &assignment, QChar separator, const QString &usage, QString *text,
                              QString *error) const;

    Dataset::Id m_dataset;
    QList<Edit> m_edits;
    QStringList m_codes;
    QList<ValueEdit> m_valueEdits;
    WideColumns m_wide;
};

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "datasetfield.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

class ImportProfile;

// Changes to a profile typed by a person, as on the command line: the column a field is read
// from, a value every row has for a field the file lacks, and codes that mean "not applicable".
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

    bool isEmpty() const;
    // Maps the fields as told (a column replaces a value and the other way round), then adds
    // the codes. The result may still need validating.
    void apply(ImportProfile *profile) const;

    // The field of dataset typed as its key or its name, or nullptr.
    static const DatasetField *findField(Dataset::Id dataset, const QString &typed);

private:
    struct Edit
    {
        QString field; // key
        QString text;  // the column, or the value
        bool isValue = false;
    };
    bool add(const QString &assignment, bool isValue, QString *error);

    Dataset::Id m_dataset;
    QList<Edit> m_edits;
    QStringList m_codes;
};

} // namespace milepost

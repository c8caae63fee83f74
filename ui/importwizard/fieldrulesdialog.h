// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/columnmapping.h"
#include "datasets/datasetfield.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace milepost {

// How one field is read beyond its column: the same value for every row when the file has no
// column for it ("2019-20"), the part of the column a pattern takes (01 from 01M015), the unit of
// an amount column (thousands), and the file's words for Milepost's ("Teachers" is certificated).
// What the pattern and the words make of the column's first values is shown as they are typed.
class FieldRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    // column is the header of the column chosen for the field, empty when none is; firstValues
    // its first cells. rules carries the mapping's value, extract, unit and valueMap.
    FieldRulesDialog(const DatasetField &field, const QString &column, const QStringList &firstValues,
                     const ColumnMapping &rules, QWidget *parent = nullptr);

    // The rules as the dialog holds them: value, extract, unit and valueMap (other members empty).
    ColumnMapping rules() const;
    // Why the rules cannot be used (a pattern that is not a regular expression, a word mapped
    // twice); empty when they can.
    QString problem() const;

    // A few words for the mapping page's button: "in thousands; 2 words read as others".
    static QString summary(const ColumnMapping &rules, bool hasColumn);

private:
    void addWord(const QString &from = QString(), const QString &to = QString());
    void removeWord();
    void updatePreview();

    const DatasetField &m_field;
    const bool m_hasColumn;
    const QStringList m_firstValues;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_extract = nullptr;
    QComboBox *m_unit = nullptr;
    QTableWidget *m_words = nullptr;
    QPushButton *m_removeWord = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace milepost

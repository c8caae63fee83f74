// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QListWidget;
class QRadioButton;

namespace milepost {

// Asks what File › Export CSV… writes — the table on screen as shown, or a whole dataset of
// the store — and how: with or without the byte order mark Excel needs for accents, dates as
// ISO 8601 or in the user's locale. The file name is asked for afterwards.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // tableName: what the table on screen shows ("plan", "findings"); datasets: the dataset
    // names the store can export (DatasetExporter::datasetNames()), empty when it cannot.
    CsvExportDialog(const QString &tableName, const QStringList &datasets, const CsvOptions &options,
                    QWidget *parent = nullptr);

    // The dataset chosen; empty for the table on screen.
    QString dataset() const;
    CsvOptions options() const;

    // "All milestones of the plan" for "milestones"; the name itself for one it does not know.
    static QString datasetTitle(const QString &dataset);

private:
    QListWidget *m_what = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
    QRadioButton *m_isoDates = nullptr;
    QRadioButton *m_localeDates = nullptr;
    CsvOptions m_options;
};

} // namespace milepost

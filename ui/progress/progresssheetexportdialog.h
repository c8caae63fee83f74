// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/progresstemplateexporter.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QRadioButton;

namespace milepost {

// File › Export Update Sheet…: which milestones an update sheet lists: the whole plan, one
// owner's or one office's (the owners and offices recorded so far, or a name typed).
class ProgressSheetExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ProgressSheetExportDialog(const QStringList &owners, const QStringList &offices, QWidget *parent = nullptr);

    ProgressTemplateExporter::Selection selection() const;
    // A file name that says whose sheet it is: "update-sheet", "update-sheet-ana-ruiz".
    QString suggestedName() const;

    QRadioButton *wholePlanButton() const { return m_whole; }
    QRadioButton *ownerButton() const { return m_ownerButton; }
    QRadioButton *officeButton() const { return m_officeButton; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *officeBox() const { return m_office; }

private:
    void updateEnabled();

    QRadioButton *m_whole = nullptr;
    QRadioButton *m_ownerButton = nullptr;
    QRadioButton *m_officeButton = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_office = nullptr;
};

} // namespace milepost

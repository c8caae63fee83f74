// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardpacksection.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QPushButton;

namespace milepost {

// File › Board Pack…: which sections to bind, in the pack's order, whether to add the rows of
// the figure drilled into on a dashboard page, and what to do with the pack: preview, print or
// PDF. Every choice has a mnemonic; Tab visits them in order, Enter exports the PDF.
class BoardPackDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Output { Preview, Print, Pdf };

    BoardPackDialog(const QList<BoardPackSection::Kind> &chosen, bool drilledTables, QWidget *parent = nullptr);

    QList<BoardPackSection::Kind> sections() const;
    void setSections(const QList<BoardPackSection::Kind> &sections);
    bool drilledTables() const;
    Output output() const { return m_output; }

    QCheckBox *sectionBox(BoardPackSection::Kind kind) const;
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }

private:
    void updateButtons();
    void finish(Output output);

    QList<QCheckBox *> m_boxes; // by BoardPackSection::all()
    QCheckBox *m_tables = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    Output m_output = Output::Pdf;
};

} // namespace milepost

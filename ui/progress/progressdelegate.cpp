// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdelegate.h"

#include "plantree/plantreemodel.h"
#include "progress/progressstatus.h"

#include <QComboBox>
#include <QSpinBox>

namespace milepost {

QWidget *ProgressDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == PlanTreeModel::StatusColumn) {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("statusEditor"));
        box->setAccessibleName(tr("Recorded status"));
        box->addItem(tr("Not recorded"), QString());
        for (ProgressStatus::Value value : ProgressStatus::all)
            box->addItem(ProgressStatus::label(value), ProgressStatus::key(value));
        // A choice is saved at once, without a second key press.
        connect(box, &QComboBox::activated, this, [this, box] {
            auto *self = const_cast<ProgressDelegate *>(this);
            Q_EMIT self->commitData(box);
            Q_EMIT self->closeEditor(box);
        });
        return box;
    }
    if (index.column() == PlanTreeModel::PercentColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("percentEditor"));
        spin->setAccessibleName(tr("Percent complete"));
        spin->setRange(-1, 100);
        spin->setSpecialValueText(tr("—"));
        spin->setSuffix(tr("%"));
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ProgressDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor); box && index.column() == PlanTreeModel::StatusColumn) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && index.column() == PlanTreeModel::PercentColumn) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProgressDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor); box && index.column() == PlanTreeModel::StatusColumn) {
        model->setData(index, box->currentData().toString(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && index.column() == PlanTreeModel::PercentColumn) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace milepost

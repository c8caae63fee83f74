// SPDX-License-Identifier: GPL-3.0-or-later
#include "opendatabaseaction.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace milepost {

OpenDatabaseAction::OpenDatabaseAction(QWidget *window)
    : QAction(tr("Open &Database…"), window)
    , m_window(window)
    , m_launcher([](const QString &target) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), target});
    })
{
    setObjectName(QStringLiteral("openDatabaseAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    setStatusTip(tr("Open a Milepost database file or a database on a PostgreSQL server in a new window"));
    connect(this, &QAction::triggered, this, [this] {
        const QString target = ask();
        if (!target.isEmpty() && !m_launcher(target))
            QMessageBox::warning(m_window, tr("Open Database"), tr("Milepost could not start a new window."));
    });
}

QString OpenDatabaseAction::ask()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("openDatabaseDialog"));
    dialog.setWindowTitle(tr("Open Database"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("&Database: a file, or a PostgreSQL server as postgresql://host/database, "
                                "“host=… dbname=…” or service=NAME. A password is asked for when the server "
                                "needs one; Milepost never stores it."),
                             &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    auto *target = new QLineEdit(&dialog);
    target->setObjectName(QStringLiteral("databaseTarget"));
    target->setMinimumWidth(420);
    label->setBuddy(target);
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, target] {
        const QString file = QFileDialog::getOpenFileName(&dialog, tr("Open Database"), QString(),
                                                          tr("Milepost databases (*.sqlite *.milepost *.db);;All files (*)"));
        if (!file.isEmpty())
            target->setText(file);
    });
    row->addWidget(target, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return target->text().trimmed();
}

} // namespace milepost

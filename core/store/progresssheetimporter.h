// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace milepost {

class ProgressRepository;

// Reads a filled-in progress update sheet (ProgressSheet) back: one update per row, for the
// milestone its Id names, setting the fields whose columns to fill in are not empty, with the
// row's Note and its As of date (today when empty).
//
// Every data row is stored, unchanged (the values were already so and there is no note),
// rejected with its line, column and reason (an id that is not in the plan, an unknown status
// word, a percent of 140, a day that cannot be read or is after today, a completion before the
// start, the same milestone twice), or blank (nothing to fill in given); the counts add up to
// the rows read. The rows taken are stored in one transaction: when it fails, nothing is.
class ProgressSheetImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressSheetImporter)

public:
    struct Rejection
    {
        qint64 line = 0;
        QString column;
        QString reason;
    };
    struct Report
    {
        bool ok = false; // the file was read and the rows taken were stored
        QString error; // why not
        qint64 read = 0;
        qint64 stored = 0;
        qint64 unchanged = 0;
        qint64 rejected = 0;
        qint64 blank = 0;
        QList<Rejection> rejections; // one or more per rejected row, in file order
    };

    ProgressSheetImporter(ProgressRepository &repository, const QString &enteredBy, const QDate &today);
    Report importFile(const QString &path) const;

private:
    ProgressRepository &m_repository;
    QString m_enteredBy;
    QDate m_today;
};

} // namespace milepost

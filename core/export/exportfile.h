// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace milepost {

// Where an export goes: a file written through QSaveFile, so that it appears only once it is
// complete and an earlier file of the same name survives a failed export untouched, or
// standard output for the path "-".
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    static QString standardOutputPath() { return QStringLiteral("-"); }

    explicit ExportFile(const QString &path);
    // Discards everything unless commit() succeeded.
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    // False, with a one-line reason in error, when the file cannot be created.
    bool open(QString *error);
    QIODevice *device() const;
    bool isStandardOutput() const { return m_path == standardOutputPath(); }
    const QString &path() const { return m_path; }

    // Makes the file appear under its name; false, with error set and nothing left behind,
    // when writing failed at any point.
    bool commit(QString *error);
    // Gives up: the temporary file is removed and an existing file keeps its contents.
    void cancel();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_standardOutput;
};

} // namespace milepost

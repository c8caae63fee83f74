// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QFileDevice;
class QIODevice;
class QSaveFile;

namespace milepost {

class CompleteWriteDevice;

// Where an export goes. A regular file (or a new one) is written through QSaveFile, so that it
// appears only once it is complete, flushed and synced, and an earlier file of the same name
// survives a failed export untouched. What is not a regular file — standard output for the
// path "-", /dev/null, a FIFO, a character device — is written directly: replacing it with a
// regular file would destroy it.
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
    // Whether the output is written in place (standard output, a device, a pipe).
    bool isDirect() const { return m_direct != nullptr; }
    const QString &path() const { return m_path; }

    // Makes the file appear under its name; false, with error set and nothing left behind,
    // when writing failed at any point: a write, the final flush, the sync to disk or the rename.
    bool commit(QString *error);
    // Gives up: the temporary file is removed and an existing file keeps its contents.
    void cancel();

    // The reason a file device gave, never empty and never Qt's "Unknown error": errno
    // (captured right after the failing call) when Qt has nothing better.
    static QString reasonOf(const QFileDevice &device, int systemError = 0);

private:
    bool fail(const QString &reason, QString *error);
    QFileDevice *target() const;


    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_direct;
    std::unique_ptr<CompleteWriteDevice> m_device; // what callers write to: m_file or m_direct
};

} // namespace milepost

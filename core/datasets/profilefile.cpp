// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefile.h"

#include "export/exportfile.h"

#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace milepost {

namespace {

const QString formatKey = QStringLiteral("milepostImportProfile");

std::optional<ImportProfile> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QByteArray ProfileFile::toBytes(const ImportProfile &profile)
{
    ImportProfile shared = profile;
    shared.builtIn = false;
    const QJsonObject root{{formatKey, formatVersion}, {QStringLiteral("profile"), shared.toJson()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ImportProfile> ProfileFile::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(error, tr("it is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!root.contains(formatKey))
        return failed(error, tr("it is not a Milepost import profile"));
    if (root.value(formatKey).toInt() != formatVersion)
        return failed(error, tr("it was written by another version of Milepost (format %1; this one reads %2)")
                                 .arg(root.value(formatKey).toVariant().toString())
                                 .arg(formatVersion));
    QString problem;
    std::optional<ImportProfile> profile = ImportProfile::fromJson(root.value(QStringLiteral("profile")).toObject(), &problem);
    if (!profile)
        return failed(error, problem);
    if (profile->name.trimmed().isEmpty())
        return failed(error, tr("the profile has no name"));
    return profile;
}

bool ProfileFile::write(const ImportProfile &profile, const QString &path, QString *error)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    const QByteArray bytes = toBytes(profile);
    if (file.device()->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.device()->errorString());
        file.cancel();
        return false;
    }
    return file.commit(error);
}

std::optional<ImportProfile> ProfileFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(error, tr("cannot open %1: %2").arg(path, ExportFile::reasonOf(file)));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return failed(error, tr("%1 is too large to be an import profile").arg(path));
    QString problem;
    std::optional<ImportProfile> profile = fromBytes(bytes, &problem);
    if (!profile)
        return failed(error, tr("%1 cannot be read as an import profile: %2").arg(path, problem));
    return profile;
}

} // namespace milepost

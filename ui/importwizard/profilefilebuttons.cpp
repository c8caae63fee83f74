// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefilebuttons.h"

#include "datasets/profilefile.h"
#include "store/profilerepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace milepost {

ProfileFileButtons::ProfileFileButtons(ProfileRepository &profiles, CurrentProfile current, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_current(std::move(current))
{
    auto *exportButton = new QPushButton(tr("E&xport Profile…"));
    exportButton->setAccessibleName(tr("Export this mapping as a profile file"));
    exportButton->setToolTip(tr("Write this mapping to a file, to share it with colleagues"));
    auto *importButton = new QPushButton(tr("I&mport Profile…"));
    importButton->setAccessibleName(tr("Import a profile file"));
    importButton->setToolTip(tr("Save a profile a colleague shared as a file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(exportButton);
    layout->addWidget(importButton);
    connect(exportButton, &QPushButton::clicked, this, &ProfileFileButtons::chooseAndExport);
    connect(importButton, &QPushButton::clicked, this, &ProfileFileButtons::chooseAndImport);
}

bool ProfileFileButtons::exportTo(const QString &path, QString *error)
{
    ImportProfile profile = m_current();
    if (profile.builtIn || profile.name.trimmed().isEmpty()) {
        profile.name = QFileInfo(path).completeBaseName();
        profile.builtIn = false;
    }
    if (!profile.validate(error))
        return false;
    return ProfileFile::write(profile, path, error);
}

std::optional<ImportProfile> ProfileFileButtons::importFrom(const QString &path, Replace replace, QString *error,
                                                            bool *differs)
{
    if (differs)
        *differs = false;
    std::optional<ImportProfile> profile = ProfileFile::read(path, error);
    if (!profile)
        return std::nullopt;
    const std::optional<ImportProfile> saved = m_profiles.profile(profile->name);
    if (saved && *saved != *profile && replace == Replace::No) {
        if (differs)
            *differs = true;
        if (error)
            *error = tr("A different profile “%1” is already saved.").arg(profile->name);
        return std::nullopt;
    }
    if (!m_profiles.save(*profile, error))
        return std::nullopt;
    Q_EMIT imported(profile->name);
    return profile;
}

void ProfileFileButtons::chooseAndExport()
{
    ImportProfile profile = m_current();
    const QString suggested =
        QDir::home().filePath((profile.builtIn || profile.name.isEmpty() ? tr("profile") : profile.name) + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Profile"), suggested, tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        Q_EMIT message(tr("Exported the mapping to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(tr("⚠ Not exported: %1").arg(error));
}

void ProfileFileButtons::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Profile"), QDir::homePath(), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    bool differs = false;
    std::optional<ImportProfile> profile = importFrom(path, Replace::No, &error, &differs);
    if (!profile && differs
        && QMessageBox::question(this, tr("Import Profile"), tr("%1 Replace it with the one in %2?")
                                                                 .arg(error, QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
        profile = importFrom(path, Replace::Yes, &error);
    if (!profile) {
        if (!differs)
            Q_EMIT message(tr("⚠ Not imported: %1").arg(error));
        return;
    }
    Q_EMIT message(tr("Saved the profile “%1” (%2) from %3.")
                       .arg(profile->name, Dataset::name(profile->dataset).toLower(), QFileInfo(path).fileName()));
}

} // namespace milepost

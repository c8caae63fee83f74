// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecommand.h"

#include "commandio.h"

#include "datasets/profilefile.h"
#include "export/exportfile.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QDir>

#include <memory>

namespace milepost {

const QString ProfileCommand::name = QStringLiteral("profile");

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_replaceOption);
}

QString ProfileCommand::helpText()
{
    return tr("  profile export NAME FILE [--db PATH]\n"
              "      Write the built-in or saved import profile NAME to FILE (JSON; - for standard\n"
              "      output), to share a mapping with colleagues.\n"
              "  profile import FILE [--replace] [--db PATH]\n"
              "      Save the profile in FILE in the database, for import --profile NAME; a saved profile\n"
              "      of the same name is replaced only with --replace.\n");
}

int ProfileCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    const QString action = positional.value(1);
    if (action == QLatin1String("export") && positional.size() == 4)
        return exportProfile(databasePath, positional.at(2), positional.at(3));
    if (action == QLatin1String("import") && positional.size() == 3)
        return importProfile(databasePath, positional.at(2), parser.isSet(m_replaceOption));
    CommandIo::printError(tr("milepost: profile takes export NAME FILE or import FILE; try “milepost --help”"));
    return CommandIo::UsageError;
}

int ProfileCommand::exportProfile(const QString &databasePath, const QString &profileName, const QString &file) const
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    const std::optional<ImportProfile> profile = ProfileRepository(*database).find(profileName, &error);
    if (!profile) {
        CommandIo::printError(error.isEmpty() ? tr("milepost: there is no profile “%1”").arg(profileName)
                                              : tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    if (!ProfileFile::write(*profile, file, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    if (file != ExportFile::standardOutputPath())
        CommandIo::printOut(tr("Wrote the profile “%1” (%2) to %3.")
                                .arg(profile->name, Dataset::key(profile->dataset), QDir::toNativeSeparators(file)));
    return CommandIo::Success;
}

int ProfileCommand::importProfile(const QString &databasePath, const QString &file, bool replace) const
{
    QString error;
    const std::optional<ImportProfile> profile = ProfileFile::read(file, &error);
    if (!profile) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    ProfileRepository profiles(*database);
    const std::optional<ImportProfile> saved = profiles.profile(profile->name);
    if (saved && *saved == *profile) {
        CommandIo::printOut(tr("The profile “%1” is already saved as %2 has it; nothing changed.")
                                .arg(profile->name, QDir::toNativeSeparators(file)));
        return CommandIo::Success;
    }
    if (saved && !replace) {
        CommandIo::printError(tr("milepost: a different profile “%1” is already saved; nothing changed. Use --replace "
                                 "to replace it with the one in %2.")
                                  .arg(profile->name, QDir::toNativeSeparators(file)));
        return CommandIo::Failure;
    }
    if (!profiles.save(*profile, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    CommandIo::printOut(tr("Saved the profile “%1” (%2) from %3%4; milepost import --profile \"%1\" uses it.")
                            .arg(profile->name, Dataset::key(profile->dataset), QDir::toNativeSeparators(file),
                                 saved ? tr(", replacing the one saved before") : QString()));
    return CommandIo::Success;
}

} // namespace milepost

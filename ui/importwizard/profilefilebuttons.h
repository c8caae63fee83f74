// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/importprofile.h"

#include <QWidget>

#include <functional>
#include <optional>

namespace milepost {

class ProfileRepository;

// Export Profile… and Import Profile… on the mapping page: the mapping shown, written to a file
// to share with colleagues (ProfileFile), and a colleague's file saved as a profile. A mapping
// without a name of its own (the suggestion, a built-in profile) is named after the file.
class ProfileFileButtons final : public QWidget
{
    Q_OBJECT

public:
    using CurrentProfile = std::function<ImportProfile()>;

    ProfileFileButtons(ProfileRepository &profiles, CurrentProfile current, QWidget *parent = nullptr);

    // Without dialogs (the buttons' path after the file dialog, and tests); false with error set.
    bool exportTo(const QString &path, QString *error);
    enum class Replace { No, Yes };
    // The profile saved from path (imported() follows); nullopt with error set, and *differs
    // set when a different profile of that name is saved and replace is No.
    std::optional<ImportProfile> importFrom(const QString &path, Replace replace, QString *error,
                                            bool *differs = nullptr);

Q_SIGNALS:
    // A profile was saved from a file: the page lists the profiles again and shows it.
    void imported(const QString &name);
    // One line for the page's status.
    void message(const QString &text);

private:
    void chooseAndExport();
    void chooseAndImport();

    ProfileRepository &m_profiles;
    CurrentProfile m_current;
};

} // namespace milepost

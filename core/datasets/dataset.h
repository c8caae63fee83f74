// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

// The kinds of district data Milepost imports from files.
class Dataset final
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)

public:
    enum Id { Staffing, Enrollment, CapitalProjects };
    static constexpr Id all[] = {Staffing, Enrollment, CapitalProjects};

    // "staffing", "enrollment", "projects": stable keys for the database, profiles and the
    // command line. Never translated.
    static QString key(Id dataset);
    static std::optional<Id> fromKey(const QString &key);
    // "Staffing", "Enrollment", "Capital projects".
    static QString name(Id dataset);
};

} // namespace milepost

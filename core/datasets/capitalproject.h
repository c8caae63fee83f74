// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicable.h"
#include "capitalphase.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

// A capital project at one site and its phases. Exports write one row per phase; the rows of
// one project share its key.
struct CapitalProject final
{
    QString key;  // the source's project key, or one Milepost composes (see CapitalProjectKey)
    QString siteCode;
    QString schoolName;
    QString region;        // Local District, or a geographic district
    QString boardDistrict;
    QString projectType;
    QString description;
    Applicable<QStringList> funding; // references such as DSF numbers
    QList<CapitalPhase> phases;
    qint64 sourceLine = 0; // the first row of the project
    QString source; // the imported source it was stored from (DatasetRepository); empty when not stored

    friend bool operator==(const CapitalProject &, const CapitalProject &) = default;
};

} // namespace milepost

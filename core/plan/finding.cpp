// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include <array>

namespace milepost {

namespace {
constexpr std::array allKinds{Finding::Kind::InvalidDate,    Finding::Kind::UnrecognisedValue,
                              Finding::Kind::MissingValue,   Finding::Kind::EndBeforeStart,
                              Finding::Kind::MarksDisagree,  Finding::Kind::UnreadableTable};
}

QString Finding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::InvalidDate:
        return QStringLiteral("invalid-date");
    case Kind::UnrecognisedValue:
        return QStringLiteral("unrecognised-value");
    case Kind::MissingValue:
        return QStringLiteral("missing-value");
    case Kind::EndBeforeStart:
        return QStringLiteral("end-before-start");
    case Kind::MarksDisagree:
        return QStringLiteral("marks-disagree");
    case Kind::UnreadableTable:
        break;
    }
    return QStringLiteral("unreadable-table");
}

Finding::Kind Finding::kindFromKey(const QString &key, bool *ok)
{
    for (Kind kind : allKinds) {
        if (kindKey(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::UnreadableTable;
}

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidDate:
        return tr("Invalid date");
    case Kind::UnrecognisedValue:
        return tr("Unrecognised value");
    case Kind::MissingValue:
        return tr("Missing value");
    case Kind::EndBeforeStart:
        return tr("End before start");
    case Kind::MarksDisagree:
        return tr("Marks disagree with dates");
    case Kind::UnreadableTable:
        break;
    }
    return tr("Unreadable table");
}

} // namespace milepost

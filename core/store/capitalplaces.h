// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace milepost {

// The places the capital projects name, which the dashboard's filter offers: the distinct Local
// Districts (regions) and board districts, and the distinct (region, school name) pairs, each as
// stored (empty ones left out; a NULL region kept apart from an empty one), in the order of the
// first project that names them. Told a project at a time, its texts compared as UTF-8 bytes and
// made QStrings once each: a million projects name a few thousand places.
class CapitalPlaces final
{
public:
    struct Lists
    {
        QStringList regions;
        QStringList boardDistricts;
        QList<std::pair<QString, QString>> schoolRegions; // (region, school name)
    };

    // A project's region, board district and school name (nullopt: NULL).
    void add(std::optional<std::string_view> region, std::optional<std::string_view> boardDistrict,
             std::optional<std::string_view> schoolName);
    const Lists &lists() const { return m_lists; }

private:
    Lists m_lists;
    std::unordered_set<std::string> m_regions;
    std::unordered_set<std::string> m_boards;
    std::unordered_set<std::string> m_schools;
    std::string m_key; // a school's key, reused
    // The values told last (empty before any).
    std::string m_lastRegion;
    std::string m_lastBoard;
    std::string m_lastSchool;
};

} // namespace milepost

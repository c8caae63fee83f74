// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/datasetschema.h"
#include "datasets/recordkey.h"

#include <vector>

using namespace milepost;

namespace {

// A row of dataset with every cell missing but those given.
std::vector<ParsedCell> row(Dataset::Id dataset, std::initializer_list<std::pair<const char *, ParsedCell>> cells)
{
    std::vector<ParsedCell> result(std::size_t(DatasetSchema::fields(dataset).size()));
    for (const auto &[key, cell] : cells)
        result[std::size_t(DatasetSchema::indexOf(dataset, QString::fromLatin1(key)))] = cell;
    return result;
}

ParsedCell value(std::string_view text)
{
    return {ParsedCell::State::Value, text, 0, 0};
}

ParsedCell code(std::string_view text)
{
    return {ParsedCell::State::NotApplicable, text, 0, 0};
}

std::string keyOf(Dataset::Id dataset, const std::vector<ParsedCell> &cells)
{
    std::string key = "stale";
    RecordKey(dataset).build(cells, &key);
    return key;
}

} // namespace

TEST_CASE("a staffing row's key joins its key fields, values only, in schema order", "[datasets][key]")
{
    const std::string key = keyOf(Dataset::Staffing, row(Dataset::Staffing, {{"period", value("2022-23")},
                                                                            {"local_district", value("C")},
                                                                            {"job_category", value("Teacher")},
                                                                            {"hires", value("412")},
                                                                            {"site", code("N/A")}}));
    CHECK(key.find("2022-23") != std::string::npos);
    CHECK(key.find('C') != std::string::npos);
    CHECK(key.find("Teacher") != std::string::npos);
    CHECK(key.find("412") == std::string::npos); // not a key field
    CHECK(key.find("N/A") == std::string::npos); // a code is no value
    CHECK(key.find(RecordKey::separator) != std::string::npos);
}

TEST_CASE("a capital phase's key is its project's: the source's key, else site, type, description and funding",
          "[datasets][key]")
{
    const Dataset::Id capital = Dataset::CapitalProjects;
    CHECK(keyOf(capital, row(capital, {{"project_key", value("P-17")}, {"site_code", value("K001")}})) == "P-17");
    const std::string composite = keyOf(capital, row(capital, {{"site_code", value("K001")},
                                                               {"project_type", value("SCA CIP")},
                                                               {"description", value("EXTERIOR MASONRY")},
                                                               {"funding", code("DOES")},
                                                               {"phase", value("Design")}}));
    CHECK(composite == "K001\x1FSCA CIP\x1F" "EXTERIOR MASONRY\x1F" "DOES"); // a code tells projects apart too
    CHECK(keyOf(capital, row(capital, {{"site_code", value("K001")}, {"description", value("ROOF")}}))
          == "K001\x1F\x1FROOF\x1F");
    CHECK(RecordKey::hashOf(composite) == RecordKey::hashOf(std::string(composite)));
}

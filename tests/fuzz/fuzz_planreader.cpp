// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a plan report's bytes decoded as TextFile does and read by PlanReader, in
// memory (PlanReader::readFile is TextFile::read followed by these two steps).
#include "fuzzapplication.h"

#include "io/textfile.h"
#include "plan/planplausibility.h"
#include "plan/planreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace milepost;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::createApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextFile::Contents contents = TextFile::decode(bytes);
    if (!contents.ok) {
        fuzz::require(!contents.error.isEmpty(), "an undecodable file says why");
        return 0;
    }

    const PlanImportResult result = PlanReader::readText(contents.text, QStringLiteral("fuzz-plan.txt"));
    if (!result.ok) {
        fuzz::require(!result.error.isEmpty(), "a plan that cannot be read says why");
        return 0;
    }
    fuzz::require(!result.plan.objectives.isEmpty(), "a plan read has objectives");
    for (qsizetype i = 1; i < result.findings.size(); ++i)
        fuzz::require(result.findings[i - 1].line <= result.findings[i].line, "findings are in line order");
    for (const Finding &finding : result.findings)
        fuzz::require(!finding.message.isEmpty(), "a finding says what it found");
    for (const Objective &objective : result.plan.objectives) {
        for (const Milestone &milestone : objective.milestones) {
            for (const PlanDate *date : {&milestone.start, &milestone.end}) {
                if (date->isDated())
                    fuzz::require(date->firstDay().isValid() && date->firstDay() <= date->lastDay(),
                                  "a dated start or end covers at least a day");
            }
        }
    }
    PlanPlausibility::concern(result);
    return 0;
}

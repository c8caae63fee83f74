// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinesettings.h"

#include "quartertimescale.h"

#include <QSettings>

#include <cmath>

namespace milepost {

namespace {

const QString group = QStringLiteral("timeline");

} // namespace

TimelineSettings TimelineSettings::load(QSettings &settings)
{
    TimelineSettings result;
    settings.beginGroup(group);
    if (settings.value(QStringLiteral("version")).toInt() != version) {
        settings.endGroup();
        return result;
    }
    bool ok = false;
    const qreal zoom = settings.value(QStringLiteral("pixelsPerDay")).toDouble(&ok);
    if (ok && std::isfinite(zoom))
        result.pixelsPerDay = qBound(QuarterTimeScale::minimumPixelsPerDay, zoom, QuarterTimeScale::maximumPixelsPerDay);
    result.fiscal = settings.value(QStringLiteral("fiscal"), result.fiscal).toBool();
    const int month = settings.value(QStringLiteral("fiscalFirstMonth"), result.fiscalFirstMonth).toInt();
    if (month >= 1 && month <= 12)
        result.fiscalFirstMonth = month;
    result.asOf = QDate::fromString(settings.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    const int dueSoon = settings.value(QStringLiteral("dueSoonDays"), result.dueSoonDays).toInt();
    if (dueSoon >= 0 && dueSoon <= 365)
        result.dueSoonDays = dueSoon;
    result.showMarks = settings.value(QStringLiteral("showMarks"), result.showMarks).toBool();
    const int subject = settings.value(QStringLiteral("subject"), result.subject).toInt();
    if (subject >= 0 && subject <= 2)
        result.subject = subject;
    result.greyscale = settings.value(QStringLiteral("greyscale"), result.greyscale).toBool();
    result.leftDate = QDate::fromString(settings.value(QStringLiteral("leftDate")).toString(), Qt::ISODate);
    result.collapsed = settings.value(QStringLiteral("collapsed")).toStringList();
    result.treeHeader = settings.value(QStringLiteral("treeHeader")).toByteArray();
    result.capitalTreeHeader = settings.value(QStringLiteral("capitalTreeHeader")).toByteArray();
    result.staffingTreeHeader = settings.value(QStringLiteral("staffingTreeHeader")).toByteArray();
    result.splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    settings.endGroup();
    return result;
}

void TimelineSettings::save(QSettings &settings) const
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("version"), version);
    settings.setValue(QStringLiteral("pixelsPerDay"), pixelsPerDay);
    settings.setValue(QStringLiteral("fiscal"), fiscal);
    settings.setValue(QStringLiteral("fiscalFirstMonth"), fiscalFirstMonth);
    settings.setValue(QStringLiteral("asOf"), asOf.isValid() ? asOf.toString(Qt::ISODate) : QString());
    settings.setValue(QStringLiteral("dueSoonDays"), dueSoonDays);
    settings.setValue(QStringLiteral("showMarks"), showMarks);
    settings.setValue(QStringLiteral("subject"), subject);
    settings.setValue(QStringLiteral("greyscale"), greyscale);
    settings.setValue(QStringLiteral("leftDate"), leftDate.isValid() ? leftDate.toString(Qt::ISODate) : QString());
    settings.setValue(QStringLiteral("collapsed"), collapsed);
    settings.setValue(QStringLiteral("treeHeader"), treeHeader);
    settings.setValue(QStringLiteral("capitalTreeHeader"), capitalTreeHeader);
    settings.setValue(QStringLiteral("staffingTreeHeader"), staffingTreeHeader);
    settings.setValue(QStringLiteral("splitter"), splitter);
    settings.endGroup();
}

} // namespace milepost

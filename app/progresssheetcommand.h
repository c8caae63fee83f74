// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace milepost {

// Progress update sheets on the command line, headless:
//   export --dataset progress-template [--owner NAME] --csv OUT   (ProgressTemplateExporter)
//   import --dataset progress FILE [--by NAME]                    (ProgressSheetImporter)
// The export and import commands hand these datasets over; the options are theirs and the
// update command's (--owner, --by).
class ProgressSheetCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressSheetCommand)

public:
    static QString importDatasetName() { return QStringLiteral("progress"); }
    static QString helpText();
    static int exportTemplate(const QCommandLineParser &parser, const QString &output, const QString &databasePath,
                              const CsvOptions &options);
    static int importSheet(const QCommandLineParser &parser, const QString &file, const QString &databasePath);
};

} // namespace milepost

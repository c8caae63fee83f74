// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingpage.h"

#include "datasets/dateformat.h"
#include "datasets/datasetschema.h"
#include "datasets/mappingsamplecheck.h"
#include "datasets/mappingsuggester.h"
#include "fieldrulesdialog.h"
#include "importwizard.h"
#include "profilefilebuttons.h"
#include "widecolumnsdialog.h"
#include "store/profilerepository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace milepost {

namespace {

// Rows the mapping is tried on before the import; a field that rejects every one of at least
// minimumRowsToBlock of them cannot be meant.
constexpr int sampleRows = 200;
constexpr int minimumRowsToBlock = 3;

enum GridColumn { FieldColumn, FileColumn, FormatColumn, CodesColumn, RulesColumn, SampleColumn };

QStringList splitCodes(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            codes.append(part.trimmed());
    }
    return codes;
}

} // namespace

MappingPage::MappingPage(ProfileRepository &profiles, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the column that holds each field. Dates are read in the format you choose, never "
                   "guessed; codes listed for a column are kept as “not applicable”."));

    m_profile = new QComboBox;
    m_profile->setAccessibleName(tr("Profile"));
    m_profileNote = new QLabel;
    m_profileNote->setWordWrap(true);
    m_profileNote->setAccessibleName(tr("About the profile"));
    m_save = new QPushButton(tr("&Save as Profile…"));
    m_save->setAccessibleName(tr("Save this mapping as a profile"));
    m_profileFiles = new ProfileFileButtons(
        profiles, [this] {
            ImportProfile profile = currentProfile();
            if (m_profile->currentIndex() <= 0 || m_shown.builtIn)
                profile.name.clear(); // the suggestion or a built-in profile: named after the file
            return profile;
        });

    auto *gridWidget = new QWidget;
    m_grid = new QGridLayout(gridWidget);
    m_grid->setColumnStretch(SampleColumn, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(gridWidget);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Fields and their columns"));

    m_decimal = new QComboBox;
    m_decimal->addItem(tr("1,234.56 (decimal point)"), QStringLiteral("."));
    m_decimal->addItem(tr("1.234,56 (decimal comma)"), QStringLiteral(","));
    m_decimal->setAccessibleName(tr("Number format"));
    m_pivot = new QSpinBox;
    m_pivot->setRange(0, 99);
    m_pivot->setAccessibleName(tr("Two-digit years below this are in the 2000s"));
    m_pivot->setToolTip(tr("A two-digit year below this number is in the 2000s, the others in the 1900s: with 30, "
                           "22 is 2022 and 45 is 1945."));
    m_source = new QLineEdit;
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("Importing a newer file into the same source updates its rows by key and removes the rows "
                            "the new file no longer has; the report lists them."));
    m_wideButton = new QPushButton(tr("&Wide File…"));
    m_wideButton->setAccessibleName(tr("Columns that are rows of their own"));
    m_wideButton->setToolTip(tr("For a file with one column per year or per grade"));
    m_wideNote = new QLabel;
    m_wideNote->setWordWrap(true);
    m_wideNote->setAccessibleName(tr("Which columns are rows of their own"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Whether the mapping can be used"));

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_save);
    profileRow->addWidget(m_profileFiles);
    auto *options = new QFormLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"));
    profileLabel->setBuddy(m_profile);
    auto *decimalLabel = new QLabel(tr("&Numbers:"));
    decimalLabel->setBuddy(m_decimal);
    auto *pivotLabel = new QLabel(tr("Two-digit &years below:"));
    pivotLabel->setBuddy(m_pivot);
    auto *sourceLabel = new QLabel(tr("S&ource:"));
    sourceLabel->setBuddy(m_source);
    options->addRow(profileLabel, profileRow);
    options->addRow(QString(), m_profileNote);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(decimalLabel);
    bottom->addWidget(m_decimal);
    bottom->addSpacing(16);
    bottom->addWidget(pivotLabel);
    bottom->addWidget(m_pivot);
    bottom->addSpacing(16);
    bottom->addWidget(sourceLabel);
    bottom->addWidget(m_source, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(scroll, 1);
    auto *wideRow = new QHBoxLayout;
    wideRow->addWidget(m_wideNote, 1);
    wideRow->addWidget(m_wideButton);
    layout->addLayout(wideRow);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &MappingPage::profileChosen);
    connect(m_save, &QPushButton::clicked, this, &MappingPage::saveProfile);
    connect(m_profileFiles, &ProfileFileButtons::message, m_status, &QLabel::setText);
    connect(m_profileFiles, &ProfileFileButtons::imported, this, [this](const QString &name) {
        fillProfiles();
        for (int i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles.at(i).name == name)
                m_profile->setCurrentIndex(i + 1);
        }
    });
    connect(m_wideButton, &QPushButton::clicked, this, &MappingPage::editWide);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &MappingPage::updateStatus);
    connect(m_pivot, &QSpinBox::valueChanged, this, &MappingPage::updateStatus);
    connect(m_source, &QLineEdit::textEdited, this, [this] { m_sourceEdited = true; });
    connect(m_source, &QLineEdit::textChanged, this, &MappingPage::updateStatus);
}

void MappingPage::initializePage()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const bool newFile = m_scannedFile != importWizard->filePath;
    if (!m_built || newFile || m_builtFor != importWizard->dataset || m_headerBuiltFor != importWizard->preview.header) {
        buildRows();
        scanDateOrders();
        QList<QStringList> sample;
        for (const CsvPreview::Row &row : importWizard->preview.rows)
            sample.append(row.fields);
        m_suggested = MappingSuggester::suggest(importWizard->dataset, importWizard->preview.header, sample);
        m_suggested.name = tr("custom");
        // The first rows may all read both ways; the whole column may not. The person still
        // chooses: this only fills in the format the column proves.
        for (ColumnMapping &mapping : m_suggested.columns) {
            const int column = MappingSuggester::columnIndex(importWizard->preview.header, mapping);
            if (column >= 0 && column < m_dateOrders.size() && !mapping.dateFormat.isEmpty()
                && DateFormat::fromPattern(mapping.dateFormat).orderInDoubt())
                mapping.dateFormat.clear(); // told from the first rows only; the column decides below
            if (column >= 0 && column < m_dateOrders.size() && mapping.dateFormat.isEmpty()
                && DatasetSchema::field(importWizard->dataset, mapping.field)->kind == DatasetField::Kind::Date)
                mapping.dateFormat = m_dateOrders.at(column).detectedPattern();
        }
        fillProfiles();
    }
    updateSamples();
    updateStatus();
}

void MappingPage::scanDateOrders()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    QList<int> columns;
    for (int c = 0; c < importWizard->preview.header.size(); ++c)
        columns.append(c);
    QString error;
    m_dateOrders = DateOrderDetector::scanFile(importWizard->filePath, importWizard->preview.detection.dialect, columns,
                                               &error);
    m_scannedFile = importWizard->filePath;
}

QString MappingPage::dateOrderProblem() const
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    for (const FieldRow &row : m_rows) {
        const int column = row.column->currentData().toInt();
        if (!row.dateFormat || column < 0 || column >= m_dateOrders.size())
            continue;
        const DateOrderDetector &detector = m_dateOrders.at(column);
        const QString label = DatasetSchema::fields(importWizard->dataset).at(row.field).label();
        if (detector.order() == DateOrderDetector::Order::Mixed)
            return tr("%1. Correct the file: no one format reads it.").arg(detector.describe(label));
        const DateFormat format = DateFormat::fromPattern(row.dateFormat->currentText().trimmed());
        if (!format.isValid() || !format.orderInDoubt())
            continue;
        const bool wrong = (detector.order() == DateOrderDetector::Order::DayFirst && format.monthBeforeDay())
            || (detector.order() == DateOrderDetector::Order::MonthFirst && !format.monthBeforeDay());
        if (wrong)
            return tr("%1, but %2 reads it %3: choose %4.")
                .arg(detector.describe(label), format.pattern(), format.orderName(), format.swapped().pattern());
    }
    return {};
}

void MappingPage::buildRows()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    m_updating = true;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();

    const QStringList titles{tr("Field"), tr("Column in the file"), tr("Date format"),
                             tr("Codes for “not applicable”"), tr("How to read"), tr("First value")};
    const QList<DatasetField> &datasetFields = DatasetSchema::fields(importWizard->dataset);
    const bool hasDates = std::any_of(datasetFields.begin(), datasetFields.end(),
                                      [](const DatasetField &field) { return field.kind == DatasetField::Kind::Date; });
    for (int column = 0; column < titles.size(); ++column) {
        if (column == FormatColumn && !hasDates)
            continue;
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(titles.at(column).toHtmlEscaped()));
        m_grid->addWidget(title, 0, column);
    }
    const QStringList &header = importWizard->preview.header;
    const QList<DatasetField> &fields = DatasetSchema::fields(importWizard->dataset);
    for (int i = 0; i < fields.size(); ++i) {
        const DatasetField &field = fields.at(i);
        FieldRow row;
        row.field = i;
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label()) : field.label());
        label->setToolTip(field.required ? tr("%1 (%2): every row needs it").arg(field.label(), DatasetField::kindName(field.kind))
                                         : tr("%1 (%2)").arg(field.label(), DatasetField::kindName(field.kind)));
        row.column = new QComboBox;
        row.column->addItem(tr("— not in this file —"), -1);
        for (int c = 0; c < header.size(); ++c)
            row.column->addItem(tr("%1: %2").arg(c + 1).arg(header.at(c).trimmed()), c);
        row.column->setAccessibleName(tr("Column for %1").arg(field.label()));
        // Long header names stay readable in the list without pushing the first values away.
        row.column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.column->setMinimumContentsLength(24);
        label->setBuddy(row.column);
        m_grid->addWidget(label, i + 1, FieldColumn);
        m_grid->addWidget(row.column, i + 1, FileColumn);
        if (field.kind == DatasetField::Kind::Date) {
            row.dateFormat = new QComboBox;
            row.dateFormat->setEditable(true);
            row.dateFormat->addItem(QString());
            row.dateFormat->addItems(DateFormat::commonPatterns());
            row.dateFormat->setAccessibleName(tr("Date format of %1").arg(field.label()));
            row.dateFormat->setToolTip(tr("Y year (YYYY four digits, YY two), M month (MMM its name), D day"));
            m_grid->addWidget(row.dateFormat, i + 1, FormatColumn);
            connect(row.dateFormat, &QComboBox::currentTextChanged, this, &MappingPage::updateStatus);
        }
        row.codes = new QLineEdit;
        row.codes->setAccessibleName(tr("Codes meaning %1 does not apply").arg(field.label()));
        row.codes->setPlaceholderText(field.codes ? tr("e.g. N/A, PNS") : QString());
        row.codes->setMaximumWidth(130);
        // Only values that may be "not applicable" keep a code; a required field rejects the row.
        row.codes->setEnabled(field.codes || field.required);
        m_grid->addWidget(row.codes, i + 1, CodesColumn);
        row.rules = new QPushButton(tr("More…"));
        row.rules->setAccessibleName(tr("How to read %1").arg(field.label()));
        row.rules->setToolTip(tr("A value for every row, part of the column, the unit of amounts, the file's words"));
        m_grid->addWidget(row.rules, i + 1, RulesColumn);
        row.sample = new QLabel;
        row.sample->setAccessibleName(tr("First value of %1").arg(field.label()));
        row.sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Takes the room left, elided, rather than widening the grid past the page.
        row.sample->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.sample->setMinimumWidth(80);
        m_grid->addWidget(row.sample, i + 1, SampleColumn);
        connect(row.column, &QComboBox::currentIndexChanged, this, [this] {
            updateSamples();
            updateStatus();
        });
        connect(row.codes, &QLineEdit::textChanged, this, &MappingPage::updateStatus);
        connect(row.rules, &QPushButton::clicked, this, [this, i] { editRules(m_rows[std::size_t(i)]); });
        m_rows.push_back(row);
    }
    m_grid->setRowStretch(int(fields.size()) + 1, 1);
    m_builtFor = importWizard->dataset;
    m_headerBuiltFor = header;
    m_built = true;
    m_updating = false;
}

void MappingPage::fillProfiles()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    const QStringList &header = importWizard->preview.header;
    m_profiles = importWizard->profiles().available(importWizard->dataset);
    m_updating = true;
    m_profile->clear();
    m_profile->addItem(tr("Suggested from the file's header"));
    for (const ImportProfile &profile : m_profiles) {
        const QStringList missing = MappingSuggester::missingColumns(profile, header);
        const QString fit = missing.isEmpty()                          ? tr("fits this file")
            : MappingSuggester::fitted(profile, header)                ? tr("fits this file without %n optional column(s)", nullptr, int(missing.size()))
                                                                       : tr("%n column(s) missing", nullptr, int(missing.size()));
        m_profile->addItem(profile.builtIn ? tr("%1 (built in; %2)").arg(profile.name, fit) : tr("%1 (%2)").arg(profile.name, fit));
    }
    m_updating = false;
    // Chosen by itself only when the file has every column of the profile: a profile that fits
    // without some optional columns is offered, but the suggestion, whose date formats come
    // from the file's own values, stays first.
    QList<ImportProfile> complete;
    for (const ImportProfile &profile : std::as_const(m_profiles)) {
        if (MappingSuggester::missingColumns(profile, header).isEmpty())
            complete.append(profile);
    }
    const auto best = MappingSuggester::bestProfile(complete, header);
    int index = 0;
    if (best) {
        for (int i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles.at(i).name == best->name)
                index = i + 1;
        }
    }
    if (m_profile->currentIndex() == index)
        profileChosen();
    else
        m_profile->setCurrentIndex(index);
}

void MappingPage::profileChosen()
{
    if (m_updating || m_profile->currentIndex() < 0)
        return;
    const int index = m_profile->currentIndex();
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const ImportProfile &chosen = index == 0 ? m_suggested : m_profiles.at(index - 1);
    // Optional fields the file has no column for are left unmapped rather than shown missing.
    QStringList leftOut;
    const ImportProfile profile = MappingSuggester::fitted(chosen, importWizard->preview.header, &leftOut).value_or(chosen);
    showProfile(profile);
    if (index == 0)
        m_profileNote->setText(tr("Columns whose names match a field are chosen; check them, and choose a date format "
                                  "where none could be told from the first rows."));
    else if (!profile.description.isEmpty())
        m_profileNote->setText(profile.description);
    else
        m_profileNote->clear();
    const QStringList missing = MappingSuggester::missingColumns(profile, importWizard->preview.header);
    if (!missing.isEmpty())
        m_profileNote->setText(m_profileNote->text() + QLatin1Char(' ')
                               + tr("This file lacks its columns: %1.").arg(missing.join(QStringLiteral(", "))));
    if (!leftOut.isEmpty()) {
        QStringList labels;
        for (const QString &key : leftOut) {
            if (const DatasetField *field = DatasetSchema::field(importWizard->dataset, key))
                labels.append(field->label());
        }
        m_profileNote->setText(m_profileNote->text() + QLatin1Char(' ')
                               + tr("Not in this file, left empty: %1.").arg(labels.join(QStringLiteral(", "))));
    }
    if (!m_sourceEdited)
        m_source->setText(index == 0 ? QFileInfo(importWizard->filePath).completeBaseName() : profile.defaultSource());
}

void MappingPage::showProfile(const ImportProfile &profile)
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    m_updating = true;
    for (FieldRow &row : m_rows) {
        const QString key = QString::fromLatin1(DatasetSchema::fields(importWizard->dataset).at(row.field).key);
        const ColumnMapping *mapping = profile.mappingFor(key);
        const int column = mapping ? MappingSuggester::columnIndex(importWizard->preview.header, *mapping) : -1;
        row.column->setCurrentIndex(row.column->findData(column));
        if (row.dateFormat)
            row.dateFormat->setCurrentText(mapping ? mapping->dateFormat : QString());
        row.codes->setText(mapping ? mapping->notApplicableCodes.join(QStringLiteral(", ")) : QString());
        row.extra = mapping ? *mapping : ColumnMapping();
    }
    m_wide = profile.wide;
    m_decimal->setCurrentIndex(m_decimal->findData(QString(QLatin1Char(profile.decimalSeparator))));
    m_pivot->setValue(profile.twoDigitYearPivot);
    m_shown = profile;
    m_shownColumns = mappingsFromWidgets();
    m_updating = false;
    updateSamples();
    updateStatus();
}

QList<ColumnMapping> MappingPage::mappingsFromWidgets() const
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const QStringList &header = importWizard->preview.header;
    QList<ColumnMapping> mappings;
    for (const FieldRow &row : m_rows) {
        const int column = row.column->currentData().toInt();
        ColumnMapping mapping;
        mapping.field = QString::fromLatin1(DatasetSchema::fields(importWizard->dataset).at(row.field).key);
        if (column < 0) {
            // Not in the file: the value every row takes, if one is given.
            if (!row.extra.value.isEmpty()) {
                mapping.value = row.extra.value;
                mappings.append(mapping);
            }
            continue;
        }
        mapping.column = header.at(column).trimmed();
        mapping.extract = row.extra.extract;
        mapping.unit = row.extra.unit;
        mapping.valueMap = row.extra.valueMap;
        mapping.occurrence = MappingSuggester::occurrenceOf(header, column);
        if (row.dateFormat)
            mapping.dateFormat = row.dateFormat->currentText().trimmed();
        mapping.notApplicableCodes = splitCodes(row.codes->text());
        mappings.append(mapping);
    }
    return mappings;
}

ImportProfile MappingPage::currentProfile() const
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    ImportProfile profile;
    profile.dataset = importWizard->dataset;
    profile.name = m_shown.name;
    profile.description = m_shown.description;
    profile.encoding = m_shown.encoding;
    profile.delimiter = m_shown.delimiter;
    profile.formulaGuarded = m_shown.formulaGuarded; // still Milepost's own file when a mapping is edited
    profile.decimalSeparator = m_decimal->currentData().toString().at(0).toLatin1();
    profile.twoDigitYearPivot = m_pivot->value();
    profile.columns = mappingsFromWidgets();
    profile.wide = m_wide;
    // A profile changed on this page is no longer the one it was chosen as.
    const bool edited = profile.columns != m_shownColumns || profile.decimalSeparator != m_shown.decimalSeparator
        || profile.twoDigitYearPivot != m_shown.twoDigitYearPivot || profile.wide != m_shown.wide;
    if (edited && m_shown.name != m_suggested.name)
        profile.name = tr("%1, edited").arg(m_shown.name);
    return profile;
}

void MappingPage::updateSamples()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const QList<CsvPreview::Row> &rows = importWizard->preview.rows;
    for (FieldRow &row : m_rows) {
        const int column = row.column->currentData().toInt();
        QString value;
        if (column >= 0 && !rows.isEmpty() && column < rows.first().fields.size())
            value = rows.first().fields.at(column);
        else if (column < 0 && !row.extra.value.isEmpty())
            value = tr("every row: %1").arg(row.extra.value);
        const QString key = QString::fromLatin1(DatasetSchema::fields(importWizard->dataset).at(row.field).key);
        if (column < 0 && m_wide.isSet() && key == m_wide.field)
            value = tr("from the wide columns' names");
        else if (column < 0 && m_wide.isSet() && key == m_wide.valueField)
            value = tr("from the wide columns' cells");
        QString tip = value;
        // For a date, what the whole column shows of its order; the first value may not.
        if (row.dateFormat && column >= 0 && column < m_dateOrders.size()
            && m_dateOrders.at(column).order() != DateOrderDetector::Order::None) {
            const QString label = DatasetSchema::fields(importWizard->dataset).at(row.field).label();
            tip = m_dateOrders.at(column).describe(label);
            value = tr("%1 — %2").arg(value, tip.mid(label.size() + 2));
        }
        if (m_sample && row.field < m_sample->fields().size() && m_sample->fields().at(row.field).rejected > 0) {
            const MappingSampleCheck::FieldResult &result = m_sample->fields().at(row.field);
            value = tr("⚠ %1 of %2 rows rejected: “%3”")
                        .arg(result.rejected)
                        .arg(m_sample->rowsChecked())
                        .arg(result.firstValue);
            tip = tr("Line %1: %2").arg(result.firstLine).arg(result.firstReason);
        }
        row.sample->setText(row.sample->fontMetrics().elidedText(value, Qt::ElideRight, 320));
        row.sample->setToolTip(tip);
    }
}

void MappingPage::updateStatus()
{
    if (m_updating)
        return;
    updateRuleTexts();
    QString error;
    const ImportProfile profile = currentProfile();
    bool usable = profile.validate(&error);
    if (usable) {
        error = dateOrderProblem();
        usable = error.isEmpty();
    }
    QString warning;
    if (usable) {
        warning = checkSample(profile);
        if (!m_sampleBlock.isEmpty()) {
            error = m_sampleBlock;
            usable = false;
        }
    } else {
        m_sample.reset();
        m_sampleBlock.clear();
    }
    updateSamples();
    if (usable && m_source->text().trimmed().isEmpty())
        error = tr("Name the source, so that a newer file of it can be imported over this one.");
    if (usable) {
        const QString shared = sharedColumnWarning(profile);
        warning = warning.isEmpty() ? shared : shared.isEmpty() ? warning : tr("%1 %2").arg(shared, warning);
    }
    if (!error.isEmpty())
        error[0] = error.at(0).toUpper(); // core's reasons are written to follow a colon
    if (!error.isEmpty())
        m_status->setText(tr("⚠ %1").arg(error));
    else if (!warning.isEmpty())
        m_status->setText(tr("⚠ %1").arg(warning));
    else
        m_status->setText(tr("Ready: every row of the file will be stored or listed with the reason it was not."));
    m_save->setEnabled(usable);
    Q_EMIT completeChanged();
}

QString MappingPage::checkSample(const ImportProfile &profile)
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    m_sampleBlock.clear();
    QString error;
    m_sample = MappingSampleCheck::run(importWizard->filePath, importWizard->preview.detection.dialect, profile,
                                       sampleRows, &error);
    if (!m_sample) {
        m_sampleBlock = error;
        return {};
    }
    const int rows = m_sample->rowsChecked();
    const QList<DatasetField> &fields = DatasetSchema::fields(importWizard->dataset);
    QString firstProblem;
    for (int i = 0; i < m_sample->fields().size(); ++i) {
        const MappingSampleCheck::FieldResult &result = m_sample->fields().at(i);
        if (result.rejected == 0)
            continue;
        const QString example = tr("line %1, “%2”: %3").arg(result.firstLine).arg(result.firstValue, result.firstReason);
        // Not one row fits: the column is not this field's, or its codes are not listed yet.
        if (result.rejected == rows && rows >= minimumRowsToBlock) {
            m_sampleBlock = tr("%1 fits none of the first %2 rows (%3). Choose another column, or list the value as a "
                               "code for “not applicable”.")
                                .arg(fields.at(i).label())
                                .arg(rows)
                                .arg(example);
            return {};
        }
        if (firstProblem.isEmpty())
            firstProblem = tr("%1: %2").arg(fields.at(i).label(), example);
    }
    if (m_sample->rowsRejected() == 0)
        return {};
    const MappingSampleCheck::FieldResult &whole = m_sample->wholeRow();
    if (whole.rejected == rows && rows >= minimumRowsToBlock) {
        m_sampleBlock = tr("None of the first %1 rows can be stored (line %2: %3).")
                            .arg(rows)
                            .arg(whole.firstLine)
                            .arg(whole.firstReason);
        return {};
    }
    if (firstProblem.isEmpty())
        firstProblem = tr("line %1: %2").arg(whole.firstLine).arg(whole.firstReason);
    return tr("%1 of the first %2 rows would be rejected (%3). They will be listed with the reason; you can go on.")
        .arg(m_sample->rowsRejected())
        .arg(rows)
        .arg(firstProblem);
}

QString MappingPage::sharedColumnWarning(const ImportProfile &profile) const
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    for (qsizetype i = 0; i < profile.columns.size(); ++i) {
        const ColumnMapping &first = profile.columns.at(i);
        for (qsizetype j = i + 1; j < profile.columns.size(); ++j) {
            const ColumnMapping &second = profile.columns.at(j);
            // Part of a column for one field and the whole for another is what patterns are for.
            if (first.isFixed() || first.column != second.column || first.occurrence != second.occurrence
                || !first.extract.isEmpty() || !second.extract.isEmpty())
                continue;
            return tr("The column “%1” feeds both %2 and %3; check that one column is meant for both.")
                .arg(first.column, DatasetSchema::field(importWizard->dataset, first.field)->label(),
                     DatasetSchema::field(importWizard->dataset, second.field)->label());
        }
    }
    return {};
}

bool MappingPage::isComplete() const
{
    return currentProfile().validate(nullptr) && dateOrderProblem().isEmpty() && m_sampleBlock.isEmpty()
        && !m_source->text().trimmed().isEmpty();
}

bool MappingPage::validatePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    importWizard->profile = currentProfile();
    importWizard->source = m_source->text().trimmed();
    return true;
}

void MappingPage::editRules(FieldRow &row)
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const int column = row.column->currentData().toInt();
    QStringList firstValues;
    for (const CsvPreview::Row &line : importWizard->preview.rows) {
        if (column >= 0 && column < line.fields.size())
            firstValues.append(line.fields.at(column));
    }
    const QString header = column >= 0 ? importWizard->preview.header.at(column).trimmed() : QString();
    FieldRulesDialog dialog(DatasetSchema::fields(importWizard->dataset).at(row.field), header, firstValues, row.extra,
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ColumnMapping rules = dialog.rules();
    if (column < 0) {
        row.extra.value = rules.value;
    } else {
        row.extra.extract = rules.extract;
        row.extra.unit = rules.unit;
        row.extra.valueMap = rules.valueMap;
    }
    updateSamples();
    updateStatus();
}

void MappingPage::editWide()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    WideColumnsDialog dialog(importWizard->dataset, importWizard->preview.header, m_wide, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_wide = dialog.wide();
    updateSamples();
    updateStatus();
}

void MappingPage::updateRuleTexts()
{
    for (FieldRow &row : m_rows) {
        const bool hasColumn = row.column->currentData().toInt() >= 0;
        const QString text = FieldRulesDialog::summary(row.extra, hasColumn);
        row.rules->setText(row.rules->fontMetrics().elidedText(text, Qt::ElideRight, 150));
        row.rules->setToolTip(text);
    }
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    const DatasetField *field = m_wide.isSet() ? DatasetSchema::field(importWizard->dataset, m_wide.field) : nullptr;
    const DatasetField *value = field ? DatasetSchema::field(importWizard->dataset, m_wide.valueField) : nullptr;
    m_wideNote->setText(field && value ? tr("Wide file: each column whose name matches “%1” is a row of its own, its name "
                                            "giving %2 and its cells %3.")
                                             .arg(m_wide.pattern, field->label(), value->label())
                                       : tr("Each line of the file is one row."));
}

void MappingPage::saveProfile()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Profile"), tr("Profile name:"), QLineEdit::Normal,
                                               m_shown.builtIn ? QString() : m_shown.name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    ImportProfile profile = currentProfile();
    profile.name = name;
    profile.description = tr("Saved from %1").arg(QFileInfo(importWizard->filePath).fileName());
    QString error;
    if (!importWizard->profiles().save(profile, &error)) {
        m_status->setText(tr("⚠ %1").arg(error));
        return;
    }
    fillProfiles();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            m_profile->setCurrentIndex(i + 1);
    }
    m_status->setText(tr("Saved as the profile “%1”.").arg(name));
}

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"
#include "datasets/dateorderdetector.h"
#include "datasets/importprofile.h"
#include "datasets/mappingsamplecheck.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <optional>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace milepost {

class ProfileFileButtons;
class ProfileRepository;

// Which column feeds which field, and how to read it: pick a built-in or saved profile, or
// start from the mapping suggested by the header's names; adjust it; save it under a name, or
// export it to a file and import a colleague's (ProfileFileButtons).
class MappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    // profiles is the wizard's: the page saves, exports and imports profiles through it.
    explicit MappingPage(ProfileRepository &profiles, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The profile as the page shows it now.
    ImportProfile currentProfile() const;

private:
    struct FieldRow
    {
        int field = 0;
        QComboBox *column = nullptr;
        QComboBox *dateFormat = nullptr; // date fields only
        QLineEdit *codes = nullptr;
        QPushButton *rules = nullptr; // opens FieldRulesDialog; its text says what is set
        QLabel *sample = nullptr;
        // What the widgets do not show: the fixed value, pattern, unit and value map.
        ColumnMapping extra;
    };

    QList<ColumnMapping> mappingsFromWidgets() const;
    void buildRows();
    void fillProfiles();
    void profileChosen();
    void showProfile(const ImportProfile &profile);
    void updateSamples();
    void updateStatus();
    void saveProfile();
    void editRules(FieldRow &row);
    void editWide();
    void updateRuleTexts();
    // Tries the mapping on the first rows; returns a warning for the status line, if any.
    QString checkSample(const ImportProfile &profile);
    QString sharedColumnWarning(const ImportProfile &profile) const;
    void scanDateOrders();
    // Why the date formats chosen cannot read the file, from the whole column; empty when they can.
    QString dateOrderProblem() const;

    QComboBox *m_profile = nullptr;
    QLabel *m_profileNote = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<FieldRow> m_rows;
    QComboBox *m_decimal = nullptr;
    QSpinBox *m_pivot = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_wideButton = nullptr;
    QLabel *m_wideNote = nullptr;
    WideColumns m_wide; // the wide columns shown, unset for an ordinary file
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    ProfileFileButtons *m_profileFiles = nullptr;
    QList<ImportProfile> m_profiles; // the combo's items after the suggestion, in order
    ImportProfile m_suggested;
    ImportProfile m_shown;            // the profile last put into the widgets
    QList<ColumnMapping> m_shownColumns; // and its columns as the widgets hold them
    Dataset::Id m_builtFor = Dataset::CapitalProjects;
    QStringList m_headerBuiltFor;
    QList<DateOrderDetector> m_dateOrders; // per column of the file, from every row
    QString m_scannedFile;
    bool m_built = false;
    bool m_updating = false;
    bool m_sourceEdited = false;
    // The mapping tried on the file's first rows (MappingSampleCheck), when it can be.
    std::optional<MappingSampleCheck> m_sample;
    QString m_sampleBlock; // why the mapping cannot be right: a field that rejects every sampled row
};

} // namespace milepost

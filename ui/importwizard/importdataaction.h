// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

#include <functional>
#include <memory>

namespace milepost {

class Database;
class DatasetRepository;
class ProfileRepository;

// File > Import Data…: opens the import wizard on the application's database.
class ImportDataAction final : public QAction
{
    Q_OBJECT

public:
    ImportDataAction(Database &database, QWidget *parent);
    ~ImportDataAction() override;

    // Lists progress update sheets in the wizard beside the datasets; one chosen there is read
    // by open (File > Import Update Sheet…'s dialog) once the wizard has closed.
    void setUpdateSheetImport(std::function<void(const QString &path)> open) { m_openUpdateSheet = std::move(open); }

Q_SIGNALS:
    // A file was imported into the database.
    void imported();

private:
    void openWizard();

    Database &m_database;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<DatasetRepository> m_datasets;
    QWidget *m_parentWidget = nullptr;
    std::function<void(const QString &)> m_openUpdateSheet;
};

} // namespace milepost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace milepost {

// The strip above the views while the database's server cannot be reached: what is shown stays
// readable, edits are refused until Milepost has reconnected, which it tries on its own. Hidden
// while connected.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // reason: libpq's, for the person who has to fix it; empty hides the banner.
    void setProblem(const QString &reason);
    QString text() const;

private:
    QLabel *m_label = nullptr;
};

} // namespace milepost

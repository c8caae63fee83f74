// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbanner.h"

#include "common/palette.h"

#include <QHBoxLayout>
#include <QLabel>

namespace milepost {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection to the database"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const QColor background = Palette::hue(Palette::Hue::Yellow);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, Palette::luminance(background) > 128 ? Qt::black : Qt::white);
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    hide();
}

void ConnectionBanner::setProblem(const QString &reason)
{
    if (reason.isEmpty()) {
        m_label->clear();
        hide();
        return;
    }
    m_label->setText(tr("The database server cannot be reached: %1\nWhat is shown stays as it was read; nothing can be "
                        "saved until Milepost has reconnected, which it keeps trying.")
                         .arg(reason));
    setAccessibleDescription(m_label->text());
    show();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

} // namespace milepost

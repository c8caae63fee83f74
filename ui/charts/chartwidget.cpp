// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "charttabledialog.h"
#include "common/chartaccessibility.h"
#include "common/samplebadge.h"
#include "export/exportfile.h"
#include "qtchartsbackend.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPicture>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace milepost {

namespace {

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.15);
    return font;
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    installChartAccessibility();
    setObjectName(QStringLiteral("chart"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setFont(titleFont(font()));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_badge = new SampleBadge(this);
    m_badge->hide();
    header->addWidget(m_badge, 0, Qt::AlignTop);
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("chartMenuButton"));
    m_menuButton->setText(tr("Chart"));
    m_menuButton->setAccessibleName(tr("Show as table, export or print this chart"));
    m_menuButton->setToolTip(tr("Show the chart's values as a table, export the chart as PNG or SVG, or print it"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    auto *menu = new QMenu(m_menuButton);
    // The chart's numbers for a screen reader, or for anyone who wants them exactly.
    m_tableAction = new QAction(tr("Show as &Table…"), this);
    m_tableAction->setObjectName(QStringLiteral("showChartAsTable"));
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tableAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tableAction->setShortcutVisibleInContextMenu(true);
    connect(m_tableAction, &QAction::triggered, this, &ChartWidget::showTable);
    addAction(m_tableAction);
    menu->addAction(m_tableAction);
    menu->addSeparator();
    menu->addAction(tr("Export as &PNG…"), this, &ChartWidget::chooseAndExportPng);
    menu->addAction(tr("Export as &SVG…"), this, &ChartWidget::chooseAndExportSvg);
    menu->addAction(tr("&Print…"), this, &ChartWidget::choosePrinter);
    m_menuButton->setMenu(menu);
    header->addWidget(m_menuButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_backend = new QtChartsBackend(this);
    m_backend->widget()->setMinimumHeight(180);
    layout->addWidget(m_backend->widget(), 1);
    // Over the chart when it is better not drawn (ChartSpec::undrawnReason()). Over it, not
    // instead of it: a Qt Charts view hidden while its axes change leaves the old axes behind.
    m_placeholder = new QLabel(m_backend->widget());
    m_placeholder->setAutoFillBackground(true);
    m_backend->widget()->installEventFilter(this);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setContentsMargins(24, 12, 24, 12);
    m_placeholder->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartNote"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    applyColours();

    connect(m_backend, &ChartBackend::elementClicked, this, [this](int series, int category) {
        setFocus(Qt::MouseFocusReason);
        setCurrent(series, category);
        Q_EMIT activated(series, category);
    });
    connect(m_backend, &ChartBackend::elementHovered, this, [this](int series, int category, bool entered) {
        if (entered)
            QToolTip::showText(QCursor::pos(), describe(series, category), this);
        else
            QToolTip::hideText();
    });
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::applyColours()
{
    // The chart's own surface, light or dark as the screen is (Palette::screenMode()).
    m_mode = Palette::screenMode();
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Palette::role(Palette::Role::Background, m_mode));
    colours.setColor(QPalette::WindowText, Palette::role(Palette::Role::HeaderText, m_mode));
    setPalette(colours);
    if (m_placeholder)
        m_placeholder->setPalette(colours);
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_backend->widget() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_backend->widget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The system turned dark or light: draw again in the other set.
    if (event->type() == QEvent::ApplicationPaletteChange && Palette::screenMode() != m_mode) {
        applyColours();
        setSpec(m_spec);
    }
}

void ChartWidget::setSpec(const ChartSpec &spec)
{
    if (Palette::screenMode() != m_mode)
        applyColours();
    m_spec = spec;
    m_title->setText(spec.title);
    m_badge->setVisible(spec.sampleData);
    m_currentSeries = -1;
    m_currentCategory = -1;
    m_backend->setSpec(spec);
    // Bars along the height need a line of text each, or Qt Charts skips every other label.
    const int minimum = spec.horizontal && spec.kind != ChartSpec::Kind::Donut
        ? std::max(180, int(spec.categories.size()) * (fontMetrics().height() + 8) + 70)
        : 180;
    m_backend->widget()->setMinimumHeight(minimum);
    const QString undrawn = spec.undrawnReason();
    m_placeholder->setText(undrawn);
    m_placeholder->setVisible(!undrawn.isEmpty());
    m_placeholder->raise();
    setAccessibleName(spec.title);
    QStringList parts;
    for (const auto &[series, category] : elements())
        parts.append(describe(series, category));
    if (parts.isEmpty())
        parts.append(tr("No data."));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateStatus();
}

QList<QPair<int, int>> ChartWidget::elements() const
{
    QList<QPair<int, int>> result;
    const int seriesCount = m_spec.kind == ChartSpec::Kind::Donut ? std::min<int>(1, int(m_spec.series.size()))
                                                                  : int(m_spec.series.size());
    for (int c = 0; c < m_spec.categories.size(); ++c) {
        for (int s = 0; s < seriesCount; ++s) {
            const std::optional<double> value = m_spec.value(s, c);
            if (value && *value != 0)
                result.append({s, c});
        }
    }
    return result;
}

QString ChartWidget::describe(int series, int category) const
{
    const std::optional<double> value = m_spec.value(series, category);
    if (category < 0 || category >= m_spec.categories.size() || !value)
        return {};
    const QString amount = ChartSpec::formatValueInFull(*value, m_spec.format);
    if (m_spec.kind == ChartSpec::Kind::Donut || m_spec.series.size() <= 1)
        return tr("%1: %2", "category, value").arg(m_spec.categories.at(category), amount);
    return tr("%1, %2: %3", "series, category, value")
        .arg(m_spec.series.at(series).name, m_spec.categories.at(category), amount);
}

void ChartWidget::setCurrent(int series, int category)
{
    m_currentSeries = series;
    m_currentCategory = category;
    m_backend->setCurrent(hasFocus() ? series : -1, hasFocus() ? category : -1);
    updateStatus();
}

void ChartWidget::updateStatus()
{
    QString text = m_spec.note;
    if (hasFocus() && m_currentSeries >= 0) {
        text = tr("%1. Enter shows these rows; arrow keys move; Ctrl+T shows the values as a table.", "element description")
                   .arg(describe(m_currentSeries, m_currentCategory));
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    const QList<QPair<int, int>> all = elements();
    if (all.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const qsizetype at = all.indexOf(QPair<int, int>(m_currentSeries, m_currentCategory));
    qsizetype next = -1;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        next = at < 0 ? 0 : std::min(at + 1, all.size() - 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        next = at < 0 ? 0 : std::max<qsizetype>(at - 1, 0);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = all.size() - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (at >= 0)
            Q_EMIT activated(m_currentSeries, m_currentCategory);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrent(all.at(next).first, all.at(next).second);
    event->accept();
}

void ChartWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    const QList<QPair<int, int>> all = elements();
    if (m_currentSeries < 0 && !all.isEmpty())
        setCurrent(all.constFirst().first, all.constFirst().second);
    else
        setCurrent(m_currentSeries, m_currentCategory);
    update();
}

void ChartWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    setCurrent(m_currentSeries, m_currentCategory);
    update();
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    m_menuButton->menu()->exec(event->reason() == QContextMenuEvent::Mouse
                                   ? event->globalPos()
                                   : m_menuButton->mapToGlobal(m_menuButton->rect().bottomLeft()));
}

void ChartWidget::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // A style's dotted focus rectangle is easy to miss around a whole chart: a solid frame.
    QPainter painter(this);
    painter.setPen(QPen(Palette::role(Palette::Role::Focus, m_mode), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void ChartWidget::paint(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->fillRect(rect, Palette::role(Palette::Role::Background, m_mode));
    const QFont heading = titleFont(font());
    const QFontMetricsF headingMetrics(heading);
    qreal top = rect.top() + 4;
    qreal right = rect.right() - 6;
    if (m_spec.sampleData)
        right = SampleBadge::paint(painter, QPointF(right, top), font()).left() - 8;
    painter->setFont(heading);
    painter->setPen(Palette::role(Palette::Role::HeaderText, m_mode));
    const QRectF titleRect(rect.left() + 6, top, right - rect.left() - 6, headingMetrics.height() * 2 + 2);
    QRectF used;
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_spec.title, &used);
    top = std::max(used.bottom(), top + headingMetrics.height()) + 4;

    qreal bottom = rect.bottom() - 4;
    if (!m_spec.note.isEmpty()) {
        painter->setFont(font());
        const QRectF available(rect.left() + 6, top, rect.width() - 12, rect.bottom() - top);
        const QRectF needed = painter->boundingRect(available, Qt::AlignLeft | Qt::TextWordWrap, m_spec.note);
        const QRectF noteRect(rect.left() + 6, bottom - needed.height(), rect.width() - 12, needed.height());
        painter->drawText(noteRect, Qt::AlignLeft | Qt::TextWordWrap, m_spec.note);
        bottom = noteRect.top() - 4;
    }
    const QRectF chartRect(rect.left(), top, rect.width(), std::max<qreal>(0, bottom - top));
    const QString undrawn = m_spec.undrawnReason();
    if (undrawn.isEmpty()) {
        m_backend->render(painter, chartRect);
    } else {
        painter->setFont(font());
        painter->setPen(Palette::role(Palette::Role::HeaderText, m_mode));
        painter->drawText(chartRect.adjusted(24, 12, -24, -12), Qt::AlignCenter | Qt::TextWordWrap, undrawn);
    }
    painter->restore();
}

QImage ChartWidget::toImage(qreal devicePixelRatio)
{
    QImage image(size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Palette::role(Palette::Role::Background, m_mode));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size())));
    return image;
}

// On a dark screen, a chart leaves the window in the colours of paper: an image or a page is
// read on white. Drawn again in the light set for as long as this lives, and back.
class ChartWidget::PaperColours final
{
public:
    explicit PaperColours(ChartWidget *chart)
        : m_chart(chart)
        , m_shown(chart->m_mode)
    {
        if (m_shown != Palette::Mode::Dark)
            return;
        m_chart->m_mode = Palette::Mode::Colour;
        m_chart->m_backend->setPaperColours(true);
        m_chart->m_backend->setSpec(m_chart->m_spec);
    }
    ~PaperColours()
    {
        if (m_shown != Palette::Mode::Dark)
            return;
        m_chart->m_mode = m_shown;
        m_chart->m_backend->setPaperColours(false);
        m_chart->m_backend->setSpec(m_chart->m_spec);
        m_chart->m_backend->setCurrent(m_chart->hasFocus() ? m_chart->m_currentSeries : -1,
                                       m_chart->hasFocus() ? m_chart->m_currentCategory : -1);
    }
    PaperColours(const PaperColours &) = delete;
    PaperColours &operator=(const PaperColours &) = delete;

private:
    ChartWidget *m_chart;
    Palette::Mode m_shown;
};

bool ChartWidget::savePng(const QString &path, qreal devicePixelRatio, QString *error)
{
    const PaperColours paper(this);
    // Through ExportFile: a full disk leaves an earlier image as it was and says why.
    ExportFile file(path);
    if (!file.open(error))
        return false;
    if (!toImage(devicePixelRatio).save(file.device(), "PNG")) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(path, file.device()->errorString());
        return false;
    }
    return file.commit(error);
}

bool ChartWidget::saveSvg(const QString &path, QString *error)
{
    const PaperColours paper(this);
    ExportFile file(path);
    if (!file.open(error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(file.device());
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(m_spec.title);
    generator.setDescription(accessibleDescription());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write “%1”.").arg(path);
        return false;
    }
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size())));
    if (!painter.end()) {
        if (error)
            *error = tr("Could not write “%1”.").arg(path);
        return false;
    }
    return file.commit(error);
}

void ChartWidget::print(QPrinter *printer)
{
    const PaperColours paper(this);
    // Recorded at screen resolution first: fonts given in points would otherwise be sized for
    // the printer's resolution and then scaled again with the chart.
    QPicture picture;
    QPainter recorder(&picture);
    paint(&recorder, QRectF(QPointF(0, 0), QSizeF(size())));
    recorder.end();

    QPainter painter(printer);
    const QSizeF page = printer->pageLayout().paintRectPixels(printer->resolution()).size();
    const QSizeF fitted = QSizeF(size()).scaled(page, Qt::KeepAspectRatio);
    // drawPicture() already scales from the picture's resolution to the printer's.
    const qreal resolution = qreal(printer->logicalDpiX()) / qreal(picture.logicalDpiX());
    const qreal factor = fitted.width() / std::max(1, width()) / resolution;
    painter.scale(factor, factor);
    painter.drawPicture(0, 0, picture);
}

void ChartWidget::showTable()
{
    auto *dialog = new ChartTableDialog(m_spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString ChartWidget::fileStem() const
{
    QString stem = m_spec.title.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem = stem.mid(0, 60);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("chart") : stem;
}

void ChartWidget::chooseAndExportPng()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("charts/exportDirectory")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart as PNG"),
                                                      directory + QLatin1Char('/') + fileStem() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("charts/exportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    // Twice the screen's resolution at least, so that the image prints sharply.
    if (!savePng(path, std::max<qreal>(2, devicePixelRatioF()), &error))
        QToolTip::showText(mapToGlobal(rect().center()), error, this);
}

void ChartWidget::chooseAndExportSvg()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("charts/exportDirectory")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart as SVG"),
                                                      directory + QLatin1Char('/') + fileStem() + QStringLiteral(".svg"),
                                                      tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("charts/exportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveSvg(path, &error))
        QToolTip::showText(mapToGlobal(rect().center()), error, this);
}

void ChartWidget::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(width() > height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(m_spec.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

} // namespace milepost

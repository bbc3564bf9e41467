#include "schedulegrid.h"

#include "core/theme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <optional>

namespace ec2lab::gui {

ScheduleGrid::ScheduleGrid(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Weekly schedule"));
    setAccessibleDescription(tr("168 hour cells; drag to paint the hours the instances run"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ScheduleGrid::setHours(const Week &hours)
{
    if (hours == m_hours)
        return;
    m_hours = hours;
    update();
}

QRectF ScheduleGrid::gridRect() const
{
    // The left column holds the day names and, in its corner, the painted-hours count: wide
    // enough for the longest of them in the language in use ("168시간", "Wed"), so the count
    // never runs into the hour columns.
    const QFontMetrics fm(font());
    const QLocale locale;
    int widest = fm.horizontalAdvance(cornerText(168));
    for (int d = 1; d <= 7; ++d)
        widest = qMax(widest, fm.horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    const double left = widest + 12;
    const double top = fm.height() + 4;
    return QRectF(left, top, width() - left - 2, height() - top - 2);
}

QRect ScheduleGrid::cellRect(int day, int hour) const
{
    const QRectF g = gridRect();
    const double cw = g.width() / 24.0;
    const double ch = g.height() / 7.0;
    return QRectF(g.left() + hour * cw, g.top() + day * ch, cw, ch).toAlignedRect().adjusted(1, 1, -1, -1);
}

std::optional<int> ScheduleGrid::cellAt(QPointF pos) const
{
    const QRectF g = gridRect();
    if (!g.contains(pos))
        return std::nullopt;
    const int hour = qBound(0, int((pos.x() - g.left()) / (g.width() / 24.0)), 23);
    const int day = qBound(0, int((pos.y() - g.top()) / (g.height() / 7.0)), 6);
    return index(day, hour);
}

void ScheduleGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF g = gridRect();
    const double cw = g.width() / 24.0;
    const double ch = g.height() / 7.0;
    const QColor on = Theme::seriesColor(2);
    const QColor off = Theme::panel().darker(104);
    p.setPen(Theme::muted());
    for (int h = 0; h < 24; h += (cw < 18 ? 3 : 1))
        p.drawText(QRectF(g.left() + h * cw, 0, cw * 2, g.top()), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(h));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        p.setPen(Theme::text());
        p.drawText(QRectF(0, g.top() + d * ch, g.left() - 4, ch), Qt::AlignRight | Qt::AlignVCenter,
            locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const QRect r = cellRect(d, h);
            p.fillRect(r, m_hours.test(index(d, h)) ? on : off);
            if (hasFocus() && index(d, h) == m_focus) {
                p.setPen(QPen(Theme::text(), 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
        }
    }
    p.setPen(Theme::muted());
    p.drawText(
        QRectF(0, 0, g.left() - 4, g.top()), Qt::AlignRight | Qt::AlignVCenter, cornerText(m_hours.count()));
}

QString ScheduleGrid::cornerText(int hours)
{
    //: In the grid's corner: how many of the week's 168 hours are painted
    return tr("%1 h").arg(hours);
}

void ScheduleGrid::paintCell(int cell)
{
    if (m_hours.test(cell) == m_paintValue)
        return;
    m_hours.set(cell, m_paintValue);
    update();
    emit cellsChanged();
}

void ScheduleGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position());
    if (!cell)
        return;
    m_painting = true;
    m_paintValue = event->button() == Qt::RightButton ? false : !m_hours.test(*cell);
    m_focus = *cell;
    paintCell(*cell);
}

void ScheduleGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_painting)
        return;
    if (const auto cell = cellAt(event->position()))
        paintCell(*cell);
}

void ScheduleGrid::mouseReleaseEvent(QMouseEvent *)
{
    if (m_painting) {
        m_painting = false;
        emit strokeFinished();
    }
}

void ScheduleGrid::keyPressEvent(QKeyEvent *event)
{
    int day = m_focus / 24;
    int hour = m_focus % 24;
    switch (event->key()) {
    case Qt::Key_Left:
        hour = (hour + 23) % 24;
        break;
    case Qt::Key_Right:
        hour = (hour + 1) % 24;
        break;
    case Qt::Key_Up:
        day = (day + 6) % 7;
        break;
    case Qt::Key_Down:
        day = (day + 1) % 7;
        break;
    case Qt::Key_Space:
        m_paintValue = !m_hours.test(m_focus);
        paintCell(m_focus);
        emit strokeFinished();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_focus = index(day, hour);
    update();
}

} // namespace ec2lab::gui

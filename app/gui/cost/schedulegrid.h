#pragma once

#include <QWidget>
#include <array>
#include <bitset>

namespace ec2lab::gui {

/// A week of 168 hour cells (7 days x 24 hours) painted with the mouse: press on an empty cell
/// and drag to switch cells on, press on a filled cell and drag to switch them off.
///
/// Contract: hours() is the mask shown; cellsChanged() is emitted after every cell a stroke
/// changes (so totals follow the mouse) and strokeFinished() once per stroke. Keyboard: arrows
/// move the focus cell, Space toggles it.
class ScheduleGrid : public QWidget
{
    Q_OBJECT
public:
    using Week = std::bitset<168>;
    explicit ScheduleGrid(QWidget *parent = nullptr);

    Week hours() const { return m_hours; }
    void setHours(const Week &hours);
    int hoursPerWeek() const { return int(m_hours.count()); }
    static int index(int day, int hour) { return day * 24 + hour; }
    /// The cell rectangle of \a day (0 = Monday) and \a hour (for tests that click cells).
    QRect cellRect(int day, int hour) const;
    /// The rectangle of the cells; the corner label and day names live left of it, the hours above.
    QRectF gridRect() const;
    /// The corner label for \a hours painted hours ("168 h").
    static QString cornerText(int hours);

    QSize sizeHint() const override { return { 520, 170 }; }
    QSize minimumSizeHint() const override { return { 360, 130 }; }

signals:
    void cellsChanged();
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    std::optional<int> cellAt(QPointF pos) const;
    void paintCell(int cell);

    Week m_hours;
    bool m_painting = false;
    bool m_paintValue = true;
    int m_focus = 0;
};

} // namespace ec2lab::gui

#pragma once

#include <QObject>

namespace ec2lab::gui {

/// Keeps the mouse wheel from editing values the user did not pick: spin boxes, sliders (not
/// scroll bars) and combo boxes take wheel events only while they have the keyboard focus.
///
/// Contract: installed once on the application (install() is idempotent); such widgets get
/// Qt::StrongFocus when they are polished, so the wheel never gives them focus either; a wheel
/// event over one without focus is ignored by it and goes on to its parent (a scroll area
/// scrolls), so scrolling a panel scrolls the panel and never changes a value.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    /// Installs the one guard on qApp (a no-op when it is already installed).
    static void install();
    /// Whether \a widget is one the guard keeps from the wheel while unfocused.
    static bool guards(const QObject *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ec2lab::gui

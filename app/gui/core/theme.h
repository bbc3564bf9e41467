#pragma once

#include <QColor>
#include <QString>

namespace ec2lab::gui {

/// The app's colours and the presenter mode (large fonts, high contrast for a projector).
///
/// Contract: apply() switches the whole application at once (palette, base font size and a
/// "presenter" dynamic property widgets can read), and every colour a chart or diagram uses
/// comes from here so presenter mode reaches custom-painted widgets too.
class Theme
{
public:
    static void apply(bool presenter);
    static bool presenter();

    /// Colour of an instance state by its API name ("running", "stopped", ...).
    static QColor stateColor(const QString &state);
    /// A distinct series colour for the n-th option or instance.
    static QColor seriesColor(int index);
    static QColor highlight();
    static QColor text();
    static QColor muted();
    static QColor background();
    static QColor panel();
    /// Point size of the base font (bigger in presenter mode).
    static int basePointSize();
    /// Point size of the base font outside presenter mode (for controls only the presenter reads).
    static int normalPointSize();
};

} // namespace ec2lab::gui

#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace ec2lab::gui {

namespace {

bool g_presenter = false;
int g_defaultPointSize = 0;

} // namespace

void Theme::apply(bool presenter)
{
    g_presenter = presenter;
    if (!qApp)
        return;
    if (g_defaultPointSize == 0)
        g_defaultPointSize = qMax(9, QApplication::font().pointSize());
    QFont f = QApplication::font();
    f.setPointSize(presenter ? g_defaultPointSize + 4 : g_defaultPointSize);
    QApplication::setFont(f);

    QPalette p = QApplication::style()->standardPalette();
    if (presenter) {
        // High contrast for a projector: black on white, strong selection, no grey-on-grey.
        p.setColor(QPalette::Window, Qt::white);
        p.setColor(QPalette::WindowText, Qt::black);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Text, Qt::black);
        p.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(QPalette::ButtonText, Qt::black);
        p.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0x99));
        p.setColor(QPalette::HighlightedText, Qt::white);
    }
    QApplication::setPalette(p);
    const auto widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        w->setProperty("presenter", presenter);
        w->update();
    }
}

int Theme::normalPointSize()
{
    return g_defaultPointSize > 0 ? g_defaultPointSize : qMax(9, QApplication::font().pointSize());
}

bool Theme::presenter()
{
    return g_presenter;
}

QColor Theme::stateColor(const QString &state)
{
    if (state == u"running")
        return g_presenter ? QColor(0x00, 0x80, 0x00) : QColor(0x2e, 0xa0, 0x43);
    if (state == u"pending")
        return QColor(0x1f, 0x6f, 0xd1);
    if (state == u"stopping")
        return QColor(0xd9, 0x82, 0x00);
    if (state == u"stopped")
        return g_presenter ? QColor(0xb0, 0x00, 0x00) : QColor(0xcf, 0x3c, 0x3c);
    if (state == u"shutting-down")
        return QColor(0x8e, 0x44, 0xad);
    if (state == u"terminated")
        return QColor(0x55, 0x55, 0x55);
    return QColor(0x99, 0x99, 0x99);
}

QColor Theme::seriesColor(int index)
{
    static const QColor colors[] = {
        QColor(0x23, 0x2f, 0x3e), // On-Demand: AWS squid ink, the reference line
        QColor(0xff, 0x99, 0x00),
        QColor(0x1f, 0x77, 0xb4),
        QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2),
        QColor(0x17, 0xbe, 0xcf),
        QColor(0xbc, 0xbd, 0x22),
    };
    return colors[qAbs(index) % int(std::size(colors))];
}

QColor Theme::highlight()
{
    return g_presenter ? QColor(0xff, 0xd4, 0x00) : QColor(0xff, 0xe8, 0x8c);
}

QColor Theme::text()
{
    return g_presenter ? Qt::black : QColor(0x1b, 0x1f, 0x24);
}

QColor Theme::muted()
{
    return g_presenter ? QColor(0x33, 0x33, 0x33) : QColor(0x6b, 0x72, 0x80);
}

QColor Theme::background()
{
    return Qt::white;
}

QColor Theme::panel()
{
    return g_presenter ? Qt::white : QColor(0xf6, 0xf8, 0xfa);
}

int Theme::basePointSize()
{
    const int base = g_defaultPointSize > 0 ? g_defaultPointSize : 10;
    return g_presenter ? base + 4 : base;
}

} // namespace ec2lab::gui

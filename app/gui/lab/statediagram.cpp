#include "statediagram.h"

#include "core/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace ec2lab::gui {

namespace {

const InstanceState kStates[] = { InstanceState::Pending, InstanceState::Running, InstanceState::ShuttingDown,
    InstanceState::Terminated, InstanceState::Stopping, InstanceState::Stopped };

QString stateLabel(InstanceState s)
{
    switch (s) {
    case InstanceState::Pending:
        //: The state name the EC2 API returns: keep the English name, add a gloss after it
        return StateDiagram::tr("pending", "instance state");
    case InstanceState::Running:
        return StateDiagram::tr("running", "instance state");
    case InstanceState::ShuttingDown:
        return StateDiagram::tr("shutting-down", "instance state");
    case InstanceState::Terminated:
        return StateDiagram::tr("terminated", "instance state");
    case InstanceState::Stopping:
        return StateDiagram::tr("stopping", "instance state");
    case InstanceState::Stopped:
        return StateDiagram::tr("stopped", "instance state");
    }
    return {};
}

/// A translated label with the API name in front ("pending (대기 중)") on two lines, so boxes and
/// the gaps between them stay narrow.
QString twoLines(QString label)
{
    const qsizetype bracket = label.indexOf(QStringLiteral(" ("));
    if (bracket > 0)
        label.replace(bracket, 1, u'\n');
    return label;
}

QString boxLabel(InstanceState s)
{
    return twoLines(stateLabel(s));
}

double labelWidth(const QFontMetricsF &fm, InstanceState s)
{
    double w = 0;
    for (const QString &line : boxLabel(s).split(u'\n'))
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}

int labelLines()
{
    int lines = 1;
    for (InstanceState s : kStates)
        lines = qMax(lines, int(boxLabel(s).count(u'\n')) + 1);
    return lines;
}

} // namespace

StateDiagram::StateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Instance state diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_edges = {
        { InstanceState::Pending, InstanceState::Running, tr("ready", "arrow"), {}, 0.5 },
        { InstanceState::Running, InstanceState::ShuttingDown, tr("terminate", "arrow"), {}, 0.5 },
        { InstanceState::ShuttingDown, InstanceState::Terminated, tr("done", "arrow"), {}, 0.5 },
        { InstanceState::Running, InstanceState::Stopping, tr("stop / hibernate", "arrow"), {}, 0.5 },
        { InstanceState::Stopping, InstanceState::Stopped, tr("stopped", "arrow"), {}, 0.5 },
        { InstanceState::Stopped, InstanceState::Pending, tr("start", "arrow"), {}, 0.5 },
        { InstanceState::Stopping, InstanceState::ShuttingDown, tr("terminate", "arrow"), {}, 0.62 },
        // Routed around the other nodes so no arrow crosses a box.
        { InstanceState::Stopped, InstanceState::ShuttingDown, tr("terminate", "arrow"),
            { QPointF(0.10, 0.97), QPointF(0.68, 0.97) }, 0.62 },
        { InstanceState::Pending, InstanceState::Terminated, tr("launch failure", "arrow"),
            { QPointF(0.06, 0.10), QPointF(0.94, 0.10) }, 0.5 },
    };
    m_anim.setStartValue(0.0);
    m_anim.setEndValue(1.0);
    m_anim.setDuration(700);
    m_anim.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_anim, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_animPos = v.toDouble();
        update();
    });
    connect(&m_anim, &QVariantAnimation::finished, this, [this] {
        m_animPos = -1;
        update();
    });
}

void StateDiagram::setCurrent(std::optional<InstanceState> state, double progress, const QString &badge)
{
    if (m_current != state)
        m_lastEdge.reset();
    m_current = state;
    m_progress = progress;
    m_badge = badge;
    setAccessibleDescription(
        state ? tr("Current state: %1").arg(stateLabel(*state)) : tr("No instance selected"));
    update();
}

void StateDiagram::animateTransition(InstanceState from, InstanceState to)
{
    m_lastEdge = std::make_pair(from, to);
    m_anim.stop();
    m_anim.start();
}

void StateDiagram::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    update();
}

QString StateDiagram::litStateName() const
{
    return m_current ? stateName(*m_current) : QString();
}

QFont StateDiagram::fittedFont() const
{
    // The largest font (at most the widget's) at which the four boxes of the top row and the
    // labels of the arrows between them fit side by side, so a narrow diagram or presenter-mode
    // fonts shrink the text instead of overlapping or clipping the boxes.
    QFont f = font();
    const double base = f.pointSizeF() > 0 ? f.pointSizeF() : 10.0;
    for (double scale = 1.0; scale > 0.55; scale -= 0.05) {
        f.setPointSizeF(base * scale);
        QFont bold = f;
        bold.setBold(true);
        QFont small = f;
        small.setPointSizeF(f.pointSizeF() * 0.85);
        const QFontMetricsF fm(bold);
        const QFontMetricsF sm(small);
        double widest = 0;
        for (InstanceState st : kStates)
            widest = qMax(widest, labelWidth(fm, st));
        // Only the labels of the arrows between side-by-side boxes must fit between them.
        auto topRow
            = [](InstanceState st) { return st != InstanceState::Stopping && st != InstanceState::Stopped; };
        double label = 0;
        for (const Edge &e : m_edges)
            if (e.via.isEmpty() && topRow(e.from) == topRow(e.to))
                for (const QString &line : twoLines(e.label).split(u'\n'))
                    label = qMax(label, sm.horizontalAdvance(line));
        if (4 * (widest + 20) + 3 * (label + 12) + 2 * kMargin <= width())
            return f;
    }
    return f;
}

double StateDiagram::boxWidth() const
{
    QFont bold = fittedFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    double widest = 0;
    for (InstanceState st : kStates)
        widest = qMax(widest, labelWidth(fm, st));
    // Wide enough for the longest state label; never so wide that four boxes leave no room for
    // the arrows between them.
    return qMin(qMax(widest + 20, width() * 0.15), (width() - 2 * kMargin) / 4.6);
}

QPointF StateDiagram::nodeCenter(InstanceState s) const
{
    const double w = width();
    const double h = height();
    const double box = boxWidth();
    const double gap = qMax(0.0, (w - 2 * kMargin - 4 * box) / 3);
    auto column = [&](int c) { return kMargin + box / 2 + c * (box + gap); };
    switch (s) {
    case InstanceState::Pending:
        return { column(0), h * 0.37 };
    case InstanceState::Running:
        return { column(1), h * 0.37 };
    case InstanceState::ShuttingDown:
        return { column(2), h * 0.37 };
    case InstanceState::Terminated:
        return { column(3), h * 0.37 };
    case InstanceState::Stopping:
        return { column(1), h * 0.80 };
    case InstanceState::Stopped:
        return { column(0), h * 0.80 };
    }
    return {};
}

QRectF StateDiagram::nodeRect(InstanceState s) const
{
    QFont bold = fittedFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const double w = boxWidth();
    const double h = qMin(qMax(fm.height() * (1.6 + labelLines()), height() * 0.2), height() * 0.3);
    const QPointF c = nodeCenter(s);
    return { c.x() - w / 2, c.y() - h / 2, w, h };
}

QPainterPath StateDiagram::edgePath(const Edge &e) const
{
    const QRectF a = nodeRect(e.from);
    const QRectF b = nodeRect(e.to);
    // Clip a segment to a node's border so arrows start and end at the boxes.
    auto clip = [](const QRectF &r, QPointF inside, QPointF outside) {
        const QPointF d = outside - inside;
        double t = 1.0;
        if (d.x() != 0)
            t = qMin(t, (r.width() / 2) / qAbs(d.x()));
        if (d.y() != 0)
            t = qMin(t, (r.height() / 2) / qAbs(d.y()));
        return inside + d * t;
    };
    QList<QPointF> via;
    for (const QPointF &f : e.via)
        via << QPointF(f.x() * width(), f.y() * height());
    if (via.isEmpty()) {
        QPainterPath path(clip(a, a.center(), b.center()));
        path.lineTo(clip(b, b.center(), a.center()));
        return path;
    }
    // Leave and enter the boxes vertically, then follow the waypoints.
    const QPointF first(a.center().x(), via.first().y());
    const QPointF last(
        b.center().x() + (via.last().x() - b.center().x() > 0 ? b.width() * 0.25 : 0), via.last().y());
    QPainterPath path(clip(a, a.center(), first));
    path.lineTo(first);
    for (qsizetype i = 1; i + 1 < via.size(); ++i)
        path.lineTo(via[i]);
    path.lineTo(last);
    const QPointF entry(last.x(), last.y() < b.center().y() ? b.top() : b.bottom());
    path.lineTo(entry);
    return path;
}

void StateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::panel());
    const bool presenter = Theme::presenter();
    const QFont fitted = fittedFont();
    QFont small = fitted;
    small.setPointSizeF(fitted.pointSizeF() * 0.85);

    // Edges first, nodes on top.
    for (const Edge &e : m_edges) {
        const QPainterPath path = edgePath(e);
        const bool lit = m_lastEdge && m_lastEdge->first == e.from && m_lastEdge->second == e.to;
        QColor c = lit ? Theme::stateColor(stateName(e.to)) : Theme::muted();
        if (!lit && !presenter)
            c.setAlpha(150);
        p.setPen(QPen(c, lit ? 3.5 : (presenter ? 2.0 : 1.4)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head.
        const QPointF tip = path.pointAtPercent(1.0);
        const double angle = qDegreesToRadians(path.angleAtPercent(0.98));
        const double len = presenter ? 14 : 10;
        const QPointF back(tip.x() - len * qCos(angle), tip.y() + len * qSin(angle));
        const QPointF side(len * 0.45 * qSin(angle), len * 0.45 * qCos(angle));
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF { tip, back + side, back - side });
        // Label near the middle.
        p.setFont(small);
        p.setPen(lit ? Theme::text() : Theme::muted());
        const QPointF m = path.pointAtPercent(e.labelAt);
        const QString text = twoLines(e.label);
        const double lh = QFontMetricsF(small).height() * (text.count(u'\n') + 1);
        const QRectF lr(m.x() - 80, m.y() - lh - 2, 160, lh);
        const bool vertical
            = e.via.isEmpty() && qAbs(path.pointAtPercent(0).x() - path.pointAtPercent(1).x()) < 4;
        p.drawText(vertical ? lr.translated(84, 10) : lr,
            vertical ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter, text);
        if (lit && m_animPos >= 0) {
            const QPointF dot = path.pointAtPercent(m_animPos);
            p.setBrush(Theme::stateColor(stateName(e.to)));
            p.setPen(QPen(Qt::white, 2));
            p.drawEllipse(dot, 8, 8);
        }
    }
    // Reboot self-loop on running.
    {
        const QRectF r = nodeRect(InstanceState::Running);
        QPainterPath loop(QPointF(r.center().x() - 16, r.top()));
        loop.cubicTo(QPointF(r.center().x() - 26, r.top() - 30), QPointF(r.center().x() + 26, r.top() - 30),
            QPointF(r.center().x() + 16, r.top()));
        const bool rebooting
            = m_current == InstanceState::Running && !m_badge.isEmpty() && m_badge == tr("rebooting");
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(
            rebooting ? Theme::stateColor(QStringLiteral("running")) : Theme::muted(), rebooting ? 3 : 1.4));
        p.drawPath(loop);
        p.setFont(small);
        p.setPen(Theme::muted());
        p.drawText(QRectF(r.center().x() + 24, r.top() - 6 - QFontMetricsF(small).height(), 300,
                       QFontMetricsF(small).height()),
            Qt::AlignLeft, tr("reboot (stays running)"));
    }

    QFont bold = fitted;
    bold.setBold(true);
    for (InstanceState s : kStates) {
        const QRectF r = nodeRect(s);
        const bool lit = m_current == s;
        const QColor color = Theme::stateColor(stateName(s));
        if (lit) {
            // A soft halo makes the lit state readable from the back of a classroom.
            for (int i = 4; i >= 1; --i) {
                QColor halo = color;
                halo.setAlpha(30);
                p.setPen(Qt::NoPen);
                p.setBrush(halo);
                p.drawRoundedRect(r.adjusted(-i * 3, -i * 3, i * 3, i * 3), 12 + i * 3, 12 + i * 3);
            }
        }
        p.setPen(QPen(lit ? color.darker(130) : Theme::muted(), lit ? 3 : 1.5));
        p.setBrush(lit ? color : Theme::background());
        p.drawRoundedRect(r, 12, 12);
        p.setFont(bold);
        p.setPen(lit ? Qt::white : Theme::text());
        const double codeHeight = QFontMetricsF(small).height() + 6;
        const QRectF textRect = r.adjusted(4, 2, -4, -codeHeight);
        p.drawText(textRect, Qt::AlignCenter, boxLabel(s));
        p.setFont(small);
        p.setPen(lit ? QColor(Qt::white) : Theme::muted());
        //: %1 is the state's numeric code in the EC2 API (0 pending, 16 running, 80 stopped...)
        p.drawText(QRectF(r.left() + 4, r.bottom() - codeHeight, r.width() - 8, codeHeight - 4),
            Qt::AlignCenter, lit && !m_badge.isEmpty() ? m_badge : tr("code %1").arg(stateCode(s)));
        if (lit && m_progress >= 0 && isTransitional(s)) {
            const QRectF bar(r.left() + 10, r.bottom() - 9, r.width() - 20, 5);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 90));
            p.drawRoundedRect(bar, 2, 2);
            p.setBrush(Qt::white);
            p.drawRoundedRect(
                QRectF(bar.topLeft(), QSizeF(bar.width() * qBound(0.0, m_progress, 1.0), bar.height())), 2,
                2);
        }
    }
    if (!m_note.isEmpty()) {
        // Under "terminated", where no arrow runs: what changed on another instance too.
        const double left = nodeRect(InstanceState::ShuttingDown).right() + 16;
        const QRectF area(left, height() * 0.60, width() - kMargin - left, height() * 0.38);
        p.setFont(small);
        const QRectF needed
            = p.boundingRect(area.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::TextWordWrap, m_note);
        const QRectF box = needed.adjusted(-6, -4, 6, 4).intersected(area);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::highlight());
        p.drawRoundedRect(box, 6, 6);
        p.setPen(Qt::black);
        p.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::TextWordWrap, m_note);
    }
    if (!m_current) {
        p.setFont(bold);
        p.setPen(Theme::muted());
        p.drawText(rect().adjusted(0, 0, 0, -8), Qt::AlignHCenter | Qt::AlignBottom,
            tr("Launch an instance to start the lab"));
    }
}

} // namespace ec2lab::gui

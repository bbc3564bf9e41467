#pragma once

#include "lifecycle/instancestate.h"

#include <QHash>
#include <QPointF>
#include <QVariantAnimation>
#include <QWidget>
#include <optional>

namespace ec2lab::gui {

/// The EC2 instance state machine drawn as a diagram: six states as nodes, the transitions as
/// labelled arrows, the current state lit in its colour.
///
/// Contract: setCurrent() only changes what is lit; animateTransition() additionally runs a
/// short animation along the arrow between the two states (and lights that arrow), so a student
/// sees the path taken. A transitional state shows its progress (0..1) as a bar in the node.
/// Every box stays inside the widget: when the width is short for the font (presenter mode,
/// longer Korean labels), the diagram's text shrinks rather than the boxes overlapping.
class StateDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit StateDiagram(QWidget *parent = nullptr);

    void setCurrent(std::optional<InstanceState> state, double progress, const QString &badge);
    void animateTransition(InstanceState from, InstanceState to);
    /// A short note drawn in the free corner under "terminated" (for a change that concerns
    /// another instance too, such as an Elastic IP moving); "" for none.
    void setNote(const QString &note);
    QString note() const { return m_note; }
    std::optional<InstanceState> current() const { return m_current; }
    /// The state's API name, or "" when no instance is selected.
    QString litStateName() const;
    /// The point size the state names are drawn at now (the widget's font, shrunk to fit).
    double labelPointSize() const { return fittedFont().pointSizeF(); }

    QSize sizeHint() const override { return { 640, 260 }; }
    QSize minimumSizeHint() const override { return { 420, 220 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Edge
    {
        InstanceState from;
        InstanceState to;
        QString label;
        QList<QPointF> via; ///< waypoints in fractions of the widget size; empty = straight
        double labelAt = 0.5; ///< where along the path the label sits
    };
    static constexpr double kMargin = 8;
    QFont fittedFont() const;
    double boxWidth() const;
    QPointF nodeCenter(InstanceState s) const;
    QRectF nodeRect(InstanceState s) const;
    QPainterPath edgePath(const Edge &e) const;

    QList<Edge> m_edges;
    std::optional<InstanceState> m_current;
    double m_progress = -1;
    QString m_badge;
    QString m_note;
    std::optional<std::pair<InstanceState, InstanceState>> m_lastEdge;
    QVariantAnimation m_anim;
    double m_animPos = -1;
};

} // namespace ec2lab::gui

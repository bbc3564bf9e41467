#include "chartbase.h"

#include "core/theme.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsScene>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace ec2lab::gui {

ChartBase::ChartBase(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setObjectName(QStringLiteral("chartNote"));
    m_noteLabel->setAccessibleName(tr("Chart assumptions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noteLabel);
}

QString ChartBase::title() const
{
    return m_chart->title();
}

QString ChartBase::note() const
{
    return m_noteLabel->text();
}

void ChartBase::setNote(const QString &note)
{
    m_noteLabel->setText(note);
}

void ChartBase::resetChart(const QString &title)
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *a : axes) {
        m_chart->removeAxis(a);
        delete a;
    }
    QFont tf = font();
    tf.setPointSize(Theme::basePointSize() + 2);
    tf.setBold(true);
    m_chart->setTitleFont(tf);
    m_chart->setTitle(title);
    QFont lf = font();
    lf.setPointSize(Theme::basePointSize());
    m_chart->legend()->setFont(lf);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
}

void ChartBase::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        QFont tf = m_chart->titleFont();
        tf.setPointSize(Theme::basePointSize() + 2);
        m_chart->setTitleFont(tf);
    }
}

void ChartBase::paint(QPainter *painter, const QRectF &target)
{
    const QString noteText = note();
    QFont noteFont = font();
    noteFont.setPointSizeF(qMax(7.0, target.height() / 70.0));
    const QFontMetricsF fm(noteFont, painter->device());
    const QRectF noteBounds = fm.boundingRect(
        QRectF(0, 0, target.width() - 16, 1000), Qt::TextWordWrap | Qt::AlignLeft, noteText);
    const qreal noteHeight = noteText.isEmpty() ? 0 : noteBounds.height() + 10;

    const QRectF chartRect(target.left(), target.top(), target.width(), target.height() - noteHeight);
    const QRectF oldGeometry = m_chart->geometry();
    m_chart->resize(chartRect.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(target, Theme::background());
    m_chart->scene()->render(painter, chartRect, QRectF(m_chart->pos(), chartRect.size()));
    if (!noteText.isEmpty()) {
        painter->setFont(noteFont);
        painter->setPen(Theme::muted());
        painter->drawText(QRectF(target.left() + 8, chartRect.bottom() + 4, target.width() - 16, noteHeight),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, noteText);
    }
    painter->restore();
    m_chart->setGeometry(oldGeometry);
}

QList<QPointF> ChartBase::downsample(const QList<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 2 * buckets)
        return points;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    const qsizetype n = points.size();
    for (int b = 0; b < buckets; ++b) {
        const qsizetype from = n * b / buckets;
        const qsizetype to = n * (b + 1) / buckets;
        if (from >= to)
            continue;
        qsizetype lo = from;
        qsizetype hi = from;
        for (qsizetype i = from + 1; i < to; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        // Keep the two extremes in x order so the line does not fold back.
        if (lo == hi) {
            out.append(points[lo]);
        } else {
            out.append(points[qMin(lo, hi)]);
            out.append(points[qMax(lo, hi)]);
        }
    }
    if (out.last() != points.last())
        out.append(points.last());
    return out;
}

} // namespace ec2lab::gui

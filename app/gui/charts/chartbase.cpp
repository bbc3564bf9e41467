#include "chartbase.h"

#include "core/theme.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QXYSeries>
#include <QtMath>

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
    connect(m_chart, &QChart::geometryChanged, this, &ChartBase::layoutLegend);
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

void ChartBase::useWrappingLegend()
{
    m_wrapLegend = true;
    m_chart->legend()->hide();
    layoutLegend();
}

void ChartBase::layoutLegend()
{
    if (!m_wrapLegend || m_layingOutLegend)
        return;
    m_layingOutLegend = true;
    for (QGraphicsItem *item : std::as_const(m_legendItems))
        delete item;
    m_legendItems.clear();
    m_legendTexts.clear();
    m_legendRects.clear();
    struct Entry
    {
        QString text;
        QColor color;
        qreal width;
        Qt::PenStyle line = Qt::NoPen;
    };
    const QFont font = m_chart->legend()->font();
    const QFontMetricsF fm(font);
    const qreal swatch = qMax<qreal>(10, fm.height() * 0.7);
    const qreal gap = fm.horizontalAdvance(u' ') * 3;
    QList<Entry> entries;
    auto add = [&](const QString &text, QColor color) {
        if (!text.isEmpty())
            entries.append({ text, color, swatch + 5 + fm.horizontalAdvance(text) });
    };
    for (const LegendKey &k : std::as_const(m_legendKeys)) {
        add(k.text, k.color);
        entries.last().line = k.line;
        if (k.line != Qt::NoPen)
            entries.last().width += swatch * 1.5; // a line sample long enough to show its dashes
    }
    const auto series = m_chart->series();
    for (QAbstractSeries *s : series) {
        if (!s->isVisible() || s->property(kNoLegendEntry).toBool())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                add(set->label(), set->color());
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            add(s->name(), scatter->color());
        } else if (auto *line = qobject_cast<QXYSeries *>(s)) {
            add(s->name(), line->pen().color());
        } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            QColor c = area->brush().color(); // a translucent band, drawn as its fill
            add(s->name(), c);
        }
    }
    // Whole entries flow onto rows as wide as the chart; a row never cuts an entry.
    const QMargins base(6, 6, 6, 6);
    const qreal available = qMax<qreal>(50, m_chart->size().width() - base.left() - base.right() - 8);
    QList<QList<int>> rows;
    qreal x = 0;
    for (int i = 0; i < entries.size(); ++i) {
        if (rows.isEmpty() || (x > 0 && x + entries[i].width > available)) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last().append(i);
        x += entries[i].width + gap;
    }
    const qreal rowHeight = fm.height() + 4;
    const int legendHeight = rows.isEmpty() ? 0 : qCeil(rows.size() * rowHeight + 6);
    const QMargins margins(base.left(), base.top(), base.right(), base.bottom() + legendHeight);
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    qreal y = m_chart->size().height() - base.bottom() - legendHeight + 4;
    for (const QList<int> &row : std::as_const(rows)) {
        qreal rowWidth = -gap;
        for (int i : row)
            rowWidth += entries[i].width + gap;
        qreal left = qMax<qreal>(base.left(), (m_chart->size().width() - rowWidth) / 2);
        for (int i : row) {
            const Entry &e = entries[i];
            const qreal sample = e.line == Qt::NoPen ? swatch : swatch * 2.5;
            QGraphicsItem *box = nullptr;
            if (e.line == Qt::NoPen) {
                auto *rect = new QGraphicsRectItem(
                    QRectF(left, y + (rowHeight - swatch) / 2, swatch, swatch), m_chart);
                rect->setBrush(e.color);
                rect->setPen(QPen(e.color.darker(130), 1));
                box = rect;
            } else {
                auto *line = new QGraphicsLineItem(
                    QLineF(left, y + rowHeight / 2, left + sample, y + rowHeight / 2), m_chart);
                QPen pen(e.color, 2.0);
                pen.setStyle(e.line);
                line->setPen(pen);
                box = line;
            }
            auto *label = new QGraphicsSimpleTextItem(e.text, m_chart);
            label->setFont(font);
            label->setBrush(Theme::text());
            label->setPos(left + sample + 5, y + 2);
            m_legendItems << box << label;
            m_legendTexts << e.text;
            m_legendRects << QRectF(left, y, e.width, rowHeight);
            left += e.width + gap;
        }
        y += rowHeight;
    }
    m_layingOutLegend = false;
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
    // The wrapped legend sets the margins for this size: lay the plot out before rendering.
    if (QGraphicsLayout *l = m_chart->layout())
        l->activate();
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

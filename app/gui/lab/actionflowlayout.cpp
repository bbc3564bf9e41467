#include "actionflowlayout.h"

#include <QLabel>
#include <QPushButton>
#include <QWidget>

namespace ec2lab::gui {

namespace {

constexpr int kSpacing = 4;
/// The widest a preferred (one-row-per-section) layout asks for: wider rows only stretch buttons.
constexpr int kPreferredMaxWidth = 760;

} // namespace

ActionFlowLayout::ActionFlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setSpacing(kSpacing);
}

ActionFlowLayout::~ActionFlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void ActionFlowLayout::addSection(QLabel *heading, const QList<QPushButton *> &buttons)
{
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nextIsHeading = true;
    addWidget(heading);
    for (QPushButton *b : buttons)
        addWidget(b);
}

void ActionFlowLayout::addItem(QLayoutItem *item)
{
    m_entries.append({ item, m_nextIsHeading });
    m_nextIsHeading = false;
    invalidate();
}

int ActionFlowLayout::count() const
{
    return int(m_entries.size());
}

QLayoutItem *ActionFlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries[index].item : nullptr;
}

QLayoutItem *ActionFlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    QLayoutItem *item = m_entries.takeAt(index).item;
    invalidate();
    return item;
}

Qt::Orientations ActionFlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int ActionFlowLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return arrange(QRect(0, 0, width, 0), false) + m.top() + m.bottom();
}

QSize ActionFlowLayout::sizeHint() const
{
    // As wide as the widest section on one row (capped), as tall as that width needs.
    int width = 0;
    int row = 0;
    for (const Entry &e : m_entries) {
        if (e.heading) {
            width = qMax(width, qMin(row, kPreferredMaxWidth));
            row = 0;
            continue;
        }
        row += e.item->sizeHint().width() + kSpacing;
    }
    width = qMax(width, qMin(row, kPreferredMaxWidth));
    const QMargins m = contentsMargins();
    width += m.left() + m.right();
    return { width, heightForWidth(width) };
}

QSize ActionFlowLayout::minimumSize() const
{
    // As wide as the widest button. The real height comes from heightForWidth(); a worst-case
    // (one button a row) minimum height would make every enclosing layout needlessly tall.
    int width = 0;
    for (const Entry &e : m_entries)
        if (!e.heading)
            width = qMax(width, e.item->sizeHint().width());
    const QMargins m = contentsMargins();
    width += m.left() + m.right();
    return { width, heightForWidth(sizeHint().width()) };
}

void ActionFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int ActionFlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = qMax(area.width(), 1);
    int y = area.y();
    qsizetype i = 0;
    const qsizetype n = m_entries.size();
    while (i < n) {
        QLayoutItem *item = m_entries[i].item;
        if (m_entries[i].heading) {
            const int h = item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
            if (apply)
                item->setGeometry(QRect(area.x(), y, width, h));
            y += h + kSpacing;
            ++i;
            continue;
        }
        // Greedy: as many buttons as fit on the row, then share the spare width among them.
        qsizetype end = i;
        int used = 0;
        int height = 0;
        while (end < n && !m_entries[end].heading) {
            const QSize hint = m_entries[end].item->sizeHint();
            const int next = used + (end > i ? kSpacing : 0) + hint.width();
            if (end > i && next > width)
                break;
            used = next;
            height = qMax(height, hint.height());
            ++end;
        }
        if (apply) {
            const int spare = qMax(0, width - used);
            const int count = int(end - i);
            int x = area.x();
            for (qsizetype k = i; k < end; ++k) {
                const int extra = spare / count + (int(k - i) < spare % count ? 1 : 0);
                const int w = m_entries[k].item->sizeHint().width() + extra;
                m_entries[k].item->setGeometry(QRect(x, y, w, height));
                x += w + kSpacing;
            }
        }
        y += height + kSpacing;
        i = end;
    }
    return qMax(0, y - kSpacing - area.y());
}

} // namespace ec2lab::gui

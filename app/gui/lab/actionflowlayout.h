#pragma once

#include <QLayout>
#include <QList>

class QLabel;
class QPushButton;

namespace ec2lab::gui {

/// A flow layout of the lab's action and event buttons: each section is a heading on its own row
/// followed by its buttons, flowed into as many rows as the width needs, so long (Korean) labels
/// and presenter-mode fonts never clip a button and a narrow window gets more rows.
///
/// Contract: buttons keep their order and are never narrower than their size hint; each row is
/// stretched to the full width (the spare width is shared among its buttons); each section starts
/// on a new row under its heading. The height follows the width (heightForWidth), so the
/// enclosing layout and scroll area know how tall the buttons are at any width.
class ActionFlowLayout : public QLayout
{
public:
    explicit ActionFlowLayout(QWidget *parent = nullptr);
    ~ActionFlowLayout() override;

    /// Adds \a heading and its \a buttons as one section (the layout adopts the widgets).
    void addSection(QLabel *heading, const QList<QPushButton *> &buttons);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// One item and whether it starts a section (a heading, laid out on a row of its own).
    struct Entry
    {
        QLayoutItem *item;
        bool heading;
    };
    /// Lays the items out in \a rect (moving them when \a apply) and returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<Entry> m_entries;
    bool m_nextIsHeading = false;
};

} // namespace ec2lab::gui

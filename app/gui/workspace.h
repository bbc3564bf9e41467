#pragma once

#include <QList>
#include <QWidget>

namespace ec2lab::gui {

class ChartBase;
class ScenarioDocument;

/// One of the main window's workspaces (the lifecycle lab, the cost comparison).
///
/// Contract: a workspace reads and edits the scenario only through its ScenarioDocument and
/// names the chart File > Export acts on; it never owns the document.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(ScenarioDocument *doc, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_doc(doc)
    {
    }
    /// The chart that is visible now (the export target), or nullptr.
    virtual ChartBase *currentChart() const = 0;
    virtual QList<ChartBase *> charts() const = 0;
    ScenarioDocument *document() const { return m_doc; }

signals:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    ScenarioDocument *m_doc;
};

} // namespace ec2lab::gui

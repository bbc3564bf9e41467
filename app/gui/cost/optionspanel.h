#pragma once

#include <QJsonArray>
#include <QWidget>

class QGridLayout;
class QToolButton;

namespace ec2lab::gui {

class ScenarioDocument;

/// The options checklist: one row per pricing option of the scenario with its settings (RI
/// class, term, payment, count; Savings Plan type, term, payment, commitment; Spot savings and
/// interruption rate; host family; Free Tier plan), a checkbox to leave it out of the comparison
/// and a menu to add more.
///
/// Commitments (Reserved Instances, Savings Plans, Dedicated Host reservations) have a "Renew"
/// box writing the option's boolean `renew` (shown checked when the file leaves it out).
///
/// Contract: edits write `options[i].<field>` (one undo step each); unchecked options stay in the
/// document (listed under `gui.disabled_options`) so checking them again restores their settings.
/// On-Demand is the reference and cannot be unchecked.
class OptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OptionsPanel(ScenarioDocument *doc, QWidget *parent = nullptr);
    /// The scenario's options without the unchecked ones (what the cost engine should compare).
    static QJsonArray enabledOptions(const QJsonObject &scenario);
    static QString optionLabel(const QJsonObject &option);

private:
    void rebuild();
    void addOption(const QString &kind);
    void setField(int index, const QString &field, const QJsonValue &value);
    QWidget *settingsFor(int index, const QJsonObject &option);

    ScenarioDocument *m_doc;
    QGridLayout *m_grid;
    QToolButton *m_add;
    QByteArray m_shape;
};

} // namespace ec2lab::gui

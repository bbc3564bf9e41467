#include "optionspanel.h"

#include "core/scenariodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

const QString kDisabled = QStringLiteral("gui.disabled_options");

QStringList disabledIds(const QJsonObject &scenario)
{
    QStringList ids;
    const QJsonArray a = scenario.value(QStringLiteral("gui"))
                             .toObject()
                             .value(QStringLiteral("disabled_options"))
                             .toArray();
    for (const QJsonValue &v : a)
        ids << v.toString();
    return ids;
}

QComboBox *combo(
    QWidget *parent, const QList<QPair<QString, QString>> &items, const QString &current, const QString &name)
{
    auto *c = new QComboBox(parent);
    c->setAccessibleName(name);
    for (const auto &[label, value] : items)
        c->addItem(label, value);
    c->setCurrentIndex(qMax(0, c->findData(current)));
    return c;
}

} // namespace

OptionsPanel::OptionsPanel(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    m_add = new QToolButton(this);
    m_add->setText(tr("Add option"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    const QList<QPair<QString, QString>> kinds = { { tr("Reserved Instance"), QStringLiteral("reserved") },
        { tr("Savings Plan"), QStringLiteral("savings-plan") }, { tr("Spot"), QStringLiteral("spot") },
        { tr("Dedicated Host"), QStringLiteral("dedicated-host") },
        { tr("Dedicated Instance"), QStringLiteral("dedicated-instance") },
        { tr("Free Tier"), QStringLiteral("free-tier") } };
    for (const auto &[label, kind] : kinds)
        menu->addAction(label, this, [this, kind = kind] { addOption(kind); });
    m_add->setMenu(menu);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(doc, &ScenarioDocument::scenarioChanged, this, [this](const QString &path) {
        if (path.isEmpty() || path.startsWith(QStringLiteral("options"))
            || (path.startsWith(QStringLiteral("gui")) && !path.startsWith(QStringLiteral("gui.advisor"))))
            rebuild();
    });
    rebuild();
}

QJsonArray OptionsPanel::enabledOptions(const QJsonObject &scenario)
{
    const QStringList off = disabledIds(scenario);
    QJsonArray out;
    const QJsonArray all = scenario.value(QStringLiteral("options")).toArray();
    for (const QJsonValue &v : all)
        if (!off.contains(v.toObject().value(QStringLiteral("id")).toString()))
            out.append(v);
    return out;
}

QString OptionsPanel::optionLabel(const QJsonObject &o)
{
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == u"on-demand")
        return tr("On-Demand");
    if (kind == u"reserved")
        return tr("Reserved Instance");
    if (kind == u"savings-plan")
        return tr("Savings Plan");
    if (kind == u"spot")
        return tr("Spot");
    if (kind == u"dedicated-host")
        return tr("Dedicated Host");
    if (kind == u"dedicated-instance")
        return tr("Dedicated Instance");
    if (kind == u"free-tier")
        return tr("Free Tier");
    return kind;
}

void OptionsPanel::setField(int index, const QString &field, const QJsonValue &value)
{
    const QJsonObject o = m_doc->value(QStringLiteral("options[%1]").arg(index)).toObject();
    //: Undo history entry: %1 is the JSON field name (term, payment...), %2 the option's id
    m_doc->setValue(QStringLiteral("options[%1].%2").arg(index).arg(field), value,
        tr("Change %1 of %2").arg(field, o.value(QStringLiteral("id")).toString()),
        QStringLiteral("opt-%1-%2").arg(index).arg(field));
}

void OptionsPanel::addOption(const QString &kind)
{
    QJsonArray options = m_doc->value(QStringLiteral("options")).toArray();
    QStringList ids;
    for (const QJsonValue &v : options)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    QString base = kind == u"reserved" ? QStringLiteral("ri")
        : kind == u"savings-plan"      ? QStringLiteral("sp")
                                       : kind;
    QString id = base;
    for (int i = 2; ids.contains(id); ++i)
        id = base + u'-' + QString::number(i);
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind } };
    if (kind == u"reserved") {
        o.insert(QStringLiteral("class"), QStringLiteral("standard"));
        o.insert(QStringLiteral("term"), QStringLiteral("1yr"));
        o.insert(QStringLiteral("payment"), QStringLiteral("no-upfront"));
        o.insert(QStringLiteral("count"), 1);
    } else if (kind == u"savings-plan") {
        o.insert(QStringLiteral("type"), QStringLiteral("compute"));
        o.insert(QStringLiteral("term"), QStringLiteral("1yr"));
        o.insert(QStringLiteral("payment"), QStringLiteral("no-upfront"));
    } else if (kind == u"spot") {
        o.insert(QStringLiteral("savings_percent"), QStringLiteral("60"));
        o.insert(QStringLiteral("interruptions_per_month"), QStringLiteral("1"));
    } else if (kind == u"free-tier") {
        o.insert(QStringLiteral("plan"), QStringLiteral("legacy"));
    }
    options.append(o);
    m_doc->setValue(QStringLiteral("options"), options, tr("Add option %1").arg(id));
}

QWidget *OptionsPanel::settingsFor(int index, const QJsonObject &o)
{
    auto *w = new QWidget(this);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    const QString kind = o.value(QStringLiteral("kind")).toString();
    auto bindCombo = [&](const QString &field, const QList<QPair<QString, QString>> &items,
                         const QString &fallback, const QString &name) {
        auto *c = combo(w, items, o.value(field).toString(fallback), name);
        connect(c, &QComboBox::activated, this,
            [this, index, field, c] { setField(index, field, c->currentData().toString()); });
        l->addWidget(c);
    };
    auto bindDecimal = [&](const QString &field, const QString &suffix, const QString &name) {
        auto *e = new QLineEdit(o.value(field).isDouble() ? QString::number(o.value(field).toDouble())
                                                          : o.value(field).toString(),
            w);
        e->setAccessibleName(name);
        //: Placeholder of an empty number field: the value then comes from the price catalog
        e->setPlaceholderText(tr("auto"));
        e->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,6}(\\.[0-9]{0,9})?")), e));
        e->setMaximumWidth(90);
        connect(e, &QLineEdit::editingFinished, this, [this, index, field, e] {
            setField(index, field,
                e->text().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(e->text()));
        });
        l->addWidget(e);
        if (!suffix.isEmpty())
            l->addWidget(new QLabel(suffix, w));
    };
    const QList<QPair<QString, QString>> terms
        = { { tr("1 year"), QStringLiteral("1yr") }, { tr("3 years"), QStringLiteral("3yr") } };
    const QList<QPair<QString, QString>> payments = { { tr("No upfront"), QStringLiteral("no-upfront") },
        { tr("Partial upfront"), QStringLiteral("partial-upfront") },
        { tr("All upfront"), QStringLiteral("all-upfront") } };
    if (kind == u"reserved") {
        bindCombo(QStringLiteral("class"),
            { { tr("Standard"), QStringLiteral("standard") },
                { tr("Convertible"), QStringLiteral("convertible") } },
            QStringLiteral("standard"), tr("RI class"));
        bindCombo(QStringLiteral("term"), terms, QStringLiteral("1yr"), tr("Term"));
        bindCombo(QStringLiteral("payment"), payments, QStringLiteral("no-upfront"), tr("Payment"));
        auto *count = new QSpinBox(w);
        count->setRange(1, 100000);
        count->setValue(o.value(QStringLiteral("count")).toInt(1));
        //: Prefix of the Reserved Instance count box ("x 2" = two instances)
        count->setPrefix(tr("x "));
        count->setAccessibleName(tr("RI count"));
        connect(count, &QSpinBox::valueChanged, this,
            [this, index](int v) { setField(index, QStringLiteral("count"), v); });
        l->addWidget(count);
    } else if (kind == u"savings-plan") {
        //: The two Savings Plan types by their AWS names (Compute, EC2 Instance)
        bindCombo(QStringLiteral("type"),
            { { tr("Compute"), QStringLiteral("compute") },
                { tr("EC2 Instance"), QStringLiteral("ec2-instance") } },
            QStringLiteral("compute"), tr("Plan type"));
        bindCombo(QStringLiteral("term"), terms, QStringLiteral("1yr"), tr("Term"));
        bindCombo(QStringLiteral("payment"), payments, QStringLiteral("no-upfront"), tr("Payment"));
        bindDecimal(QStringLiteral("commitment_per_hour"), tr("USD/h"), tr("Commitment per hour"));
    } else if (kind == u"spot") {
        bindDecimal(QStringLiteral("savings_percent"), tr("% off"), tr("Spot savings percent"));
        bindDecimal(QStringLiteral("interruptions_per_month"), tr("interruptions/month"),
            tr("Interruptions per month"));
    } else if (kind == u"dedicated-host") {
        auto *e = new QLineEdit(o.value(QStringLiteral("family")).toString(), w);
        e->setPlaceholderText(tr("family, e.g. m5"));
        e->setAccessibleName(tr("Host family"));
        e->setMaximumWidth(90);
        connect(e, &QLineEdit::editingFinished, this, [this, index, e] {
            setField(index, QStringLiteral("family"),
                e->text().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(e->text()));
        });
        l->addWidget(e);
        // On-Demand hosts, or a host reservation of 1 or 3 years (then its payment below).
        QList<QPair<QString, QString>> hostTerms = { { tr("On-Demand"), QString() } };
        hostTerms << terms;
        auto *term = combo(w, hostTerms, o.value(QStringLiteral("term")).toString(), tr("Term"));
        connect(term, &QComboBox::activated, this, [this, index, term] {
            const QString path = QStringLiteral("options[%1]").arg(index);
            QJsonObject option = m_doc->value(path).toObject();
            const QString t = term->currentData().toString();
            if (t.isEmpty()) {
                option.remove(QStringLiteral("term"));
                option.remove(QStringLiteral("payment"));
                option.remove(QStringLiteral("renew"));
            } else {
                option.insert(QStringLiteral("term"), t);
                if (!option.contains(QStringLiteral("payment")))
                    option.insert(QStringLiteral("payment"), QStringLiteral("no-upfront"));
            }
            m_doc->setValue(path, option,
                tr("Change %1 of %2")
                    .arg(QStringLiteral("term"), option.value(QStringLiteral("id")).toString()),
                QStringLiteral("opt-%1-term").arg(index));
        });
        l->addWidget(term);
        if (o.contains(QStringLiteral("term")))
            bindCombo(QStringLiteral("payment"), payments, QStringLiteral("no-upfront"), tr("Payment"));
    } else if (kind == u"free-tier") {
        bindCombo(QStringLiteral("plan"),
            { { tr("Legacy (750 h/month, 12 months)"), QStringLiteral("legacy") },
                { tr("Credits (2025 plan)"), QStringLiteral("credits") } },
            QStringLiteral("legacy"), tr("Free Tier plan"));
    }
    l->addStretch();
    return w;
}

void OptionsPanel::rebuild()
{
    const QJsonObject scenario = m_doc->json();
    const QJsonArray options = scenario.value(QStringLiteral("options")).toArray();
    const QStringList off = disabledIds(scenario);
    // Rebuild the widgets only when the options themselves changed, not on every keystroke echo.
    const QByteArray shape = QJsonDocument(options).toJson(QJsonDocument::Compact) + off.join(u',').toUtf8();
    if (shape == m_shape)
        return;
    m_shape = shape;
    // deleteLater: the edit that triggered this rebuild may come from one of these widgets.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < options.size(); ++i) {
        const QJsonObject o = options[i].toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        auto *check = new QCheckBox(optionLabel(o), this);
        check->setToolTip(tr("Option id: %1").arg(id));
        check->setChecked(!off.contains(id));
        const bool reference = o.value(QStringLiteral("kind")).toString() == u"on-demand";
        check->setEnabled(!reference);
        if (reference)
            check->setToolTip(tr("On-Demand is the reference every other option is compared with"));
        connect(check, &QCheckBox::toggled, this, [this, id](bool on) {
            QStringList ids = disabledIds(m_doc->json());
            ids.removeAll(id);
            if (!on)
                ids << id;
            m_doc->setValue(kDisabled, QJsonArray::fromStringList(ids),
                on ? tr("Include option %1").arg(id) : tr("Leave out option %1").arg(id));
        });
        // Name and remove button on one line, the settings indented under them: the panel then
        // needs no more width than one option's settings, which leaves the charts and the summary
        // table room at 1280 pixels.
        m_grid->addWidget(check, 2 * i, 0);
        auto *settings = settingsFor(i, o);
        settings->setContentsMargins(22, 0, 0, 4);
        m_grid->addWidget(settings, 2 * i + 1, 0, 1, 3);
        auto *remove = new QToolButton(this);
        remove->setText(QStringLiteral("✕"));
        remove->setAccessibleName(tr("Remove option %1").arg(id));
        remove->setToolTip(tr("Remove this option"));
        remove->setEnabled(!reference);
        connect(remove, &QToolButton::clicked, this, [this, i, id] {
            QJsonArray all = m_doc->value(QStringLiteral("options")).toArray();
            all.removeAt(i);
            m_doc->setValue(QStringLiteral("options"), all, tr("Remove option %1").arg(id));
        });
        m_grid->addWidget(remove, 2 * i, 2);
        // A commitment bought again when its term ends inside the horizon (the option's "renew",
        // true unless the file says false): on the name's line, so the settings keep their width.
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == u"reserved" || kind == u"savings-plan"
            || (kind == u"dedicated-host" && o.contains(QStringLiteral("term")))) {
            auto *renew = new QCheckBox(tr("Renew"), this);
            renew->setAccessibleName(tr("Renew option %1").arg(id));
            renew->setToolTip(tr("Buy the commitment again when its term ends before the horizon; "
                                 "unchecked, the usage after the term is billed On-Demand"));
            renew->setChecked(o.value(QStringLiteral("renew")).toBool(true));
            connect(renew, &QCheckBox::toggled, this,
                [this, i](bool on) { setField(i, QStringLiteral("renew"), on); });
            m_grid->addWidget(renew, 2 * i, 1, Qt::AlignRight);
        }
    }
}

} // namespace ec2lab::gui

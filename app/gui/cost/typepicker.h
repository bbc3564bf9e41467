#pragma once

#include "catalog/pricetypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace ec2lab::catalog {
class PriceCatalog;
}

namespace ec2lab::gui {

class ScenarioDocument;

/// One row per instance type of a region with its specs, Linux On-Demand price and the lowest
/// effective hourly rate of its published commitments (Reserved Instances and Savings Plans:
/// hourly fee + upfront fee / term hours), read from the price catalog (the bundled snapshot
/// plus the user's cache); estimates made at lookup are not offered here.
///
/// Contract: a read-only table model whose rows are in natural order (family, then size from
/// nano up to metal); Qt::UserRole gives sort keys that keep that order (the type column) or
/// sortable numbers, and the family, vCPU, memory, architecture and generation of each row are
/// exposed for the filter proxy. When the catalog has no specs for a type, its category is derived
/// from the family prefix (categoryForFamily(), marked "from the name" in the tooltip) and vCPU
/// and memory show "—" with a tooltip saying the price source gives none; nothing is guessed.
class InstanceTypeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Category, Vcpu, Memory, Architecture, Generation, OnDemand, Commitment, ColumnCount };
    enum Role { SortRole = Qt::UserRole, FamilyRole, ArchRole, CurrentGenRole };
    explicit InstanceTypeModel(QObject *parent = nullptr);
    ~InstanceTypeModel() override;

    /// The catalog in use (CatalogHolder); hold the pointer while reading, it may be replaced.
    static std::shared_ptr<const catalog::PriceCatalog> priceCatalog();
    void setRegion(const QString &region);
    /// The same from a given catalog (tests, and a catalog the caller already holds).
    void setRegion(const QString &region, const catalog::PriceCatalog &catalog);
    QStringList families() const;
    QString snapshotDate() const;

    /// [CHOICE] The AWS group of a family from its letter prefix, for types the price source
    /// gives no specs for: a, m, t, mac general purpose; c, cc, hpc compute optimized; r, x, u, z,
    /// cr memory optimized; p, g, gr, f, inf, trn, dl, vt, cg accelerated computing; i, im, is, d,
    /// h, hs, hi storage optimized. Anything else is Unknown.
    static catalog::InstanceCategory categoryForFamily(const QString &family);
    /// A key whose plain string order is the natural order of type names: family letters, the
    /// generation number as a number, the family suffix, then the size (nano < micro < small <
    /// medium < large < xlarge < 2xlarge < ... < 48xlarge < metal < metal variants).
    static QString naturalSortKey(const QString &instanceType);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row;
    QList<Row> m_rows;
};

/// Filters the type table by search text, family, minimum vCPU and memory, architecture and
/// current generation.
class InstanceTypeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCriteria(const QString &text, const QString &family, int minVcpu, int minMemoryGib,
        const QString &arch, bool currentOnly);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text, m_family, m_arch;
    int m_minVcpu = 0;
    int m_minMemory = 0;
    bool m_currentOnly = false;
};

/// The region and instance-type picker of the cost comparison, with search and filters and the
/// price snapshot date.
///
/// Contract: choosing a type writes `region` and `workloads[0].instance_type` in one undo step and
/// drops the scenario's type-specific price overrides when the catalog prices the new type;
/// changing the platform drops the typed instance prices; the Compare menu writes the Regions the
/// workloads are priced in side by side.
class TypePicker : public QWidget
{
    Q_OBJECT
public:
    explicit TypePicker(ScenarioDocument *doc, QWidget *parent = nullptr);
    InstanceTypeModel *model() const { return m_model; }
    void choose(const QString &type);
    /// The type of the highlighted row ("" when none is); after any sort or filter it is the
    /// workload's type or nothing.
    QString selectedType() const;
    QTableView *view() const { return m_view; }
    /// Applies the filter criteria (tests set them through the widgets).
    void applyFilter();
    /// "US East (N. Virginia) (us-east-1)": the Region's name (translated) with its code.
    static QString regionLabel(const QString &code);
    /// "Asia Pacific (Seoul)": the Region's readable name alone (translated); the code when the
    /// app knows no name for it.
    static QString regionName(const QString &code);
    /// The Region code the picker shows (its items hold codes as data, names as text).
    QString currentRegion() const;

    /// Prices the workloads in \a others too, side by side (writes every workload's "regions",
    /// the scenario's Region first; an empty list removes them), one undo step.
    void setComparedRegions(const QStringList &others);
    /// The workloads' Regions ("regions" of the first workload; empty without a comparison).
    QStringList comparedRegions() const;
    /// Sets the workload's platform; drops the typed instance prices of the old one (one undo step).
    void choosePlatform(const QString &platform);
    QComboBox *platformBox() const { return m_platform; }
    QToolButton *compareButton() const { return m_compare; }

private:
    void syncSelection();
    void fillCompareMenu();
    void writeComparedRegions(const QStringList &others);
    void load();
    void selectRegion(const QString &code);

    ScenarioDocument *m_doc;
    InstanceTypeModel *m_model;
    InstanceTypeFilter *m_filter;
    QComboBox *m_region;
    QToolButton *m_compare;
    QComboBox *m_platform;
    QLineEdit *m_search;
    QComboBox *m_family;
    QSpinBox *m_vcpu;
    QSpinBox *m_memory;
    QComboBox *m_arch;
    QCheckBox *m_current;
    QTableView *m_view;
    QLabel *m_chosen;
    bool m_loading = false;
};

} // namespace ec2lab::gui

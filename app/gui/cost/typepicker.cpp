#include "typepicker.h"

#include "catalog/awsnames.h"
#include "catalog/pricecatalog.h"
#include "cli/costtext.h"
#include "core/appsettings.h"
#include "core/scenariodocument.h"
#include "prices/catalogholder.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace ec2lab::gui {

using catalog::InstanceCategory;
using catalog::InstanceSpec;
using catalog::PriceCatalog;
using catalog::PriceEntry;
using catalog::PriceKey;
using catalog::toString;

struct InstanceTypeModel::Row
{
    InstanceSpec spec;
    std::optional<Money> onDemand;
    std::optional<Money> commitment; ///< the lowest effective hourly rate of a published offer
    Offer commitmentOffer; ///< the offer that has it
    bool hasSpecs = false; ///< the catalog gave specs (vCPU, memory) for this type
    bool categoryFromName = false; ///< the category was derived from the family prefix
    QString sortKey;
};

namespace {

QString categoryLabel(InstanceCategory c)
{
    switch (c) {
    case InstanceCategory::GeneralPurpose:
        return InstanceTypeModel::tr("General purpose");
    case InstanceCategory::ComputeOptimized:
        return InstanceTypeModel::tr("Compute optimized");
    case InstanceCategory::MemoryOptimized:
        return InstanceTypeModel::tr("Memory optimized");
    case InstanceCategory::AcceleratedComputing:
        return InstanceTypeModel::tr("Accelerated computing");
    case InstanceCategory::StorageOptimized:
        return InstanceTypeModel::tr("Storage optimized");
    case InstanceCategory::Unknown:
        break;
    }
    return InstanceTypeModel::tr("unknown");
}

QString familyOf(const QString &type)
{
    return type.section(u'.', 0, 0);
}

} // namespace

InstanceCategory InstanceTypeModel::categoryForFamily(const QString &family)
{
    qsizetype n = 0;
    while (n < family.size() && family[n].isLetter())
        ++n;
    const QString letters = family.left(n).toLower();
    static const QHash<QString, InstanceCategory> groups = [] {
        QHash<QString, InstanceCategory> h;
        for (const char *p : { "a", "m", "t", "mac" })
            h.insert(QString::fromLatin1(p), InstanceCategory::GeneralPurpose);
        for (const char *p : { "c", "cc", "hpc" })
            h.insert(QString::fromLatin1(p), InstanceCategory::ComputeOptimized);
        for (const char *p : { "r", "x", "u", "z", "cr" })
            h.insert(QString::fromLatin1(p), InstanceCategory::MemoryOptimized);
        for (const char *p : { "p", "g", "gr", "f", "inf", "trn", "dl", "vt", "cg" })
            h.insert(QString::fromLatin1(p), InstanceCategory::AcceleratedComputing);
        for (const char *p : { "i", "im", "is", "d", "h", "hs", "hi" })
            h.insert(QString::fromLatin1(p), InstanceCategory::StorageOptimized);
        return h;
    }();
    return groups.value(letters, InstanceCategory::Unknown);
}

QString InstanceTypeModel::naturalSortKey(const QString &instanceType)
{
    const QString family = familyOf(instanceType);
    const QString size = instanceType.section(u'.', 1);
    // Family: letters, the generation as a zero-padded number, then the suffix ("m5" < "m5a" <
    // "m5d" < "m6g" < "m10"). A space (below every letter and digit) ends each part, so a shorter
    // family sorts before its longer relatives.
    qsizetype i = 0;
    while (i < family.size() && family[i].isLetter())
        ++i;
    qsizetype j = i;
    while (j < family.size() && family[j].isDigit())
        ++j;
    const QString letters = family.left(i);
    const int generation = family.mid(i, j - i).toInt();
    const QString suffix = family.mid(j);
    // Size: its normalization rank (nano 1, micro 2, small 4, ..., xlarge 32, Nxlarge 32 N); metal
    // and its variants after every sized type; anything else last, by name.
    qint64 rank = 0;
    static const QHash<QString, int> named { { QStringLiteral("nano"), 1 }, { QStringLiteral("micro"), 2 },
        { QStringLiteral("small"), 4 }, { QStringLiteral("medium"), 8 }, { QStringLiteral("large"), 16 },
        { QStringLiteral("xlarge"), 32 } };
    if (named.contains(size)) {
        rank = named.value(size);
    } else if (size.endsWith(QStringLiteral("xlarge")) && size.size() > 6) {
        bool ok = false;
        const int n = size.left(size.size() - 6).toInt(&ok);
        rank = ok ? qint64(32) * n : 9'000'000'000LL;
    } else if (size.startsWith(QStringLiteral("metal"))) {
        rank = 8'000'000'000LL;
    } else {
        rank = 9'000'000'000LL;
    }
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(letters)
        .arg(generation, 4, 10, QLatin1Char('0'))
        .arg(suffix)
        .arg(rank, 10, 10, QLatin1Char('0'))
        .arg(size);
}

InstanceTypeModel::InstanceTypeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InstanceTypeModel::~InstanceTypeModel() = default;

std::shared_ptr<const catalog::PriceCatalog> InstanceTypeModel::priceCatalog()
{
    return CatalogHolder::instance()->current();
}

void InstanceTypeModel::setRegion(const QString &region)
{
    const auto held = priceCatalog(); // kept alive while the rows are read
    setRegion(region, *held);
}

void InstanceTypeModel::setRegion(const QString &region, const PriceCatalog &c)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &type : c.instanceTypes(region)) {
        Row r;
        if (const InstanceSpec *s = c.instanceSpec(type))
            r.spec = *s;
        r.spec.name = type;
        r.hasSpecs = r.spec.vcpu > 0 || !r.spec.memoryGib.isZero();
        if (r.spec.category == InstanceCategory::Unknown) {
            r.spec.category = categoryForFamily(r.spec.family.isEmpty() ? familyOf(type) : r.spec.family);
            r.categoryFromName = r.spec.category != InstanceCategory::Unknown;
        }
        r.sortKey = naturalSortKey(type);
        if (const PriceEntry *e = c.entry(PriceKey { region, type, Platform::Linux, Tenancy::Shared }); e) {
            if (e->onDemand)
                r.onDemand = e->onDemand->perHour;
            const auto consider = [&r](Money rate, const Offer &offer) {
                if (!r.commitment || rate < *r.commitment) {
                    r.commitment = rate;
                    r.commitmentOffer = offer;
                }
            };
            for (const catalog::ReservedPrice &p : e->reserved)
                consider(p.effectiveHourly(), p.offer());
            for (const catalog::SavingsPlanRate &p : e->savingsPlans)
                consider(p.perHour, p.offer());
        }
        m_rows.append(r);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.sortKey < b.sortKey; });
    endResetModel();
}

QStringList InstanceTypeModel::families() const
{
    QStringList f;
    for (const Row &r : m_rows) {
        const QString fam = r.spec.family.isEmpty() ? r.spec.name.section(u'.', 0, 0) : r.spec.family;
        if (!f.contains(fam))
            f << fam;
    }
    f.sort();
    return f;
}

QString InstanceTypeModel::snapshotDate() const
{
    const QDate d = priceCatalog()->newestDate();
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int InstanceTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTypeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case FamilyRole:
        return r.spec.family.isEmpty() ? r.spec.name.section(u'.', 0, 0) : r.spec.family;
    case ArchRole:
        return toString(r.spec.architecture);
    case CurrentGenRole:
        return r.spec.generation != catalog::Generation::Previous;
    case Qt::TextAlignmentRole:
        return index.column() >= Vcpu && index.column() != Architecture && index.column() != Generation
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        if (!r.hasSpecs && (index.column() == Vcpu || index.column() == Memory))
            return tr("The price source gives no specs for %1: vCPU and memory are unknown.")
                .arg(r.spec.name);
        if (index.column() == Commitment && r.commitment)
            //: Tooltip of a type's lowest commitment rate: %1 the offer, %2 its effective rate
            return tr("%1: %2 USD/h effective (hourly fee + upfront fee / term hours)")
                .arg(CostText::offerName(r.commitmentOffer), r.commitment->toPlainString());
        if (index.column() == Commitment)
            return tr("No Reserved Instance or Savings Plan rate for this type in the price data.");
        if (index.column() == Category && r.categoryFromName)
            return tr("Derived from the family name (%1): the price source gives no category for this type.")
                .arg(r.spec.family.isEmpty() ? familyOf(r.spec.name) : r.spec.family);
        if (index.column() == Category && r.spec.category == InstanceCategory::Unknown)
            return tr("The price source gives no category for this type, and its family name is not one "
                      "of AWS's five groups.");
        return {};
    default:
        break;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case Type:
        return sort ? r.sortKey : r.spec.name;
    case Category:
        // Sorting by category keeps the natural order inside each group.
        return sort ? QString(QChar(u'0' + int(r.spec.category)) + r.sortKey)
                    : categoryLabel(r.spec.category);
    case Vcpu:
        if (sort)
            return r.spec.vcpu;
        return r.spec.vcpu > 0 ? QVariant(r.spec.vcpu) : QVariant(QStringLiteral("—"));
    case Memory:
        if (sort)
            return qlonglong(r.spec.memoryGib.nanos());
        return r.spec.memoryGib.isZero() ? QStringLiteral("—") : r.spec.memoryGib.toPlainString();
    case Architecture:
        return r.spec.architecture == catalog::Architecture::Unknown ? tr("unknown")
                                                                     : toString(r.spec.architecture);
    case Generation:
        return r.spec.generation == catalog::Generation::Previous ? tr("previous", "instance generation")
            : r.spec.generation == catalog::Generation::Current   ? tr("current", "instance generation")
                                                                  : tr("unknown");
    case OnDemand:
        if (sort)
            return r.onDemand ? qlonglong(r.onDemand->nanos()) : std::numeric_limits<qlonglong>::max();
        return r.onDemand ? r.onDemand->toPlainString(4) : QString();
    case Commitment:
        if (sort)
            return r.commitment ? qlonglong(r.commitment->nanos()) : std::numeric_limits<qlonglong>::max();
        return r.commitment ? r.commitment->toString(4) : QStringLiteral("—");
    }
    return {};
}

QVariant InstanceTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Architecture)
        return tr("Architecture");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OnDemand) {
        const QString date = snapshotDate();
        return date.isEmpty() ? tr("Linux On-Demand, shared tenancy: no price catalog is loaded")
                              : tr("Linux On-Demand, shared tenancy, prices as of %1").arg(date);
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Commitment)
        return tr("The lowest effective hourly rate among the type's published Linux Reserved Instance "
                  "and Savings Plan offers (hourly fee + upfront fee / term hours); the cell's tooltip "
                  "names the offer");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Vcpu:
        return tr("vCPU");
    case Memory:
        //: Column header of the type picker, two lines
        return tr("Memory\nGiB");
    case Architecture:
        //: Column header of the type picker, short for "Architecture" (its tooltip)
        return tr("Arch.");
    case Generation:
        return tr("Generation");
    case OnDemand:
        //: Column header of the type picker, two lines: the Linux On-Demand price per hour
        return tr("On-Demand\nUSD/h");
    case Commitment:
        //: Column header of the type picker, two lines: the lowest commitment rate per hour
        return tr("Lowest RI/SP\nUSD/h");
    }
    return {};
}

void InstanceTypeFilter::setCriteria(const QString &text, const QString &family, int minVcpu,
    int minMemoryGib, const QString &arch, bool currentOnly)
{
    m_text = text;
    m_family = family;
    m_minVcpu = minVcpu;
    m_minMemory = minMemoryGib;
    m_arch = arch;
    m_currentOnly = currentOnly;
    invalidateFilter();
}

bool InstanceTypeFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    auto idx = [&](int col) { return m->index(row, col, parent); };
    if (!m_text.isEmpty()
        && !m->data(idx(InstanceTypeModel::Type)).toString().contains(m_text, Qt::CaseInsensitive)
        && !m->data(idx(InstanceTypeModel::Category)).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_family.isEmpty() && m->data(idx(0), InstanceTypeModel::FamilyRole).toString() != m_family)
        return false;
    if (m_minVcpu > 0
        && m->data(idx(InstanceTypeModel::Vcpu), InstanceTypeModel::SortRole).toInt() < m_minVcpu)
        return false;
    if (m_minMemory > 0
        && m->data(idx(InstanceTypeModel::Memory), InstanceTypeModel::SortRole).toLongLong()
            < qlonglong(m_minMemory) * Money::kNanosPerUnit)
        return false;
    if (!m_arch.isEmpty() && m->data(idx(0), InstanceTypeModel::ArchRole).toString() != m_arch)
        return false;
    if (m_currentOnly && !m->data(idx(0), InstanceTypeModel::CurrentGenRole).toBool())
        return false;
    return true;
}

QString TypePicker::regionName(const QString &code)
{
    // The names AWS's offer files use (English) or the Korean console's.
    QString name;
    if (code == u"us-east-1")
        name = tr("US East (N. Virginia)");
    else if (code == u"ap-northeast-2")
        name = tr("Asia Pacific (Seoul)");
    else
        name = catalog::awsnames::locationForRegionCode(code);
    return name.isEmpty() ? code : name;
}

QString TypePicker::regionLabel(const QString &code)
{
    // The Region's name with the code alongside.
    const QString name = regionName(code);
    return name == code ? code : tr("%1 (%2)", "Region name (code)").arg(name, code);
}

void TypePicker::selectRegion(const QString &code)
{
    int index = m_region->findData(code);
    if (index < 0) {
        m_region->addItem(regionLabel(code), code);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(index);
}

QString TypePicker::currentRegion() const
{
    return m_region->currentData().toString();
}

TypePicker::TypePicker(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new InstanceTypeModel(this))
    , m_filter(new InstanceTypeFilter(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(InstanceTypeModel::SortRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    m_region = new QComboBox(this);
    m_region->setAccessibleName(tr("Region"));
    QStringList regions = InstanceTypeModel::priceCatalog()->regions();
    if (regions.isEmpty())
        regions << QStringLiteral("us-east-1");
    for (const QString &code : std::as_const(regions))
        m_region->addItem(regionLabel(code), code);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search types, e.g. m7g or memory"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search instance types"));
    auto *regionCaption = new QLabel(tr("Re&gion:"), this);
    regionCaption->setBuddy(m_region);
    row1->addWidget(regionCaption);
    row1->addWidget(m_region);
    // Regions side by side: the other Regions to price the same workloads in (the workloads'
    // "regions" list, the scenario's own Region first).
    m_compare = new QToolButton(this);
    m_compare->setObjectName(QStringLiteral("compareRegions"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Price the same workloads in other Regions too, side by side"));
    m_compare->setAccessibleName(tr("Compare Regions"));
    m_compare->setPopupMode(QToolButton::InstantPopup);
    m_compare->setMenu(new QMenu(m_compare));
    connect(m_compare->menu(), &QMenu::aboutToShow, this, &TypePicker::fillCompareMenu);
    row1->addWidget(m_compare);
    row1->addStretch();
    layout->addLayout(row1);
    // The search has a line of its own: beside a Region's full name its hint was cut off.
    layout->addWidget(m_search);
    auto *row2 = new QHBoxLayout;
    m_family = new QComboBox(this);
    m_family->setAccessibleName(tr("Family filter"));
    m_vcpu = new QSpinBox(this);
    m_vcpu->setRange(0, 512);
    //: Prefix of the minimum vCPU and minimum memory filters ("≥ 4 vCPU")
    m_vcpu->setPrefix(tr("≥ "));
    m_vcpu->setSuffix(tr(" vCPU"));
    m_vcpu->setAccessibleName(tr("Minimum vCPU"));
    m_memory = new QSpinBox(this);
    m_memory->setRange(0, 32768);
    m_memory->setPrefix(tr("≥ "));
    m_memory->setSuffix(tr(" GiB"));
    m_memory->setAccessibleName(tr("Minimum memory"));
    m_arch = new QComboBox(this);
    m_arch->addItem(tr("Any architecture"), QString());
    m_arch->addItem(QStringLiteral("x86_64"), toString(catalog::Architecture::X86_64));
    m_arch->addItem(QStringLiteral("arm64"), toString(catalog::Architecture::Arm64));
    m_arch->setAccessibleName(tr("Architecture filter"));
    m_current = new QCheckBox(tr("Current generation"), this);
    m_current->setChecked(true);
    row2->addWidget(m_family);
    row2->addWidget(m_vcpu);
    row2->addWidget(m_memory);
    row2->addStretch();
    layout->addLayout(row2);
    auto *row3 = new QHBoxLayout;
    // The workload's platform (operating system): what the catalog prices it as.
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platform"));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setToolTip(tr("The workload's operating system, which its prices depend on"));
    m_platform->addItem(tr("Linux"), QStringLiteral("linux"));
    m_platform->addItem(tr("Windows"), QStringLiteral("windows"));
    m_platform->addItem(tr("Red Hat Enterprise Linux"), QStringLiteral("rhel"));
    m_platform->addItem(tr("SUSE Linux"), QStringLiteral("suse"));
    m_platform->addItem(tr("Ubuntu Pro"), QStringLiteral("ubuntu"));
    m_platform->addItem(tr("Windows with SQL Server"), QStringLiteral("windows-sql"));
    connect(m_platform, &QComboBox::activated, this,
        [this] { choosePlatform(m_platform->currentData().toString()); });
    row3->addWidget(m_platform);
    row3->addWidget(m_arch);
    row3->addWidget(m_current);
    row3->addStretch();
    layout->addLayout(row3);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    // Natural order (family, then size) until a header is clicked.
    m_view->sortByColumn(InstanceTypeModel::Type, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setAccessibleName(tr("Instance types"));
    m_view->setMinimumHeight(120);
    // The price beside the specs, as in the tools people know (type, vCPU, memory, price), then
    // architecture; the long category and generation names last, where the width runs out.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(InstanceTypeModel::OnDemand), InstanceTypeModel::Vcpu);
    header->moveSection(header->visualIndex(InstanceTypeModel::Commitment), InstanceTypeModel::Vcpu + 1);
    header->moveSection(header->visualIndex(InstanceTypeModel::Category), InstanceTypeModel::ColumnCount - 2);
    // Fit every column once rows arrive, so no cell is cut to "General ..." or "x86_..".
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // QHeaderView's size hint reserves the section's height for the sort arrow, which for a
        // two-line header is far wider than the arrow: the widest of the header's lines and of
        // the cells (with the grid line), plus the arrow's room.
        QHeaderView *h = m_view->horizontalHeader();
        const QFontMetrics fm(h->font());
        const int headerRoom = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h)
            + h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        for (int c = 0; c < InstanceTypeModel::ColumnCount; ++c) {
            int text = 0;
            const QStringList lines = m_model->headerData(c, Qt::Horizontal).toString().split(u'\n');
            for (const QString &line : lines)
                text = qMax(text, fm.horizontalAdvance(line));
            int cells = 0;
            for (int r = 0; r < m_model->rowCount(); ++r)
                cells = qMax(cells, m_view->itemDelegate()->sizeHint(option, m_model->index(r, c)).width());
            m_view->setColumnWidth(c, qMax(cells + 1, text + headerRoom));
        }
    });
    // A click on a header re-sorts: keep the chosen type in view.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { syncSelection(); });
    layout->addWidget(m_view, 1);
    m_chosen = new QLabel(this);
    m_chosen->setWordWrap(true);
    layout->addWidget(m_chosen);

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = currentRegion();
        if (region.isEmpty())
            return; // cleared while the catalog is replaced
        const bool wasLoading = m_loading;
        m_model->setRegion(region);
        m_loading = true;
        const QString fam = m_family->currentData().toString();
        m_family->clear();
        m_family->addItem(tr("Any family"), QString());
        for (const QString &f : m_model->families())
            m_family->addItem(f, f);
        m_family->setCurrentIndex(qMax(0, m_family->findData(fam)));
        m_loading = false;
        applyFilter();
        m_loading = wasLoading;
        if (!wasLoading && region != m_doc->value(QStringLiteral("region")).toString()) {
            AppSettings::setLastRegion(region);
            // A scenario's typed prices belong to its Region: they are dropped with the change, in
            // the same undo step, so no figure is ever computed from another Region's prices.
            QUndoStack *undo = m_doc->undoStack();
            undo->beginMacro(tr("Change region"));
            const QString oldRegion = m_doc->value(QStringLiteral("region")).toString();
            m_doc->setValue(QStringLiteral("region"), region, tr("Change region"));
            // A comparison keeps its Regions (the old one among them), the new one first.
            QStringList compared = comparedRegions();
            if (compared.size() > 1) {
                if (!compared.contains(oldRegion))
                    compared.prepend(oldRegion);
                compared.removeAll(region);
                writeComparedRegions(compared);
            }
            if (m_doc->json().contains(QStringLiteral("prices")))
                m_doc->setValue(QStringLiteral("prices"), QJsonValue(QJsonValue::Undefined), QString());
            const QJsonArray workloads = m_doc->value(QStringLiteral("workloads")).toArray();
            for (qsizetype i = 0; i < workloads.size(); ++i)
                if (workloads[i].toObject().contains(QStringLiteral("prices")))
                    m_doc->setValue(QStringLiteral("workloads[%1].prices").arg(i),
                        QJsonValue(QJsonValue::Undefined), QString());
            undo->endMacro();
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, &TypePicker::applyFilter);
    connect(m_family, &QComboBox::currentIndexChanged, this, &TypePicker::applyFilter);
    connect(m_vcpu, &QSpinBox::valueChanged, this, &TypePicker::applyFilter);
    connect(m_memory, &QSpinBox::valueChanged, this, &TypePicker::applyFilter);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &TypePicker::applyFilter);
    connect(m_current, &QCheckBox::toggled, this, &TypePicker::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        choose(m_filter->data(m_filter->index(index.row(), InstanceTypeModel::Type)).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            if (index.isValid() && !m_loading)
                choose(m_filter->data(m_filter->index(index.row(), InstanceTypeModel::Type)).toString());
        });
    connect(doc, &ScenarioDocument::scenarioChanged, this, [this](const QString &path) {
        if (path.isEmpty() || path == u"region" || path.startsWith(QStringLiteral("workloads")))
            load();
    });
    // "Update prices" replaced the catalog: offer its regions, re-read the rows and the date.
    connect(CatalogHolder::instance(), &CatalogHolder::catalogChanged, this, [this] {
        m_loading = true;
        const QString region = currentRegion();
        m_region->clear();
        for (const QString &code : InstanceTypeModel::priceCatalog()->regions())
            m_region->addItem(regionLabel(code), code);
        selectRegion(region); // re-reads the rows and families
        m_loading = false;
        load();
    });
    m_loading = true;
    selectRegion(m_doc->value(QStringLiteral("region")).toString(AppSettings::lastRegion()));
    m_model->setRegion(currentRegion());
    m_family->addItem(tr("Any family"), QString());
    for (const QString &f : m_model->families())
        m_family->addItem(f, f);
    m_loading = false;
    applyFilter();
    load();
}

void TypePicker::applyFilter()
{
    if (m_loading)
        return;
    // Filtering out the selected row moves Qt's current index to a neighbour: that is not a
    // choice, so it must not change the workload type; the selection then follows the document.
    const bool wasLoading = m_loading;
    m_loading = true;
    m_filter->setCriteria(m_search->text(), m_family->currentData().toString(), m_vcpu->value(),
        m_memory->value(), m_arch->currentData().toString(), m_current->isChecked());
    m_loading = wasLoading;
    syncSelection();
}

QString TypePicker::selectedType() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(InstanceTypeModel::Type);
    return rows.size() == 1 ? m_filter->data(rows.first()).toString() : QString();
}

void TypePicker::syncSelection()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString type = m_doc->value(QStringLiteral("workloads[0].instance_type")).toString();
    QModelIndex found;
    for (int r = 0; r < m_filter->rowCount() && !found.isValid(); ++r) {
        const QModelIndex idx = m_filter->index(r, InstanceTypeModel::Type);
        if (m_filter->data(idx).toString() == type)
            found = idx;
    }
    if (found.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(found, QAbstractItemView::PositionAtCenter);
    } else {
        // The chosen type is filtered out: highlight nothing rather than a type not chosen.
        m_view->selectionModel()->clear();
    }
    m_loading = wasLoading;
}

void TypePicker::load()
{
    m_loading = true;
    const QString region = m_doc->value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    if (currentRegion() != region)
        selectRegion(region);
    const QString type = m_doc->value(QStringLiteral("workloads[0].instance_type")).toString();
    m_platform->setCurrentIndex(qMax(0,
        m_platform->findData(
            m_doc->value(QStringLiteral("workloads[0].platform")).toString(QStringLiteral("linux")))));
    const int compared = int(comparedRegions().size());
    //: The Compare button with the number of Regions compared side by side
    m_compare->setText(compared > 1 ? tr("Compare (%1)").arg(compared) : tr("Compare"));
    syncSelection();
    const QString snapshot = m_model->snapshotDate();
    //: %1 is the instance type, %2 the region, %3 the date of the prices (or "from the scenario")
    m_chosen->setText(tr("Workload type: <b>%1</b> in %2 · price snapshot %3")
                          .arg(type.toHtmlEscaped(), regionLabel(region).toHtmlEscaped(),
                              snapshot.isEmpty() ? tr("from the scenario") : snapshot));
    m_loading = false;
}

QStringList TypePicker::comparedRegions() const
{
    QStringList out;
    const QJsonArray list = m_doc->value(QStringLiteral("workloads[0].regions")).toArray();
    for (const QJsonValue &v : list)
        out << v.toString();
    return out;
}

void TypePicker::writeComparedRegions(const QStringList &others)
{
    // Every workload is priced in the same Regions: the scenario's own first, then the others.
    const QString home = m_doc->value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    QStringList list { home };
    for (const QString &r : others)
        if (!list.contains(r))
            list << r;
    const QJsonArray workloads = m_doc->value(QStringLiteral("workloads")).toArray();
    for (qsizetype i = 0; i < workloads.size(); ++i)
        m_doc->setValue(QStringLiteral("workloads[%1].regions").arg(i),
            list.size() > 1 ? QJsonValue(QJsonArray::fromStringList(list))
                            : QJsonValue(QJsonValue::Undefined),
            QString());
}

void TypePicker::setComparedRegions(const QStringList &others)
{
    QUndoStack *undo = m_doc->undoStack();
    //: Undo history entry
    undo->beginMacro(tr("Compare Regions"));
    writeComparedRegions(others);
    undo->endMacro();
}

void TypePicker::fillCompareMenu()
{
    QMenu *menu = m_compare->menu();
    menu->clear();
    const QString home = currentRegion();
    const QStringList compared = comparedRegions();
    for (int i = 0; i < m_region->count(); ++i) {
        const QString code = m_region->itemData(i).toString();
        if (code == home)
            continue;
        QAction *a = menu->addAction(regionLabel(code));
        a->setCheckable(true);
        a->setChecked(compared.contains(code));
        connect(a, &QAction::toggled, this, [this, code](bool on) {
            QStringList others = comparedRegions();
            others.removeAll(m_doc->value(QStringLiteral("region")).toString());
            others.removeAll(code);
            if (on)
                others << code;
            setComparedRegions(others);
        });
    }
}

void TypePicker::choosePlatform(const QString &platform)
{
    if (platform == m_doc->value(QStringLiteral("workloads[0].platform")).toString(QStringLiteral("linux")))
        return;
    // Typed instance prices are for the old platform: they go with it, in the same undo step, so
    // the catalog prices the new one (a price it lacks is then named, never borrowed).
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Change platform"));
    m_doc->setValue(QStringLiteral("workloads[0].platform"), platform, tr("Change platform"));
    for (const QString &block : { QStringLiteral("prices"), QStringLiteral("workloads[0].prices") }) {
        const QJsonObject prices = m_doc->value(block).toObject();
        for (const char *key :
            { "on_demand_per_hour", "reserved", "savings_plan_per_hour", "dedicated_host_per_hour",
                "dedicated_host_reserved", "dedicated_instance_per_hour", "spot_savings_percent" })
            if (prices.contains(QString::fromLatin1(key)))
                m_doc->setValue(
                    block + u'.' + QString::fromLatin1(key), QJsonValue(QJsonValue::Undefined), QString());
    }
    undo->endMacro();
}

void TypePicker::choose(const QString &type)
{
    if (type.isEmpty() || type == m_doc->value(QStringLiteral("workloads[0].instance_type")).toString())
        return;
    const QString region = currentRegion();
    const auto held = InstanceTypeModel::priceCatalog();
    const PriceEntry *e = held->entry(PriceKey { region, type, Platform::Linux, Tenancy::Shared });
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Choose instance type %1").arg(type));
    m_doc->setValue(QStringLiteral("workloads[0].instance_type"), type, tr("Choose instance type"));
    if (e && e->onDemand) {
        // The scenario's own prices were for the old type; let the catalog price the new one.
        for (const char *key : { "on_demand_per_hour", "reserved", "savings_plan_per_hour",
                 "dedicated_host_per_hour", "dedicated_instance_per_hour" })
            m_doc->setValue(QStringLiteral("prices.") + QString::fromLatin1(key),
                QJsonValue(QJsonValue::Undefined), QString());
    }
    undo->endMacro();
}

} // namespace ec2lab::gui

#include "catalog/awsnames.h"
#include "catalog/catalogstore.h"
#include "cli/costtext.h"
#include "commands.h"
#include "cost/costrun.h"
#include "inputerror.h"
#include "jsonreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ec2lab::app {

namespace {

void printCostUsage(QTextStream &out)
{
    out << "Usage: ec2lab cost SCENARIO.json [--json] [--explain] [--skip-unpriced]\n"
           "\n"
           "Compares what each EC2 pricing option (On-Demand, Reserved Instances, Savings Plans,\n"
           "Spot, Dedicated Hosts and Instances, Free Tier) would cost for the workloads of a\n"
           "scenario, month by month over its horizon. Prices the scenario's \"prices\" block\n"
           "leaves out come from the price catalog (the bundled snapshot plus imported prices).\n"
           "A commitment is owed for its whole term: TOTAL includes the fees a term still owes\n"
           "after the horizon (\"committed beyond the horizon\"); it is renewed only while a\n"
           "whole new term fits in the horizon (\"renew\": false buys one term). USD/H EFF. is a\n"
           "commitment's hourly fee + upfront / term hours.\n"
           "\n"
           "Options:\n"
           "  --json       Print the full result as JSON (cumulative series, breakdown, explain)\n"
           "  --explain    Add the \"show calculation\" lines under each option of the table\n"
           "  --skip-unpriced\n"
           "               Compare the options that have prices and list the others, each with\n"
           "               the price it lacks (with --json, under \"left_out\"), instead of\n"
           "               stopping at the first missing price\n"
           "  -h, --help   Show this help\n"
           "\n"
           "A workload's \"regions\" list prices the scenario in each of those Regions side by side\n"
           "(one table each, then the totals by Region; with --json, a \"regions\" array).\n"
           "\n"
           "Exit status: 0 success (with --skip-unpriced, also when some options were left out),\n"
           "1 bad scenario or missing price, 2 usage error.\n";
    out.flush();
}

QJsonValue moneyOrNull(const std::optional<Money> &m, int decimals)
{
    return m ? QJsonValue(m->toString(decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonArray moneyArray(const std::vector<Money> &values)
{
    QJsonArray a;
    for (const Money &m : values)
        a.append(m.toString(2));
    return a;
}

QJsonArray hoursArray(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(QString::number(v, 'f', 2));
    return a;
}

QJsonArray priceNotesJson(const std::vector<PriceNote> &notes)
{
    QJsonArray a;
    for (const PriceNote &n : notes)
        a.append(QJsonObject { { QStringLiteral("price"), n.price },
            { QStringLiteral("value"), n.value.toPlainString() },
            { QStringLiteral("kind"), n.estimate ? QStringLiteral("estimate") : QStringLiteral("derived") },
            { QStringLiteral("rule"), n.rule }, { QStringLiteral("source"), n.source },
            { QStringLiteral("date"),
                n.date.isValid() ? QJsonValue(n.date.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null) } });
    return a;
}

// One line per rule: "Estimated price: A = 306.6 USD, B = 0.0352 USD (rule; source S, date)".
QStringList priceNoteLines(const std::vector<PriceNote> &notes)
{
    QStringList lines;
    for (std::size_t i = 0; i < notes.size();) {
        const PriceNote &n = notes[i];
        QStringList items;
        std::size_t j = i;
        for (; j < notes.size() && notes[j].rule == n.rule && notes[j].source == n.source
             && notes[j].estimate == n.estimate && notes[j].date == n.date;
             ++j)
            items << QStringLiteral("%1 = %2 USD").arg(notes[j].price, notes[j].value.toPlainString());
        lines << QStringLiteral("%1 %2: %3 (%4; source %5, %6)")
                     .arg(n.estimate ? QStringLiteral("Estimated") : QStringLiteral("Derived"),
                         items.size() > 1 ? QStringLiteral("prices") : QStringLiteral("price"),
                         items.join(QStringLiteral(", ")), n.rule, n.source,
                         n.date.isValid() ? n.date.toString(Qt::ISODate) : QStringLiteral("undated"));
        i = j;
    }
    return lines;
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString warningKind(CostWarning::Kind k)
{
    switch (k) {
    case CostWarning::Kind::UnknownNormalizationFactor:
        return QStringLiteral("unknown_normalization_factor");
    case CostWarning::Kind::ZeroProposedCommitment:
        return QStringLiteral("zero_proposed_commitment");
    }
    return QString();
}

// "prices published 2021-02-05 to 2026-09-24 (snapshot 2026-09-24)": the dates of the prices the
// comparison used, not only the catalog's newest.
QString priceDatesText(const CostReport &report)
{
    const QString snapshot = report.priceSnapshot.isEmpty()
        ? QString()
        : QStringLiteral(" (snapshot %1)").arg(report.priceSnapshot);
    const qsizetype undated = static_cast<qsizetype>(report.undatedPrices.size());
    if (!report.pricesFrom.isValid()) {
        if (undated > 0 || report.priceSnapshot.isEmpty())
            return QStringLiteral("prices undated") + snapshot;
        return QStringLiteral("prices as of ") + report.priceSnapshot;
    }
    // The range covers the dated prices only: say how many carry no date.
    const QString rest = undated == 0 ? QString()
        : undated == 1                ? QStringLiteral("; 1 price used carries no date")
                                      : QStringLiteral("; %1 prices used carry no date").arg(undated);
    if (report.pricesFrom == report.pricesTo)
        return QStringLiteral("prices published %1").arg(report.pricesFrom.toString(Qt::ISODate)) + snapshot
            + rest;
    return QStringLiteral("prices published %1 to %2")
               .arg(report.pricesFrom.toString(Qt::ISODate), report.pricesTo.toString(Qt::ISODate))
        + snapshot + rest;
}

// The options a --skip-unpriced run left out, each with the price it lacks.
QJsonArray leftOutJson(const std::vector<OptionProblem> &leftOut)
{
    QJsonArray out;
    for (const OptionProblem &p : leftOut)
        out.append(QJsonObject { { QStringLiteral("id"), p.option.id },
            { QStringLiteral("option"), CostText::optionName(p.option) },
            { QStringLiteral("location"), p.error.location }, { QStringLiteral("error"), p.error.message } });
    return out;
}

QJsonObject toJson(const CostReport &report, const QString &region)
{
    QJsonObject root;
    root[QStringLiteral("region")] = region;
    root[QStringLiteral("region_name")] = catalog::awsnames::locationForRegionCode(region);
    root[QStringLiteral("horizon_months")] = report.horizonMonths;
    root[QStringLiteral("hours_per_month")] = report.hoursPerMonth > 0
        ? QJsonValue(report.hoursPerMonth)
        : QJsonValue(QStringLiteral("calendar"));
    root[QStringLiteral("start")] = report.start.toString(Qt::ISODate);
    root[QStringLiteral("price_snapshot")]
        = report.priceSnapshot.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.priceSnapshot);
    root[QStringLiteral("prices_from")] = dateOrNull(report.pricesFrom);
    root[QStringLiteral("prices_to")] = dateOrNull(report.pricesTo);
    QJsonArray stale;
    for (const DatedPrice &d : report.stalePrices)
        stale.append(QJsonObject {
            { QStringLiteral("price"), d.price }, { QStringLiteral("date"), d.date.toString(Qt::ISODate) } });
    root[QStringLiteral("stale_prices")] = stale;
    QJsonArray undated;
    for (const DatedPrice &d : report.undatedPrices)
        undated.append(d.price);
    root[QStringLiteral("undated_prices")] = undated;
    root[QStringLiteral("assumptions")]
        = QJsonArray::fromStringList(CostText::assumptions(report.assumptions));
    QJsonArray options;
    for (const OptionResult &r : report.options) {
        QJsonObject o;
        o[QStringLiteral("id")] = r.id;
        o[QStringLiteral("label")] = CostText::optionName(r);
        o[QStringLiteral("upfront")] = r.upfront.toString(2);
        o[QStringLiteral("monthly")] = r.monthly.toString(2);
        o[QStringLiteral("normalized_monthly")] = r.normalizedMonthly.toString(2);
        o[QStringLiteral("total")] = r.total.toString(2);
        // Part of the total: commitment fees owed after the horizon (in no month of "cumulative").
        o[QStringLiteral("committed_beyond_horizon")] = r.committedBeyondHorizon.toString(2);
        o[QStringLiteral("effective_hourly")] = moneyOrNull(r.effectiveHourly, 6);
        o[QStringLiteral("cost_per_used_hour")] = moneyOrNull(r.costPerUsedHour, 6);
        o[QStringLiteral("savings_percent")] = r.savingsPercent.toString(2);
        o[QStringLiteral("break_even_month")]
            = r.breakEvenMonth ? QJsonValue(*r.breakEvenMonth) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("break_even_utilization")] = moneyOrNull(r.breakEvenUtilizationPercent, 2);
        o[QStringLiteral("cumulative")] = moneyArray(r.cumulative);
        QJsonObject b;
        b[QStringLiteral("compute")] = r.breakdown.compute.toString(2);
        b[QStringLiteral("upfront")] = r.breakdown.upfront.toString(2);
        b[QStringLiteral("ebs")] = r.breakdown.ebs.toString(2);
        b[QStringLiteral("public_ipv4")] = r.breakdown.publicIpv4.toString(2);
        b[QStringLiteral("data_transfer")] = r.breakdown.dataTransfer.toString(2);
        b[QStringLiteral("credits")] = r.breakdown.credits.toString(2);
        o[QStringLiteral("breakdown")] = b;
        o[QStringLiteral("explain")] = QJsonArray::fromStringList(CostText::lines(r.explain));
        // Structured: every estimated or derived price the option used, with its rule.
        o[QStringLiteral("uses_estimates")] = std::any_of(
            r.priceNotes.cbegin(), r.priceNotes.cend(), [](const PriceNote &n) { return n.estimate; });
        o[QStringLiteral("price_notes")] = priceNotesJson(r.priceNotes);
        QJsonArray warnings;
        for (const CostWarning &w : r.warnings) {
            QJsonObject warning { { QStringLiteral("kind"), warningKind(w.kind) },
                { QStringLiteral("message"), CostText::warning(w) } };
            if (w.kind == CostWarning::Kind::ZeroProposedCommitment)
                warning[QStringLiteral("offer")] = offerKey(w.offer);
            else
                warning[QStringLiteral("instance_type")] = w.instanceType;
            warnings.append(warning);
        }
        o[QStringLiteral("warnings")] = warnings;
        if (r.spotRisk) {
            const SpotRisk &s = *r.spotRisk;
            QJsonObject risk;
            risk[QStringLiteral("paths")] = s.paths;
            risk[QStringLiteral("seed")] = static_cast<qint64>(s.seed);
            risk[QStringLiteral("cost_p10")] = moneyArray(s.costP10);
            risk[QStringLiteral("cost_p50")] = moneyArray(s.costP50);
            risk[QStringLiteral("cost_p90")] = moneyArray(s.costP90);
            risk[QStringLiteral("lost_hours_p10")] = hoursArray(s.lostHoursP10);
            risk[QStringLiteral("lost_hours_p50")] = hoursArray(s.lostHoursP50);
            risk[QStringLiteral("lost_hours_p90")] = hoursArray(s.lostHoursP90);
            o[QStringLiteral("spot_risk")] = risk;
        }
        options.append(o);
    }
    root[QStringLiteral("options")] = options;
    return root;
}

void printTable(const QString &file, const CostReport &report, const QString &region, bool explain,
    const std::vector<OptionProblem> &leftOut, QTextStream &out)
{
    out << "Scenario " << QFileInfo(file).fileName() << " in " << catalog::awsnames::regionWithName(region)
        << ": " << report.horizonMonths << " months";
    if (report.hoursPerMonth > 0)
        out << " of " << report.hoursPerMonth << " h";
    else
        out << " (calendar)";
    out << " from " << report.start.toString(Qt::ISODate) << ", " << priceDatesText(report) << '\n';
    // A price more than a year older than the newest one used is named, never hidden by the range.
    if (!report.stalePrices.empty()) {
        QStringList names;
        for (const DatedPrice &d : report.stalePrices)
            names << QStringLiteral("%1 (%2)").arg(d.price, d.date.toString(Qt::ISODate));
        out << "Prices more than a year older than the newest one used: " << names.join(QStringLiteral(", "))
            << '\n';
    }
    out << '\n';
    int idWidth = 2;
    int labelWidth = 6;
    for (const OptionResult &r : report.options) {
        idWidth = std::max(idWidth, static_cast<int>(r.id.size()));
        labelWidth = std::max(labelWidth, static_cast<int>(CostText::optionName(r).size()));
    }
    auto row = [&](const QString &id, const QString &label, const QStringList &cells) {
        out << id.leftJustified(idWidth) << "  " << label.leftJustified(labelWidth);
        for (const QString &c : cells)
            out << "  " << c.rightJustified(11);
        out << '\n';
    };
    row(QStringLiteral("ID"), QStringLiteral("OPTION"),
        { QStringLiteral("UPFRONT"), QStringLiteral("MONTHLY"), QStringLiteral("NORM.MONTH"),
            QStringLiteral("TOTAL"), QStringLiteral("USD/H EFF."), QStringLiteral("SAVINGS"),
            QStringLiteral("BREAK-EVEN") });
    for (const OptionResult &r : report.options) {
        row(r.id, CostText::optionName(r),
            { r.upfront.toString(2), r.monthly.toString(2), r.normalizedMonthly.toString(2),
                r.total.toString(2), r.effectiveHourly ? r.effectiveHourly->toString(6) : QStringLiteral("-"),
                r.savingsPercent.toString(2) + u'%',
                r.breakEvenMonth ? QStringLiteral("month %1").arg(*r.breakEvenMonth) : QStringLiteral("-") });
        // The part of TOTAL that a commitment term still owes after the horizon, on its own line.
        if (!r.committedBeyondHorizon.isZero())
            out << QString(idWidth + 2, u' ') << "  "
                << QStringLiteral("committed beyond the horizon: %1 USD (in TOTAL; owed after month %2)")
                       .arg(r.committedBeyondHorizon.toString(2))
                       .arg(report.horizonMonths)
                << '\n';
        for (const CostWarning &w : r.warnings)
            out << QString(idWidth + 2, u' ') << "  Warning: " << CostText::warning(w) << '\n';
        // Estimated and derived prices are never silent: one note each, with its rule.
        for (const QString &line : priceNoteLines(r.priceNotes))
            out << QString(idWidth + 2, u' ') << "  " << line << '\n';
        if (explain)
            for (const QString &line : CostText::lines(r.explain))
                out << QString(idWidth + 2, u' ') << "  " << line << '\n';
        if (r.spotRisk && !r.spotRisk->costP50.empty()) {
            const SpotRisk &s = *r.spotRisk;
            out << QString(idWidth + 2, u' ')
                << QStringLiteral("Spot risk (%1 paths, seed %2): total p10/p50/p90 %3 / %4 / %5 USD, lost "
                                  "work p50 %6 h, p90 %7 h")
                       .arg(s.paths)
                       .arg(s.seed)
                       .arg(s.costP10.back().toString(2), s.costP50.back().toString(2),
                           s.costP90.back().toString(2))
                       .arg(s.lostHoursP50.back(), 0, 'f', 1)
                       .arg(s.lostHoursP90.back(), 0, 'f', 1)
                << '\n';
        }
    }
    if (!leftOut.empty()) {
        out << "\nLeft out for want of a price:\n";
        for (const OptionProblem &p : leftOut)
            out << "  " << p.option.id << "  " << CostText::optionName(p.option) << ": " << p.error.message
                << '\n';
    }
    out << "\nAssumptions:\n";
    for (const QString &a : CostText::assumptions(report.assumptions))
        out << "  - " << a << '\n';
    out.flush();
}

// Several Regions: each Region's total per option side by side (options matched by id; "-" where
// a Region's run has no such option).
void printRegionTotals(const std::vector<CostRunResult> &runs, QTextStream &out)
{
    QStringList ids;
    QStringList labels;
    for (const CostRunResult &run : runs) {
        for (const OptionResult &r : run.report->options)
            if (!ids.contains(r.id)) {
                ids << r.id;
                labels << CostText::optionName(r);
            }
        for (const OptionProblem &p : run.leftOut)
            if (!ids.contains(p.option.id)) {
                ids << p.option.id;
                labels << CostText::optionName(p.option);
            }
    }
    int labelWidth = 6;
    for (const QString &l : std::as_const(labels))
        labelWidth = std::max(labelWidth, static_cast<int>(l.size()));
    out << "\nTotals by Region (USD over the horizon):\n";
    out << QStringLiteral("OPTION").leftJustified(labelWidth);
    for (const CostRunResult &run : runs)
        out << "  " << run.region.rightJustified(14);
    out << '\n';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        out << labels[i].leftJustified(labelWidth);
        for (const CostRunResult &run : runs) {
            QString cell = QStringLiteral("-");
            for (const OptionResult &r : run.report->options)
                if (r.id == ids[i])
                    cell = r.total.toString(2);
            for (const OptionProblem &p : run.leftOut)
                if (p.option.id == ids[i])
                    cell = QStringLiteral("no price");
            out << "  " << cell.rightJustified(14);
        }
        out << '\n';
    }
    out.flush();
}

} // namespace

int runCost(const QStringList &args, CommandIo &io)
{
    bool json = false;
    bool explain = false;
    bool skipUnpriced = false;
    QString file;
    for (const QString &a : args) {
        if (a == u"-h" || a == u"--help") {
            printCostUsage(io.out);
            return ExitSuccess;
        }
        if (a == u"--json") {
            json = true;
        } else if (a == u"--explain") {
            explain = true;
        } else if (a == u"--skip-unpriced") {
            skipUnpriced = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            printError(io, QStringLiteral("cost: unknown option \"%1\" (see ec2lab cost --help)").arg(a));
            return ExitUsage;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            printError(io, QStringLiteral("cost: one scenario file only (see ec2lab cost --help)"));
            return ExitUsage;
        }
    }
    if (file.isEmpty()) {
        printError(io, QStringLiteral("cost: a scenario file is required (see ec2lab cost --help)"));
        return ExitUsage;
    }
    try {
        // Prices the scenario gives win; the rest come from the price catalog (the bundled
        // snapshot with any imported prices over it). Estimates fill what AWS data lacks and are
        // never used silently: each option lists the estimated or derived prices it used.
        // A damaged catalog only fails the run when a price must come from it.
        std::optional<InputError> catalogError;
        const catalog::PriceCatalog priceCatalog = catalog::CatalogStore::loadCurrent(&catalogError);
        const QJsonDocument document = loadJsonDocument(file);
        // One run per Region the workloads list ("regions"), each with that Region's prices.
        const std::vector<CostRunResult> runs = CostRun::computeRegions(document.object(), file, priceCatalog,
            skipUnpriced ? CostRun::Policy::LeaveOutUnpricedOptions : CostRun::Policy::StopAtFirstError,
            catalogError);
        // With --skip-unpriced every report lists what it left out (an empty list included).
        const auto reportJson = [skipUnpriced](const CostRunResult &run) {
            QJsonObject o = toJson(*run.report, run.region);
            if (skipUnpriced)
                o[QStringLiteral("left_out")] = leftOutJson(run.leftOut);
            return o;
        };
        for (const CostRunResult &run : runs)
            if (!run.ok())
                throw *run.error;
        // --skip-unpriced with nothing left to compare is a failure like any missing price: the
        // first option's missing price, as the run without the flag would have said it.
        if (std::all_of(
                runs.cbegin(), runs.cend(), [](const CostRunResult &r) { return r.report->options.empty(); })
            && !runs.front().leftOut.empty())
            throw runs.front().leftOut.front().error;
        if (runs.size() > 1) {
            if (json) {
                QJsonArray regions;
                for (const CostRunResult &run : runs)
                    regions.append(reportJson(run));
                io.out << QString::fromUtf8(QJsonDocument(
                    QJsonObject { { QStringLiteral("regions"),
                        regions } }).toJson(QJsonDocument::Indented));
                io.out.flush();
            } else {
                for (std::size_t i = 0; i < runs.size(); ++i) {
                    if (i > 0)
                        io.out << '\n';
                    printTable(file, *runs[i].report, runs[i].region, explain, runs[i].leftOut, io.out);
                }
                printRegionTotals(runs, io.out);
            }
            return ExitSuccess;
        }
        const CostRunResult &run = runs.front();
        if (json) {
            io.out << QString::fromUtf8(QJsonDocument(reportJson(run)).toJson(QJsonDocument::Indented));
            io.out.flush();
        } else {
            printTable(file, *run.report, run.region, explain, run.leftOut, io.out);
        }
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace ec2lab::app

#include "cost/spotmontecarlo.h"

#include "lifecycle/billingmeter.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace ec2lab {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// xoshiro256** (public-domain algorithm by Blackman and Vigna), written out here because the
/// standard engines' output is not specified across library implementations for distributions.
class PathRandom
{
public:
    PathRandom(std::uint64_t seed, std::uint64_t path)
    {
        std::uint64_t sm = seed ^ (path * 0xD1B54A32D192ED03ULL);
        for (auto &s : m_s)
            s = splitMix64(sm);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in (0, 1].
    double unit() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] {};
};

template<typename T> T percentile(std::vector<T> &values, double p)
{
    // Nearest rank on the sorted sample: index round(p * (n - 1)).
    const auto k = static_cast<std::size_t>(std::llround(p * static_cast<double>(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

} // namespace

SpotRisk SpotMonteCarlo::run(const Input &in)
{
    SpotRisk risk;
    risk.paths = std::max(1, in.paths);
    risk.seed = in.seed;
    const std::size_t hours = in.seconds.size();
    const std::size_t months = in.monthStart.empty() ? 0 : in.monthStart.size() - 1;
    if (months == 0 || hours == 0)
        return risk;

    // Prefix sums of usage, and for each hour the first hour of its running block.
    std::vector<std::int64_t> prefix(hours + 1, 0);
    std::vector<std::int64_t> blockStart(hours, 0);
    std::vector<int> monthOf(hours, 0);
    {
        std::int64_t start = 0;
        std::size_t m = 0;
        for (std::size_t h = 0; h < hours; ++h) {
            prefix[h + 1] = prefix[h] + in.seconds[h];
            if (in.seconds[h] == 0 || (h > 0 && in.seconds[h - 1] == 0))
                start = static_cast<std::int64_t>(h);
            blockStart[h] = start;
            while (m + 1 < months && static_cast<std::int64_t>(h) >= in.monthStart[m + 1])
                ++m;
            monthOf[h] = static_cast<int>(m);
        }
    }
    const double total = static_cast<double>(prefix[hours]);
    const double lambda = in.interruptionsPerMonth / (730.0 * 3600.0); // per running instance-second

    const std::size_t paths = static_cast<std::size_t>(risk.paths);
    std::vector<std::int64_t> costAdj(paths * months, 0); // cumulative extra nano-USD per month
    std::vector<double> lost(paths * months, 0.0); // cumulative lost instance-seconds
    std::vector<int> events(paths, 0);

    auto simulate = [&](std::size_t first, std::size_t last) {
        std::vector<std::int64_t> monthCost(months);
        std::vector<double> monthLost(months);
        for (std::size_t p = first; p < last; ++p) {
            std::fill(monthCost.begin(), monthCost.end(), 0);
            std::fill(monthLost.begin(), monthLost.end(), 0.0);
            PathRandom rng(in.seed, p);
            double pos = 0;
            double lastInterrupt = -1e300; // wall-clock second of the previous interruption
            std::size_t h = 0;
            int count = 0;
            while (lambda > 0) {
                pos += -std::log(rng.unit()) / lambda;
                if (pos >= total)
                    break;
                // The hour containing usage position pos (positions only grow: search forward).
                const auto it = std::upper_bound(prefix.begin() + static_cast<std::ptrdiff_t>(h) + 1,
                    prefix.end(), static_cast<std::int64_t>(pos));
                h = static_cast<std::size_t>(it - prefix.begin()) - 1;
                while (in.seconds[h] == 0) // pos exactly on a boundary before an idle stretch
                    ++h;
                const double into
                    = (pos - static_cast<double>(prefix[h])) / static_cast<double>(in.seconds[h]) * 3600.0;
                const double wall = static_cast<double>(h) * 3600.0 + into;
                const double runStart = std::max(static_cast<double>(blockStart[h]) * 3600.0, lastInterrupt);
                const double age = wall - runStart;
                // Work since the run's last full hour is lost. The base cost bills every usage
                // second; the meter decides whether the interrupted run's lost stretch is billed:
                // if not, the redo replaces it (no extra cost); if it is, the redo is extra.
                const double lostSeconds = std::fmod(age, 3600.0);
                const auto ageSeconds = static_cast<qint64>(std::llround(age));
                const qint64 billed = BillingMeter::billedSeconds(ageSeconds, in.platform,
                    in.startUtc.addSecs(static_cast<qint64>(std::llround(runStart))), Market::Spot, true);
                std::int64_t extra = 0;
                if (billed > 0 && billed == ageSeconds)
                    extra = std::llround(lostSeconds * static_cast<double>(in.priceNanos[h]) / 3600.0);
                const int m = monthOf[h];
                monthCost[static_cast<std::size_t>(m)] += extra;
                monthLost[static_cast<std::size_t>(m)] += lostSeconds;
                lastInterrupt = wall;
                ++count;
            }
            std::int64_t cumCost = 0;
            double cumLost = 0;
            for (std::size_t m = 0; m < months; ++m) {
                cumCost += monthCost[m];
                cumLost += monthLost[m];
                costAdj[p * months + m] = cumCost;
                lost[p * months + m] = cumLost;
            }
            events[p] = count;
        }
    };

    int threads = in.threads > 0 ? in.threads : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, 64);
    if (static_cast<std::size_t>(threads) > paths)
        threads = static_cast<int>(paths);
    std::vector<std::thread> pool;
    const std::size_t chunk
        = (paths + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
    for (int t = 1; t < threads; ++t) {
        const std::size_t first = static_cast<std::size_t>(t) * chunk;
        const std::size_t last = std::min(paths, first + chunk);
        if (first < last)
            pool.emplace_back(simulate, first, last);
    }
    simulate(0, std::min(paths, chunk));
    for (auto &t : pool)
        t.join();

    std::vector<std::int64_t> costColumn(paths);
    std::vector<double> lostColumn(paths);
    for (std::size_t m = 0; m < months; ++m) {
        for (std::size_t p = 0; p < paths; ++p) {
            costColumn[p] = costAdj[p * months + m];
            lostColumn[p] = lost[p * months + m];
        }
        const Money base = m < in.baseCumulative.size() ? in.baseCumulative[m] : Money();
        risk.costP10.push_back(base + Money::fromNanos(percentile(costColumn, 0.10)));
        risk.costP50.push_back(base + Money::fromNanos(percentile(costColumn, 0.50)));
        risk.costP90.push_back(base + Money::fromNanos(percentile(costColumn, 0.90)));
        risk.lostHoursP10.push_back(percentile(lostColumn, 0.10) / 3600.0);
        risk.lostHoursP50.push_back(percentile(lostColumn, 0.50) / 3600.0);
        risk.lostHoursP90.push_back(percentile(lostColumn, 0.90) / 3600.0);
    }
    double sum = 0;
    for (int e : events)
        sum += e;
    risk.meanInterruptions = sum / static_cast<double>(paths);
    return risk;
}

} // namespace ec2lab

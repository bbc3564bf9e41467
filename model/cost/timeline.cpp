#include "cost/timeline.h"

#include <algorithm>

namespace ec2lab {

Timeline::Timeline(QDate start, int months, bool calendarMonths)
    : m_start(start)
    , m_months(months)
    , m_calendar(calendarMonths)
    , m_firstHourOfWeek((start.dayOfWeek() - 1) * 24)
{
    m_monthStart.resize(static_cast<std::size_t>(months) + 1);
    m_monthStart[0] = 0;
    for (int m = 1; m <= months; ++m) {
        if (calendarMonths)
            m_monthStart[static_cast<std::size_t>(m)]
                = static_cast<std::int64_t>(start.daysTo(start.addMonths(m))) * 24;
        else
            m_monthStart[static_cast<std::size_t>(m)] = static_cast<std::int64_t>(m) * kHoursPerMonth;
    }
}

int Timeline::monthOfHour(std::int64_t hour) const
{
    const auto it = std::upper_bound(m_monthStart.begin(), m_monthStart.end(), hour);
    return static_cast<int>(it - m_monthStart.begin()) - 1;
}

std::int64_t Timeline::hourOfDate(QDate date) const
{
    return static_cast<std::int64_t>(m_start.daysTo(date)) * 24;
}

} // namespace ec2lab

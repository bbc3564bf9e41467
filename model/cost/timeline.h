#pragma once

#include <QDate>
#include <cstdint>
#include <vector>

namespace ec2lab {

/// The hourly grid a cost comparison runs on: clock hours from the scenario start (00:00 UTC of
/// the start date), grouped into months.
///
/// Contract: in the default mode every month is 730 hours (AWS Pricing Calculator convention); in
/// calendar mode month k has the real hours of the k-th calendar month counted from the start
/// date (a start on the 15th runs to the 15th of the next month). monthStartHour(months()) is the
/// total number of hours.
class Timeline
{
public:
    static constexpr int kHoursPerMonth = 730;

    Timeline() = default;
    Timeline(QDate start, int months, bool calendarMonths);

    QDate start() const { return m_start; }
    int months() const { return m_months; }
    bool calendarMonths() const { return m_calendar; }
    std::int64_t hours() const { return m_monthStart.back(); }
    std::int64_t monthStartHour(int month) const { return m_monthStart[static_cast<std::size_t>(month)]; }
    std::int64_t hoursInMonth(int month) const { return monthStartHour(month + 1) - monthStartHour(month); }
    /// The 0-based month that contains \a hour (hour < hours()).
    int monthOfHour(std::int64_t hour) const;
    /// Hour of the week (0 = Monday 00:00) of grid hour 0.
    int firstHourOfWeek() const { return m_firstHourOfWeek; }
    /// The hour index of a UTC calendar date's midnight (may be negative or beyond the horizon).
    std::int64_t hourOfDate(QDate date) const;

private:
    QDate m_start;
    int m_months = 0;
    bool m_calendar = false;
    int m_firstHourOfWeek = 0;
    std::vector<std::int64_t> m_monthStart { 0 };
};

} // namespace ec2lab

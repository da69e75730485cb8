package id.aduan.calendar;

import java.time.LocalDate;

/**
 * A dated entry of the calendar: a holiday or collective-leave day with the decree it comes from.
 * {@code provisional} marks a date Aduan estimated before its decree was published.
 */
public record CalendarDay(LocalDate date, String name, DayKind kind, String decree, boolean provisional) {
}

package id.aduan.calendar;

import java.time.LocalDate;

/** A date that is not a working day, and why. */
public record NonWorkingDay(LocalDate date, DayKind reason, String name, String decree) {
}

package id.aduan.calendar;

/** The administrator changed the calendar: deadlines counted with the old one must be counted again. */
public record CalendarChanged(String what) {
}

package id.aduan.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's working days, as one immutable value: what a date is, how many working days lie
 * between two dates, which date is n working days later, and on which working day the clock of a
 * complaint received at a given instant starts.
 * <p>
 * Counting convention, used everywhere in Aduan: the working days <em>elapsed</em> from day A to
 * day B are the working days after A up to and including B. A complaint answered on the day its
 * clock started took 0 working days ("pada waktu yang sama"); answered the next working day, 1.
 * A complaint that arrives outside office hours or on a day off starts on the next working day.
 */
public final class WorkingCalendar {

	/** Far enough for any deadline; a loop that walks further means the calendar has no working day. */
	private static final int MAX_SEARCH_DAYS = 3660;

	private final Map<LocalDate, CalendarDay> days;

	private final OfficeHours hours;

	private final boolean collectiveLeaveIsWorking;

	private final ZoneId zone;

	public WorkingCalendar(List<CalendarDay> days, OfficeHours hours, boolean collectiveLeaveIsWorking, ZoneId zone) {
		this.days = days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
		this.hours = hours;
		this.collectiveLeaveIsWorking = collectiveLeaveIsWorking;
		this.zone = zone;
	}

	public ZoneId zone() {
		return zone;
	}

	public OfficeHours hours() {
		return hours;
	}

	public boolean collectiveLeaveIsWorking() {
		return collectiveLeaveIsWorking;
	}

	public boolean isWorkingDay(LocalDate date) {
		return reason(date).isEmpty();
	}

	/** Why {@code date} is not a working day; empty when it is one. */
	public Optional<NonWorkingDay> reason(LocalDate date) {
		CalendarDay entry = days.get(date);
		if (entry != null && !(entry.kind() == DayKind.COLLECTIVE_LEAVE && collectiveLeaveIsWorking)) {
			return Optional.of(new NonWorkingDay(date, entry.kind(), entry.name(), entry.decree()));
		}
		DayOfWeek day = date.getDayOfWeek();
		if (hours.on(day).isEmpty()) {
			return Optional.of(new NonWorkingDay(date, DayKind.WEEKEND, null, null));
		}
		return Optional.empty();
	}

	/** Every date from {@code from} to {@code to} (both included) that is not a working day. */
	public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
		List<NonWorkingDay> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			reason(date).ifPresent(result::add);
		}
		return result;
	}

	/** Working days elapsed from {@code from} to {@code to}: after {@code from}, up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** Working days in the range {@code from}–{@code to}, both included. */
	public int workingDaysIn(LocalDate from, LocalDate to) {
		return workingDaysBetween(from.minusDays(1), to);
	}

	/** The {@code n}th working day after {@code from}; {@code from} itself for 0. */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
		}
		LocalDate date = from;
		int added = 0;
		int walked = 0;
		while (added < n) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				added++;
			}
			guard(++walked);
		}
		return date;
	}

	/** {@code date} when it is a working day, else the next one. */
	public LocalDate onOrAfter(LocalDate date) {
		LocalDate candidate = date;
		int walked = 0;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
			guard(++walked);
		}
		return candidate;
	}

	/**
	 * The working day on which the clock starts for something received at {@code instant}: that day
	 * when it arrived on a working day before closing time, else the next working day.
	 */
	public LocalDate startDay(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		LocalDate date = local.toLocalDate();
		if (isWorkingDay(date) && hours.on(date.getDayOfWeek())
			.map(open -> local.toLocalTime().isBefore(open.closes()))
			.orElse(false)) {
			return date;
		}
		return onOrAfter(date.plusDays(1));
	}

	/**
	 * The working day an action taken at {@code instant} counts for: its own day when that is a working
	 * day (an answer sent after hours still counts for that day), else the next working day.
	 */
	public LocalDate workDay(Instant instant) {
		return onOrAfter(instant.atZone(zone).toLocalDate());
	}

	/** The moment a working day ends: a deadline on that day has passed after it. */
	public Instant closingTime(LocalDate date) {
		return hours.on(date.getDayOfWeek())
			.map(open -> date.atTime(open.closes()).atZone(zone).toInstant())
			.orElseGet(() -> date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** Whether the office is open at {@code instant}. */
	public boolean isOpen(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		return isWorkingDay(local.toLocalDate()) && hours.on(local.getDayOfWeek())
			.map(open -> !local.toLocalTime().isBefore(open.opens()) && local.toLocalTime().isBefore(open.closes()))
			.orElse(false);
	}

	public LocalDate today(Instant now) {
		return now.atZone(zone).toLocalDate();
	}

	/** The dated entries (holidays, collective leave) of a year, in date order. */
	public List<CalendarDay> entries(int year) {
		return days.values()
			.stream()
			.filter(day -> day.date().getYear() == year)
			.sorted(java.util.Comparator.comparing(CalendarDay::date))
			.toList();
	}

	private static void guard(int walked) {
		if (walked > MAX_SEARCH_DAYS) {
			throw new IllegalStateException("No working day within ten years: check the office hours");
		}
	}
}

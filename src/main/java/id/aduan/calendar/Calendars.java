package id.aduan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;

/**
 * Hands out the office's current {@link WorkingCalendar}. The calendar is read on every deadline
 * computation, so it is kept in memory and read again from the database when this instance changed
 * it, or at the latest after a minute (another instance may have changed it).
 */
@Component
public class Calendars {

	private static final Duration FRESHNESS = Duration.ofMinutes(1);

	private record Loaded(WorkingCalendar calendar, Instant at) {
	}

	private final CalendarDays days;

	private final Catalog catalog;

	private final Clock clock;

	private final AtomicReference<Loaded> loaded = new AtomicReference<>();

	Calendars(CalendarDays days, Catalog catalog, Clock clock) {
		this.days = days;
		this.catalog = catalog;
		this.clock = clock;
	}

	public WorkingCalendar current() {
		Loaded current = loaded.get();
		Instant now = clock.instant();
		if (current == null || current.at().plus(FRESHNESS).isBefore(now) || now.isBefore(current.at())) {
			current = new Loaded(new WorkingCalendar(days.all(), days.hours(), days.collectiveLeaveIsWorking(),
					catalog.office().zone()), now);
			loaded.set(current);
		}
		return current.calendar();
	}

	/** Forget the kept calendar: the next {@link #current()} reads the database. */
	public void forget() {
		loaded.set(null);
	}
}

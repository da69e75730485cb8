package id.aduan.recaps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.calendar.Calendars;
import id.aduan.system.DatabaseTime;

/**
 * The day the office started with Aduan. Until then the units returned their recaps on paper, so a
 * recap of a month due before that day is history entered afterwards: never "late", never reminded.
 * It is also the first month owed unless the administrator chooses another ({@link RecapCycle}). The
 * web application's first start writes it down ({@link FirstStart}); until it has, today stands in.
 */
@Component
public class RecapStart {

	private final JdbcClient jdbc;

	private final Calendars calendars;

	private final Clock clock;

	/** Read once: the day never changes after it is written. */
	private volatile LocalDate known;

	RecapStart(JdbcClient jdbc, Calendars calendars, Clock clock) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.clock = clock;
	}

	/** The day Aduan was installed, in the office's time zone. */
	public LocalDate installedOn() {
		LocalDate day = known;
		if (day != null) {
			return day;
		}
		Optional<LocalDate> stored = stored();
		stored.ifPresent(found -> known = found);
		return stored.orElseGet(this::today);
	}

	public YearMonth installedMonth() {
		return YearMonth.from(installedOn());
	}

	/** Writes today down as the installation day, unless a day is already written. */
	void recordToday() {
		jdbc.sql("insert into recap_start (id, installed_on) values (1, ?) on conflict do nothing").param(today()).update();
		known = null;
	}

	private Optional<LocalDate> stored() {
		return jdbc.sql("select installed_on from recap_start where id = 1")
			.query((rs, row) -> DatabaseTime.date(rs, "installed_on"))
			.optional();
	}

	private LocalDate today() {
		return calendars.current().today(clock.instant());
	}
}

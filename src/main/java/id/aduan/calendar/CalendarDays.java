package id.aduan.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/** The calendar's tables: dated entries, office hours, and whether collective leave is worked. */
@Repository
class CalendarDays {

	private static final RowMapper<CalendarDay> DAY = (rs, row) -> new CalendarDay(
			rs.getObject("holiday_date", LocalDate.class), rs.getString("name"), DayKind.valueOf(rs.getString("kind")),
			rs.getString("decree"), rs.getBoolean("provisional"));

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> all() {
		return jdbc.sql("select holiday_date, name, kind, decree, provisional from calendar_day").query(DAY).list();
	}

	Optional<CalendarDay> on(LocalDate date) {
		return jdbc.sql("select holiday_date, name, kind, decree, provisional from calendar_day where holiday_date = ?")
			.param(date)
			.query(DAY)
			.optional();
	}

	void add(CalendarDay day, String by, Instant at) {
		jdbc.sql("""
				insert into calendar_day (holiday_date, name, kind, decree, provisional, changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(day.date(), day.name(), day.kind().name(), day.decree(), day.provisional(), DatabaseTime.of(at), by)
			.update();
	}

	void update(CalendarDay day, String by, Instant at) {
		jdbc.sql("""
				update calendar_day set name = ?, kind = ?, decree = ?, provisional = ?, changed_at = ?, changed_by = ?
				where holiday_date = ?""")
			.params(day.name(), day.kind().name(), day.decree(), day.provisional(), DatabaseTime.of(at), by, day.date())
			.update();
	}

	void remove(LocalDate date) {
		jdbc.sql("delete from calendar_day where holiday_date = ?").param(date).update();
	}

	OfficeHours hours() {
		Map<DayOfWeek, OfficeHours.Hours> hours = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("select day_of_week, opens, closes from office_hours").query((rs, row) -> {
			LocalTime opens = rs.getObject("opens", LocalTime.class);
			LocalTime closes = rs.getObject("closes", LocalTime.class);
			if (opens != null && closes != null) {
				hours.put(DayOfWeek.of(rs.getInt("day_of_week")), new OfficeHours.Hours(opens, closes));
			}
			return null;
		}).list();
		return new OfficeHours(hours);
	}

	void saveHours(OfficeHours hours) {
		for (DayOfWeek day : DayOfWeek.values()) {
			OfficeHours.Hours open = hours.on(day).orElse(null);
			jdbc.sql("update office_hours set opens = ?, closes = ? where day_of_week = ?")
				.params(open == null ? null : open.opens(), open == null ? null : open.closes(), day.getValue())
				.update();
		}
	}

	boolean collectiveLeaveIsWorking() {
		return jdbc.sql("select collective_leave_is_working from calendar_setting where id = 1")
			.query(Boolean.class)
			.single();
	}

	void setCollectiveLeaveIsWorking(boolean working) {
		jdbc.sql("update calendar_setting set collective_leave_is_working = ? where id = 1").param(working).update();
	}
}

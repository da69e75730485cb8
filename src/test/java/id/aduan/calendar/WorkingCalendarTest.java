package id.aduan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The counting conventions, on a small calendar made for the test (WIT, Friday closing at 11:30). */
class WorkingCalendarTest {

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	/** Monday 2 March 2026 is a working day; Wednesday 4 March a regional holiday; 5 March collective leave. */
	final List<CalendarDay> days = List.of(
			new CalendarDay(LocalDate.of(2026, 3, 4), "Hari jadi kabupaten", DayKind.REGIONAL_HOLIDAY, "Perbup", false),
			new CalendarDay(LocalDate.of(2026, 3, 5), "Cuti bersama", DayKind.COLLECTIVE_LEAVE, "SKB", false));

	final WorkingCalendar calendar = new WorkingCalendar(days, OfficeHours.standard(), false, WIT);

	@Test
	void weekendsHolidaysAndCollectiveLeaveAreNotWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
		assertThat(calendar.reason(LocalDate.of(2026, 3, 4))).hasValueSatisfying(
				off -> assertThat(off.reason()).isEqualTo(DayKind.REGIONAL_HOLIDAY));
		assertThat(calendar.reason(LocalDate.of(2026, 3, 5))).hasValueSatisfying(
				off -> assertThat(off.reason()).isEqualTo(DayKind.COLLECTIVE_LEAVE));
		assertThat(calendar.reason(LocalDate.of(2026, 3, 7))).hasValueSatisfying(
				off -> assertThat(off.reason()).isEqualTo(DayKind.WEEKEND));
	}

	@Test
	void collectiveLeaveCountsAsWorkWhenTheOfficeSaysSo() {
		WorkingCalendar open = new WorkingCalendar(days, OfficeHours.standard(), true, WIT);

		assertThat(open.isWorkingDay(LocalDate.of(2026, 3, 5))).isTrue();
		assertThat(open.isWorkingDay(LocalDate.of(2026, 3, 4))).isFalse();
	}

	@Test
	void elapsedWorkingDaysCountAfterTheFirstDayUpToAndIncludingTheLast() {
		LocalDate monday = LocalDate.of(2026, 3, 2);

		assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
		assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 3))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 6))).as("Wed and Thu are off").isEqualTo(2);
		assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 9))).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), monday)).isEqualTo(-3);
		assertThat(calendar.workingDaysIn(monday, LocalDate.of(2026, 3, 8))).isEqualTo(3);
	}

	@Test
	void addingWorkingDaysSkipsEveryDayOff() {
		LocalDate monday = LocalDate.of(2026, 3, 2);

		assertThat(calendar.addWorkingDays(monday, 0)).isEqualTo(monday);
		assertThat(calendar.addWorkingDays(monday, 2)).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(calendar.addWorkingDays(monday, 3)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThatThrownBy(() -> calendar.addWorkingDays(monday, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void addingAndCountingAgreeForEveryStartAndLength() {
		for (LocalDate start = LocalDate.of(2026, 2, 20); start.isBefore(LocalDate.of(2026, 3, 20)); start = start.plusDays(1)) {
			for (int n = 0; n <= 15; n++) {
				LocalDate end = calendar.addWorkingDays(start, n);
				assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
				if (n > 0) {
					assertThat(calendar.isWorkingDay(end)).isTrue();
				}
			}
		}
	}

	@Test
	void theClockStartsTheSameDayOnlyWhenTheComplaintArrivesDuringAWorkingDay() {
		assertThat(calendar.startDay(at("2026-03-02T15:59"))).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(calendar.startDay(at("2026-03-02T16:00"))).as("at closing time").isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(calendar.startDay(at("2026-03-02T06:30"))).as("before opening").isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(calendar.startDay(at("2026-03-03T20:00"))).as("evening before two days off")
			.isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(calendar.startDay(at("2026-03-06T11:00"))).as("Friday morning").isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(calendar.startDay(at("2026-03-06T13:00"))).as("Friday after the short day")
			.isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.startDay(at("2026-03-07T09:00"))).as("Saturday").isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void anActionAfterHoursStillCountsForItsDay() {
		assertThat(calendar.workDay(at("2026-03-02T21:00"))).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(calendar.workDay(at("2026-03-04T09:00"))).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void aDeadlineDayEndsAtClosingTimeInTheOfficesZone() {
		assertThat(calendar.closingTime(LocalDate.of(2026, 3, 6))).isEqualTo(Instant.parse("2026-03-06T02:30:00Z"));
		assertThat(calendar.isOpen(at("2026-03-06T11:29"))).isTrue();
		assertThat(calendar.isOpen(at("2026-03-06T11:30"))).isFalse();
		assertThat(calendar.isOpen(at("2026-03-04T10:00"))).isFalse();
	}

	@Test
	void anOfficeWithNoWorkingDayIsRefusedRatherThanLoopingForever() {
		WorkingCalendar closed = new WorkingCalendar(List.of(), new OfficeHours(Map.of()), false, WIT);

		assertThatThrownBy(() -> closed.addWorkingDays(LocalDate.of(2026, 1, 1), 1))
			.isInstanceOf(IllegalStateException.class);
		assertThat(closed.hours().on(DayOfWeek.MONDAY)).isEmpty();
	}

	private static Instant at(String localWit) {
		return java.time.LocalDateTime.parse(localWit).atZone(WIT).toInstant();
	}
}

package id.aduan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;

/**
 * Real dates against the calendar Aduan ships (the SKB decrees 2023–2026 and the fixed dates of
 * 2027), read from the database as the application reads them.
 */
@AduanTest
class ShippedCalendarTest {

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	@Autowired
	Calendars calendars;

	@Autowired
	MockMvc mvc;

	@Test
	void independenceDayAndChristmasAreHolidaysWithTheirDecree() {
		WorkingCalendar calendar = calendars.current();

		assertThat(calendar.reason(LocalDate.of(2026, 8, 17))).hasValueSatisfying(off -> {
			assertThat(off.reason()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
			assertThat(off.decree()).contains("1497/2025");
		});
		assertThat(calendar.reason(LocalDate.of(2026, 12, 24))).hasValueSatisfying(
				off -> assertThat(off.reason()).isEqualTo(DayKind.COLLECTIVE_LEAVE));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(calendar.reason(LocalDate.of(2025, 8, 18))).as("the 2025 amendment for the 80th anniversary")
			.hasValueSatisfying(off -> assertThat(off.decree()).contains("933/2025"));
	}

	@Test
	void idulFitriWithItsCollectiveLeaveStopsTheClockForAWeek() {
		WorkingCalendar calendar = calendars.current();
		// Tuesday 17 March 2026; then Nyepi leave (18), Nyepi (19), Idul Fitri leave (20, 23, 24) and the weekend.
		LocalDate received = LocalDate.of(2026, 3, 17);

		assertThat(calendar.nonWorkingDays(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 24))).hasSize(7);
		assertThat(calendar.addWorkingDays(received, 3)).isEqualTo(LocalDate.of(2026, 3, 27));
		assertThat(calendar.workingDaysBetween(received, LocalDate.of(2026, 3, 25))).isEqualTo(1);
	}

	@Test
	void aDeadlineAcrossTheAscensionLongWeekend() {
		WorkingCalendar calendar = calendars.current();
		// Wednesday 13 May 2026: Thursday is Ascension, Friday collective leave, then the weekend.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 5, 13), 3)).isEqualTo(LocalDate.of(2026, 5, 20));
	}

	@Test
	void aComplaintReceivedAfterHoursOnAFridayStartsOnMonday() {
		WorkingCalendar calendar = calendars.current();
		Instant fridayAfternoon = LocalDateTime.of(2026, 11, 27, 13, 0).atZone(WIT).toInstant();

		assertThat(calendar.startDay(fridayAfternoon)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(calendar.addWorkingDays(calendar.startDay(fridayAfternoon), 5)).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void theSeedsCoachingDayWasAWorkingTuesday() {
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2023, 6, 6))).isTrue();
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2023, 6, 2))).as("Waisak collective leave").isFalse();
	}

	@Test
	void everyShippedYearHasAPlausibleNumberOfWorkingDays() {
		WorkingCalendar calendar = calendars.current();
		for (int year = 2023; year <= 2026; year++) {
			int working = calendar.workingDaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			assertThat(working).as("%d", year).isBetween(230, 250);
		}
		assertThat(calendar.entries(2027)).anySatisfy(day -> assertThat(day.provisional()).isTrue());
		assertThat(calendar.entries(2027)).filteredOn(day -> day.date().equals(LocalDate.of(2027, 8, 17)))
			.singleElement()
			.satisfies(day -> assertThat(day.provisional()).isFalse());
	}

	@Test
	void theApiCountsARangeAndNamesEveryDayOff() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-21").param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(7))
			.andExpect(jsonPath("$.nonWorkingDays.length()").value(4))
			.andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-12-24')].reason", hasItem("COLLECTIVE_LEAVE")))
			.andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-12-25')].name", hasItem("Hari Raya Natal")))
			.andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-12-26')].reason", hasItem("WEEKEND")));
	}

	@Test
	void theApiExplainsAWrongRange() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-31").param("to", "2026-12-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("Tanggal akhir tidak boleh sebelum tanggal awal."));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2020-01-01").param("to", "2026-01-01"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "31-12-2026").param("to", "2026-12-31"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-01")).andExpect(status().isBadRequest());
	}
}

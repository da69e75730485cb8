package id.aduan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;
import id.aduan.system.InvalidInput;

/**
 * The office calendar with only the modules it uses (the catalog for the office's time zone, the audit
 * trail, {@code system} for the clock), on a fresh H2 database. A change by the administrator moves
 * the working days at once and tells the rest of Aduan through {@link CalendarChanged}, the event
 * that makes open complaints' deadlines be counted again; a refused change tells nobody.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system",
		webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class CalendarModuleTest {

	static final Actor ADMIN = new Actor(1L, "Admin Kalender", Role.ADMIN, null);

	@Autowired
	Calendars calendars;

	@Autowired
	CalendarEditing editing;

	@Autowired
	AuditTrail audit;

	@Test
	void aRegionalHolidayMovesTheNextWorkingDayAndTellsTheOtherModules(AssertablePublishedEvents events) {
		LocalDate day = calendars.current().onOrAfter(LocalDate.of(2040, 3, 6));
		LocalDate dayBefore = day.minusDays(1);
		assertThat(calendars.current().addWorkingDays(dayBefore, 1)).isEqualTo(day);

		editing.addDay(new CalendarEditing.DayDraft(day, "Hari Jadi Kabupaten", DayKind.REGIONAL_HOLIDAY,
				"Perbup 1/2040", false), ADMIN);

		WorkingCalendar calendar = calendars.current();
		assertThat(calendar.isWorkingDay(day)).isFalse();
		assertThat(calendar.reason(day)).get().extracting(NonWorkingDay::reason).isEqualTo(DayKind.REGIONAL_HOLIDAY);
		assertThat(calendar.addWorkingDays(dayBefore, 1)).isAfter(day);
		assertThat(events.ofType(CalendarChanged.class)).singleElement()
			.extracting(CalendarChanged::what)
			.asString()
			.contains(day.toString(), "Hari Jadi Kabupaten");
		assertThat(audit.forSubject("calendar", "office")).last()
			.satisfies(entry -> assertThat(entry.detail()).contains(day.toString()))
			.extracting(AuditEntry::action)
			.isEqualTo("CALENDAR_DAY_ADDED");
	}

	@Test
	void aSecondEntryOnTheSameDateIsRefusedNamingTheDateAndTellsNobody(AssertablePublishedEvents events) {
		LocalDate day = calendars.current().onOrAfter(LocalDate.of(2041, 5, 7));
		editing.addDay(new CalendarEditing.DayDraft(day, "Libur Daerah", DayKind.REGIONAL_HOLIDAY, null, false), ADMIN);

		assertThatThrownBy(() -> editing.addDay(
				new CalendarEditing.DayDraft(day, "Cuti Bersama", DayKind.COLLECTIVE_LEAVE, null, false), ADMIN))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.problems()).extracting(problem -> problem.field()).containsExactly("date"));
		assertThat(calendars.current().reason(day)).get().extracting(NonWorkingDay::name).isEqualTo("Libur Daerah");
		assertThat(events.ofType(CalendarChanged.class)).as("only the first entry's").hasSize(1);
	}
}

package id.aduan.calendar.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.calendar.Calendars;
import id.aduan.calendar.NonWorkingDay;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Kalender kerja")
class WorkingDaysApi {

	/** The working days of a range (both ends included) and the dates off, with their reasons. */
	record WorkingDays(LocalDate from, LocalDate to, int workingDays, List<Off> nonWorkingDays) {
	}

	record Off(LocalDate date, String reason, String name, String decree) {
	}

	static final long MAX_RANGE_DAYS = 3 * 366;

	private final Calendars calendars;

	WorkingDaysApi(Calendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/api/v1/calendar/working-days")
	@Operation(summary = "Hari kerja dalam rentang tanggal",
			description = "Jumlah hari kerja dari 'from' sampai 'to' (keduanya termasuk) dan tanggal-tanggal libur beserta alasannya.")
	WorkingDays workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		new Problems().check(!to.isBefore(from), "to", "calendar.range.order")
			.check(ChronoUnit.DAYS.between(from, to) <= MAX_RANGE_DAYS, "to", "calendar.range.tooLong", 3)
			.throwIfAny();
		WorkingCalendar calendar = calendars.current();
		return new WorkingDays(from, to, calendar.workingDaysIn(from, to),
				calendar.nonWorkingDays(from, to).stream().map(WorkingDaysApi::off).toList());
	}

	private static Off off(NonWorkingDay day) {
		return new Off(day.date(), day.reason().name(), day.name(), day.decree());
	}
}

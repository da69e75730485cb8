package id.aduan.opendata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import id.aduan.reports.ReportPeriod;
import id.aduan.system.Problems;

/**
 * The period asked for in {@code from} and {@code to} (ISO dates, both ends included), as typed: this year
 * so far when neither is given, up to today when only {@code to} is missing. A date that cannot be read is
 * a problem named by its parameter, as is a period the report would refuse.
 */
final class StatisticsPeriod {

	private StatisticsPeriod() {
	}

	static ReportPeriod of(String from, String to, Clock clock, ZoneId zone) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Problems problems = new Problems();
		LocalDate start = date(from, "from", problems);
		LocalDate end = date(to, "to", problems);
		problems.throwIfAny();
		return new ReportPeriod(start == null ? today.withDayOfYear(1) : start, end == null ? today : end);
	}

	private static LocalDate date(String value, String field, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			problems.add(field, "statistics.date.format", field);
			return null;
		}
	}
}

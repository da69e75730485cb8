package id.aduan.reportaudit.reading;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.stream.Collectors;

import id.aduan.language.IndonesianDates;

/**
 * Month and day names as regular-expression alternatives, built from the language module's names so
 * that the report audit keeps no word list of its own.
 */
final class IndonesianCalendar {

	static final String MONTHS = Arrays.stream(Month.values())
		.map(IndonesianDates::monthName)
		.collect(Collectors.joining("|", "(?:", ")"));

	static final String DAYS = Arrays.stream(DayOfWeek.values())
		.map(IndonesianDates::dayName)
		.collect(Collectors.joining("|", "(?:", "|Jum'at|Ahad)"));

	private IndonesianCalendar() {
	}
}

package id.aduan.reportaudit.rules;

import java.util.List;

import id.aduan.language.IndonesianDates;
import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.ReportStructure;
import id.aduan.reportaudit.reading.WeekdayDate;

/**
 * WEEKDAY_MISMATCH: a weekday written with a date must be that date's weekday, whether the date is
 * in figures, in words (the opening of a Berita Acara) or mixed.
 */
public final class WeekdayMatchesDate implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		return report.weekdayDates().stream().filter(date -> !date.matches()).map(WeekdayMatchesDate::finding).toList();
	}

	private static Finding finding(WeekdayDate date) {
		String actual = IndonesianDates.dayName(date.date().getDayOfWeek());
		return Finding.of(Rule.WEEKDAY_MISMATCH, date.line(), date.text(), actual, date.dayName(),
				IndonesianDates.formal(date.date()), actual, date.dayName());
	}
}

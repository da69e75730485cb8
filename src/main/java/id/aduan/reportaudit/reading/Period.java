package id.aduan.reportaudit.reading;

import java.time.LocalDate;

import id.aduan.language.IndonesianDates;

/**
 * A reporting period the report states on {@code line}: "Januari sd Juni 2023" is 1 January to 30
 * June 2023. {@code text} is how it was written.
 */
public record Period(int line, LocalDate start, LocalDate end, String text) {

	public boolean endsBeforeItStarts() {
		return end.isBefore(start);
	}

	public boolean sameDatesAs(Period other) {
		return start.equals(other.start) && end.equals(other.end);
	}

	/** "Januari–Juni 2023", or with both years when they differ. */
	public String label() {
		String from = IndonesianDates.monthName(start.getMonth());
		String to = IndonesianDates.monthName(end.getMonth()) + " " + end.getYear();
		if (start.getYear() != end.getYear()) {
			from = from + " " + start.getYear();
		}
		return start.getMonth() == end.getMonth() && start.getYear() == end.getYear() ? to : from + "–" + to;
	}
}

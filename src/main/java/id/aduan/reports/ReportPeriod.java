package id.aduan.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.aduan.language.IndonesianDates;
import id.aduan.system.Problems;

/**
 * The period a report covers, both ends included; a complaint counts in the period it was received.
 * Named the way offices name periods: a month, a quarter, a semester (Januari–Juni is semester I), a
 * year, or any range.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	/** Longer than any report an office writes; keeps a mistyped year from scanning decades. */
	static final int MAX_YEARS = 5;

	public ReportPeriod {
		Problems problems = new Problems();
		problems.check(from != null, "from", "field.required").check(to != null, "to", "field.required");
		if (from != null && to != null) {
			problems.check(!to.isBefore(from), "to", "report.period.order")
				.check(!to.isAfter(from.plusYears(MAX_YEARS)), "to", "report.period.tooLong", MAX_YEARS);
		}
		problems.throwIfAny();
	}

	public static ReportPeriod month(int year, int month) {
		YearMonth ym = YearMonth.of(year, month);
		return new ReportPeriod(ym.atDay(1), ym.atEndOfMonth());
	}

	public static ReportPeriod quarter(int year, int quarter) {
		return new ReportPeriod(YearMonth.of(year, quarter * 3 - 2).atDay(1), YearMonth.of(year, quarter * 3).atEndOfMonth());
	}

	public static ReportPeriod semester(int year, int semester) {
		return new ReportPeriod(YearMonth.of(year, semester == 1 ? 1 : 7).atDay(1),
				YearMonth.of(year, semester == 1 ? 6 : 12).atEndOfMonth());
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Every month the period touches, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/**
	 * How a report names the period: "Januari sampai dengan Juni 2023", "Maret 2026", or full dates when
	 * the period does not run over whole months.
	 */
	public String label() {
		boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
		if (!wholeMonths) {
			return IndonesianDates.formal(from) + " sampai dengan " + IndonesianDates.formal(to);
		}
		String first = IndonesianDates.monthName(from.getMonth());
		String last = IndonesianDates.monthName(to.getMonth());
		if (YearMonth.from(from).equals(YearMonth.from(to))) {
			return first + " " + to.getYear();
		}
		return from.getYear() == to.getYear() ? first + " sampai dengan " + last + " " + to.getYear()
				: first + " " + from.getYear() + " sampai dengan " + last + " " + to.getYear();
	}

	/** A name fit for a file: "2023-01-01_2023-06-30". */
	public String fileLabel() {
		return from + "_" + to;
	}

	public boolean isSemester() {
		return from.getDayOfMonth() == 1 && (from.getMonth() == Month.JANUARY || from.getMonth() == Month.JULY)
				&& to.equals(YearMonth.from(from).plusMonths(5).atEndOfMonth());
	}
}

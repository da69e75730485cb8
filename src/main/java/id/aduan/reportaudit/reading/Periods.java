package id.aduan.reportaudit.reading;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.language.IndonesianDates;
import id.aduan.reportaudit.ReportText;

/**
 * Finds the periods a report states, in the ways offices write them: "Januari sd Juni 2023",
 * "Januari s.d. Juni 2023", "bulan Januari sampai dengan bulan Juni 2023", "Juli 2022 – Juni 2023",
 * "semester I tahun 2023", "triwulan III 2023". A title often puts the year on its own line ("PERIODE
 * JANUARI SD JUNI" / "TAHUN 2023"): a range without a year takes it from the next lines. When only
 * the end has a year and the start month comes later in the year ("Oktober sd Maret 2024"), the
 * period runs across the new year; a period is only taken to end before it starts when both years
 * are written.
 */
public final class Periods {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern RANGE = Pattern.compile("(?:bulan\\s+)?(" + IndonesianCalendar.MONTHS
			+ ")(?:\\s+(\\d{4}))?\\s*(?:s\\.?\\s?d\\.?|s/d|sampai\\s+dengan|sampai|hingga|-|–|—)\\s*(?:bulan\\s+)?("
			+ IndonesianCalendar.MONTHS + ")(?:\\s+(?:tahun\\s+)?(\\d{4}))?", FLAGS);

	private static final Pattern PART_OF_YEAR = Pattern.compile(
			"\\b(semester|triwulan|kuartal)\\s+(IV|I{1,3}|[1-4]|satu|dua|pertama|kedua|ketiga|keempat)\\b"
					+ "\\s*(?:tahun\\s+(?:anggaran\\s+)?)?(\\d{4})",
			FLAGS);

	private static final Pattern YEAR_LINE = Pattern.compile("^\\s*(?:tahun\\s+(?:anggaran\\s+)?)?(\\d{4})\\s*$",
			FLAGS);

	private static final Pattern SINGLE_MONTH = Pattern.compile("\\b(?:pada|selama|dalam)\\s+bulan\\s+("
			+ IndonesianCalendar.MONTHS + ")(?:\\s+(?:tahun\\s+)?(\\d{4}))?", FLAGS);

	private static final int YEAR_LOOKAHEAD = 3;

	private Periods() {
	}

	public static List<Period> in(ReportText report) {
		List<Period> periods = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			String text = report.line(n).replace('\u00A0', ' ');
			Matcher range = RANGE.matcher(text);
			while (range.find()) {
				range(report, n, range).ifPresent(periods::add);
			}
			Matcher part = PART_OF_YEAR.matcher(text);
			while (part.find()) {
				partOfYear(n, part).ifPresent(periods::add);
			}
		}
		return periods;
	}

	/**
	 * The single month a sentence is about ("pada bulan Januari 2023 diterima ..."), taking the year
	 * from the period in force when the sentence gives none.
	 */
	public static Optional<Period> singleMonth(String line, int n, Period inForce) {
		Matcher matcher = SINGLE_MONTH.matcher(line.replace('\u00A0', ' '));
		if (!matcher.find()) {
			return Optional.empty();
		}
		Integer year = matcher.group(2) != null ? Integer.valueOf(matcher.group(2))
				: inForce == null ? null : inForce.end().getYear();
		if (year == null) {
			return Optional.empty();
		}
		YearMonth month = YearMonth.of(year, IndonesianDates.month(matcher.group(1)));
		return Optional.of(new Period(n, month.atDay(1), month.atEndOfMonth(), matcher.group().strip()));
	}

	private static Optional<Period> range(ReportText report, int n, Matcher range) {
		Month from = IndonesianDates.month(range.group(1));
		Month to = IndonesianDates.month(range.group(3));
		Integer endYear = range.group(4) != null ? Integer.valueOf(range.group(4)) : yearBelow(report, n);
		if (endYear == null) {
			return Optional.empty();
		}
		int startYear;
		if (range.group(2) != null) {
			startYear = Integer.parseInt(range.group(2));
		}
		else {
			startYear = from.compareTo(to) > 0 ? endYear - 1 : endYear;
		}
		return Optional.of(new Period(n, YearMonth.of(startYear, from).atDay(1),
				YearMonth.of(endYear, to).atEndOfMonth(), range.group().strip()));
	}

	private static Integer yearBelow(ReportText report, int n) {
		int seen = 0;
		for (int below = n + 1; below <= report.size() && seen < YEAR_LOOKAHEAD; below++) {
			if (report.line(below).isBlank()) {
				continue;
			}
			seen++;
			Matcher year = YEAR_LINE.matcher(report.line(below).replace('\u00A0', ' '));
			if (year.matches()) {
				return Integer.valueOf(year.group(1));
			}
		}
		return null;
	}

	private static Optional<Period> partOfYear(int n, Matcher part) {
		int year = Integer.parseInt(part.group(3));
		int index = switch (part.group(2).toLowerCase(Locale.ROOT)) {
			case "i", "1", "satu", "pertama" -> 1;
			case "ii", "2", "dua", "kedua" -> 2;
			case "iii", "3", "ketiga" -> 3;
			default -> 4;
		};
		int months = part.group(1).equalsIgnoreCase("semester") ? 6 : 3;
		if (index * months > 12) {
			return Optional.empty();
		}
		YearMonth first = YearMonth.of(year, (index - 1) * months + 1);
		YearMonth last = first.plusMonths(months - 1L);
		return Optional.of(new Period(n, first.atDay(1), last.atEndOfMonth(), part.group().strip()));
	}

	/** The period in force at a line: the last one stated on or before it; null when none is. */
	public static Period inForce(List<Period> periods, int line) {
		Period current = null;
		for (Period period : periods) {
			if (period.line() <= line) {
				current = period;
			}
		}
		return current;
	}
}

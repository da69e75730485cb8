package id.aduan.reportaudit.reading;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.language.IndonesianDates;
import id.aduan.language.NumberWords;
import id.aduan.reportaudit.ReportText;

/**
 * Reads dates as official documents write them: in figures ("4 Januari 2023", "06-06-2023",
 * "6/6/2023"), in words ("tanggal enam bulan Juni tahun dua ribu dua puluh tiga", any
 * capitalisation), or mixed ("6 (enam) Juni 2023", "enam Juni 2023"). Finds the dates given with a
 * weekday, and the dates a document is signed on: a line holding only the date ("Pada tanggal, 4
 * Januari 2023" under "Ditetapkan di ..."), or the place and the date ("Ditetapkan di Namrole pada
 * tanggal 4 Januari 2023", "Namrole, 30 Juni 2023").
 */
public final class Dates {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String WORD = "\\p{L}+";

	private static final String WORDS_IN_BRACKETS = "(?:\\s*\\(\\s*[\\p{L}\\s-]+\\))?";

	private static final Pattern WRITTEN = Pattern.compile("(?:(?:tanggal|tgl\\.?)[\\s,:]*)?(\\d{1,2}|" + WORD
			+ "(?:\\s+" + WORD + "){0,2}?)" + WORDS_IN_BRACKETS + "[\\s,]+(?:bulan\\s+)?(" + IndonesianCalendar.MONTHS
			+ ")[\\s,]+(?:tahun\\s+)?(\\d{4}|" + WORD + "(?:\\s+" + WORD + "){0,5})", FLAGS);

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");

	private static final Pattern WORD_IN_YEAR = Pattern.compile(WORD);

	private static final Pattern WEEKDAY = Pattern.compile("\\b(" + IndonesianCalendar.DAYS + ")\\b[\\s,(]*", FLAGS);

	private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:pada\\s+)?(?:tanggal|tgl\\.?)[\\s,:]*", FLAGS);

	private static final Pattern SIGNED_AT = Pattern
		.compile("^\\s*(?:ditetapkan|dibuat|dikeluarkan|disahkan|ditandatangani)\\s+di\\s+" + WORD
				+ "(?:[ .]+" + WORD + "){0,3}?(?:\\s*[,;]\\s*|\\s+(?:pada\\s+)?(?:tanggal|tgl\\.?)[\\s,:]*)", FLAGS);

	/** "Namrole, 30 Juni 2023": a capitalised place name (case-sensitive on purpose), a comma, the date. */
	private static final Pattern PLACE = Pattern.compile("^\\s*(\\p{Lu}\\p{L}*(?:[ .]+\\p{L}+){0,3}),\\s*");

	private static final Pattern REST_OF_LINE = Pattern.compile("[\\s.,;)]*");

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2200;

	private Dates() {
	}

	/** The date that starts exactly at {@code from} in a line, if one does. */
	public static Optional<DateMention> at(String text, int from, int line) {
		return parse(text.replace('\u00A0', ' '), from).map(found -> found.mention(line));
	}

	/** Every weekday name followed by a date it names, on every line. */
	public static List<WeekdayDate> withWeekday(ReportText report) {
		List<WeekdayDate> found = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			String text = report.line(n).replace('\u00A0', ' ');
			Matcher weekday = WEEKDAY.matcher(text);
			while (weekday.find()) {
				Optional<Parsed> date = parse(text, weekday.end());
				if (date.isPresent()) {
					DayOfWeek named = IndonesianDates.day(weekday.group(1));
					found.add(new WeekdayDate(n, weekday.group(1), named, date.get().date(),
							text.substring(weekday.start(), date.get().end()).strip()));
				}
			}
		}
		return found;
	}

	/** The dates documents are signed on, in the order they appear. */
	public static List<DateMention> signed(ReportText report) {
		List<DateMention> found = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			String text = report.line(n).replace('\u00A0', ' ');
			int line = n;
			signingDate(text).ifPresent(date -> found.add(date.mention(line)));
		}
		return found;
	}

	private static Optional<Parsed> signingDate(String text) {
		int from = -1;
		Matcher dateLine = DATE_LINE.matcher(text);
		Matcher signedAt = SIGNED_AT.matcher(text);
		Matcher place = PLACE.matcher(text);
		if (dateLine.lookingAt()) {
			from = dateLine.end();
		}
		else if (signedAt.lookingAt()) {
			from = signedAt.end();
		}
		else if (place.lookingAt() && IndonesianDates.day(place.group(1)) == null) {
			from = place.end();
		}
		if (from < 0) {
			return Optional.empty();
		}
		return parse(text, from).filter(date -> REST_OF_LINE.matcher(text.substring(date.end())).matches());
	}

	private static Optional<Parsed> parse(String text, int from) {
		Matcher numeric = NUMERIC.matcher(text).region(from, text.length());
		if (numeric.lookingAt()) {
			return date(Integer.parseInt(numeric.group(4)), Integer.parseInt(numeric.group(3)),
					Integer.parseInt(numeric.group(1)))
				.map(date -> new Parsed(date, text.substring(from, numeric.end()), numeric.end()));
		}
		Matcher written = WRITTEN.matcher(text).region(from, text.length());
		if (!written.lookingAt()) {
			return Optional.empty();
		}
		OptionalLong day = number(written.group(1));
		Month month = IndonesianDates.month(written.group(2));
		int[] year = year(written.group(3));
		if (day.isEmpty() || year.length == 0) {
			return Optional.empty();
		}
		int end = written.start(3) + year[1];
		return date(year[0], month.getValue(), (int) day.getAsLong())
			.map(date -> new Parsed(date, text.substring(from, end).strip(), end));
	}

	private static OptionalLong number(String written) {
		if (written.chars().allMatch(Character::isDigit)) {
			return OptionalLong.of(Long.parseLong(written));
		}
		return NumberWords.parse(written);
	}

	/**
	 * A year in figures, or the longest run of words that reads as a plausible year ("Dua Ribu Dua
	 * Puluh Tiga Responden" → 2023): {value, length of the text it took}; empty when there is none.
	 */
	private static int[] year(String written) {
		if (written.chars().allMatch(Character::isDigit)) {
			return new int[] { Integer.parseInt(written), written.length() };
		}
		List<Integer> ends = new ArrayList<>();
		Matcher word = WORD_IN_YEAR.matcher(written);
		while (word.find()) {
			ends.add(word.end());
		}
		for (int count = ends.size(); count > 0; count--) {
			int end = ends.get(count - 1);
			OptionalLong value = NumberWords.parse(written.substring(0, end));
			if (value.isPresent() && value.getAsLong() >= FIRST_YEAR && value.getAsLong() <= LAST_YEAR) {
				return new int[] { (int) value.getAsLong(), end };
			}
		}
		return new int[0];
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException impossible) {
			return Optional.empty();
		}
	}

	/** A date read from a line, with where its text ends. */
	private record Parsed(LocalDate date, String text, int end) {

		DateMention mention(int line) {
			return new DateMention(line, date, text.strip());
		}
	}
}

package id.aduan.reportaudit.reading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Indonesian reports write them in figures: dots between thousands (1.250), a comma or a
 * dot before decimals (85,2 or 85.2). A count is never read out of the middle of a longer figure
 * (phone numbers, NIP, letter numbers like 460/148/VI/2023, decimals, percentages).
 */
public final class Figures {

	/**
	 * A whole number that stands on its own: not part of a decimal, a date, a fraction-like letter
	 * number or a percentage.
	 */
	public static final String WHOLE = "(?<![\\d.,/])(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?!\\d|[.,/:-]\\d|\\s*%)";

	/** A percentage as written: 85,2% or 85.2 % or 1% or "12,5 persen". */
	public static final Pattern PERCENT = Pattern
		.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*(?:%|persen\\b)", Pattern.CASE_INSENSITIVE);

	/** More digits than this are an identifier (a phone number, a NIP), never a count. */
	private static final int MAX_DIGITS = 12;

	private Figures() {
	}

	/** The value of a whole number as written ("1.250" → 1250); -1 when it is too long to be a count. */
	public static long whole(String written) {
		String digits = written.replace(".", "");
		return digits.length() > MAX_DIGITS ? -1 : Long.parseLong(digits);
	}

	/** The value of a written percentage ("85,2" → 85.2, keeping one decimal). */
	public static BigDecimal decimal(String written) {
		return new BigDecimal(written.replace(',', '.'));
	}

	/** A number the way Indonesian reports show percentages: decimal comma, the given decimals. */
	public static String percent(BigDecimal value, int decimals) {
		return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
	}

	/** Lower case with the non-breaking spaces of word processors made ordinary spaces. */
	public static String normalized(String line) {
		return line.replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
	}
}

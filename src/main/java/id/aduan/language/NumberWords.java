package id.aduan.language;

import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalLong;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers in Indonesian words (terbilang), e.g. 1627 ↔ "seribu enam ratus dua puluh tujuh", from
 * ICU4J's spell-out rules: the same rules write the words in Aduan's reports and read them in
 * other people's.
 */
public final class NumberWords {

	private static final ULocale INDONESIAN = new ULocale("id");

	private NumberWords() {
	}

	/** The words for a whole number, lower case: 0 → "nol", 1104 → "seribu seratus empat". */
	public static String of(long number) {
		return formatter().format(number, "%spellout-cardinal");
	}

	/**
	 * The number that Indonesian words stand for, as people write them: any capitalisation, extra
	 * spaces, hyphens ("dua-puluh"). Empty when the words are not a number, or have words left over.
	 */
	public static OptionalLong parse(String words) {
		if (words == null) {
			return OptionalLong.empty();
		}
		String normalized = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
		if (normalized.isEmpty()) {
			return OptionalLong.empty();
		}
		RuleBasedNumberFormat format = formatter();
		format.setLenientParseMode(false);
		ParsePosition position = new ParsePosition(0);
		Number number = format.parse(normalized, position);
		if (number == null || position.getIndex() != normalized.length() || position.getErrorIndex() >= 0) {
			return OptionalLong.empty();
		}
		double value = number.doubleValue();
		if (value != Math.rint(value) || value < 0) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(number.longValue());
	}

	/** RuleBasedNumberFormat is not thread-safe: one per call is cheap next to a document. */
	private static RuleBasedNumberFormat formatter() {
		return new RuleBasedNumberFormat(INDONESIAN, RuleBasedNumberFormat.SPELLOUT);
	}
}

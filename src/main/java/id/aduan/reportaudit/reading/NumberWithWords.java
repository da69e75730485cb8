package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.language.NumberWords;

/**
 * A number written twice, in figures and in words in brackets, as official documents do:
 * "1627 (seribu enam ratus dua puluh tujuh)". Only brackets whose content reads as a number count:
 * "(YAPI)", "(1)", "(Stunting PKH)" are not number words. In a table's "Terbilang" column, {@code cell}
 * names the table, row and column; in running text it is null.
 */
public record NumberWithWords(int line, long figure, String words, long wordsValue, String text, int start,
		int end, TableCell cell) {

	/** Where a number and its words stand in a table: the table's name, the row's label, the words' column. */
	public record TableCell(String table, String row, String column) {
	}

	private static final Pattern PATTERN = Pattern
		.compile("(" + Figures.WHOLE + ")\\s*\\(\\s*(\\p{L}[\\p{L}\\s-]*?)\\s*\\)");

	/** Amounts of money keep their unit inside the brackets: "(seratus ribu rupiah)". */
	private static final Pattern UNIT = Pattern.compile("\\s+rupiah$", Pattern.CASE_INSENSITIVE);

	public boolean agrees() {
		return figure == wordsValue;
	}

	/** Every number with words on one line, left to right. */
	public static List<NumberWithWords> in(String text, int line) {
		List<NumberWithWords> found = new ArrayList<>();
		Matcher matcher = PATTERN.matcher(text.replace('\u00A0', ' '));
		while (matcher.find()) {
			long figure = Figures.whole(matcher.group(1));
			OptionalLong value = value(matcher.group(2));
			if (figure >= 0 && value.isPresent()) {
				found.add(new NumberWithWords(line, figure, matcher.group(2).strip(), value.getAsLong(),
						matcher.group(), matcher.start(), matcher.end(), null));
			}
		}
		return found;
	}

	/** The number that words stand for, as ICU4J reads Indonesian; empty when they are not a number. */
	static OptionalLong value(String words) {
		String bare = UNIT.matcher(words.strip()).replaceFirst("");
		return bare.isBlank() ? OptionalLong.empty() : NumberWords.parse(bare);
	}
}

package id.aduan.reportaudit.reading;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line of a breakdown in the forms offices write: a list marker ({@code 1.}, {@code a.},
 * {@code a)}, {@code -}, or a bullet, possibly two: "- a)"), then a count in one of the forms "N
 * (words) atau P%", "N pengaduan atau P%", "N (words) P%", or a label first: "Januari: N (words)
 * pengaduan atau P%". A number is a count only in such a form: durations ("1 (satu) hari kerja"),
 * dates, phone numbers, NIP and letter numbers never are.
 */
public final class ListItems {

	private static final Pattern MARKER = Pattern
		.compile("^\\s*(?:[-•*–]\\s+)?(?:(\\d{1,2})[.)]|([a-zA-Z])[.)]|[-•*–])\\s+(.*)$");

	private static final Pattern COUNT = Pattern.compile("^(" + Figures.WHOLE
			+ ")\\s*(?:\\(\\s*(\\p{L}[\\p{L}\\s-]*?)\\s*\\))?\\s*(.*)$");

	private static final Pattern PERCENT_AFTER = Pattern.compile("^((?:\\p{L}+\\s+){0,2}?)(?:atau\\s+|\\(\\s*|=\\s*|,\\s*)?"
			+ "(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*(?:%|persen\\b)\\)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern LABEL = Pattern.compile("^([^:\\d][^:]{0,59}?)\\s*:\\s*(.+)$");

	/** Words after a number that make it a duration, a frequency or a date rather than a count. */
	private static final Pattern NOT_A_COUNT = Pattern.compile("^(?:hari|minggu|bulan|tahun|jam|menit|detik|kali|"
			+ IndonesianCalendar.MONTHS + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** What complaint reports count. */
	static final Pattern COUNT_NOUN = Pattern.compile("^(?:pengaduan|laporan|aduan|kasus|berkas)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Labels that introduce a date, an identifier or a time, never a count. */
	private static final Set<String> NOT_COUNT_LABELS = Set.of("tanggal", "tgl", "nomor", "no", "nip", "telepon",
			"telp", "hp", "kode pos", "pasal", "tahun", "waktu", "pukul", "jam", "lama", "periode", "jumlah", "total");

	private ListItems() {
	}

	/** Whether a line starts with a list marker, whatever follows. */
	public static boolean isListLine(String line) {
		return MARKER.matcher(line.replace('\u00A0', ' ')).matches();
	}

	/** The breakdown item on this line; empty when the line counts nothing. */
	public static Optional<ListItem> parse(String raw, int line) {
		String text = raw.replace('\u00A0', ' ').strip();
		Matcher marker = MARKER.matcher(text);
		if (marker.matches()) {
			int ordinal = ordinal(marker);
			String rest = marker.group(3).strip();
			return counted(rest, "", line, ordinal).or(() -> labelled(rest, line, ordinal));
		}
		return labelled(text, line, 0);
	}

	private static Optional<ListItem> labelled(String text, int line, int ordinal) {
		Matcher label = LABEL.matcher(text);
		if (!label.matches() || NOT_COUNT_LABELS.contains(label.group(1).strip().toLowerCase())) {
			return Optional.empty();
		}
		return counted(label.group(2).strip(), label.group(1).strip() + " ", line, ordinal);
	}

	private static Optional<ListItem> counted(String text, String label, int line, int ordinal) {
		Matcher count = COUNT.matcher(text);
		if (!count.matches()) {
			return Optional.empty();
		}
		long value = Figures.whole(count.group(1));
		String words = count.group(2);
		String rest = count.group(3);
		boolean wordsRead = words != null && NumberWithWords.value(words).isPresent();
		if (value < 0 || words != null && !wordsRead || NOT_A_COUNT.matcher(rest).find()) {
			return Optional.empty();
		}
		Matcher percent = PERCENT_AFTER.matcher(rest);
		if (percent.find()) {
			Percentage shown = Percentage.written(percent.group(2), percent.group(2) + "%");
			String span = text.substring(0, count.start(3) + percent.end()).strip();
			String description = label + percent.group(1) + rest.substring(percent.end());
			return Optional.of(new ListItem(line, ordinal, value, span, shown, description.strip()));
		}
		if (wordsRead || COUNT_NOUN.matcher(rest).find()) {
			String span = text.substring(0, count.start(3)).strip();
			return Optional.of(new ListItem(line, ordinal, value, span, null, (label + rest).strip()));
		}
		return Optional.empty();
	}

	private static int ordinal(Matcher marker) {
		if (marker.group(1) != null) {
			return Integer.parseInt(marker.group(1));
		}
		if (marker.group(2) != null) {
			return Character.toLowerCase(marker.group(2).charAt(0)) - 'a' + 1;
		}
		return 0;
	}
}

package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the totals a text states: a number followed by what complaint reports count ("1627
 * (seribu ...) pengaduan") or introduced as a quantity ("sebanyak 1627"). Numbers that follow
 * "tanggal", "Nomor", "Pasal", "Tahun" and the like, or that are followed by a time unit or a month,
 * are never totals.
 */
public final class Totals {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern CANDIDATE = Pattern.compile("(" + Figures.WHOLE
			+ ")(?:\\s*\\(\\s*(\\p{L}[\\p{L}\\s-]*?)\\s*\\))?(?:\\s+(\\p{L}+))?");

	private static final Pattern ROW = Pattern.compile("^\\s*(?:jumlah|total)(?:\\s+\\p{L}+){0,2}\\s*:?\\s*("
			+ Figures.WHOLE + ")(?:\\s*\\(\\s*(\\p{L}[\\p{L}\\s-]*?)\\s*\\))?", FLAGS);

	private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[\\s.:,]*$");

	private static final String RECEIVED = "(?:diterima|menerima|penerimaan|terima)";

	/** "1627 pengaduan yang diterima", "yang diterima 1627": received within a few words. */
	private static final Pattern RECEIVED_AFTER = Pattern.compile("^\\s*(?:\\p{L}+\\s+){0,2}?" + RECEIVED + "\\b",
			FLAGS);

	/** "telah menerima sebanyak 1627", "diterima 1627". */
	private static final Pattern RECEIVED_BEFORE = Pattern.compile("\\b" + RECEIVED + "(?:\\s+\\p{L}+){0,2}\\s*$",
			FLAGS);

	private static final Set<String> QUANTITY = Set.of("sebanyak", "sejumlah", "total", "jumlah", "seluruhnya",
			"mencapai", "terdapat");

	private static final Set<String> NOT_AFTER = Set.of("tanggal", "tgl", "nomor", "no", "nip", "pasal", "ayat",
			"tahun", "pukul", "jam", "ke", "kilometer", "km", "rt", "rw", "pos", "telepon", "telp", "hp", "lantai",
			"periode", "semester", "triwulan", "bulan");

	private static final Pattern NOT_BEFORE = Pattern.compile("^(?:hari|minggu|bulan|tahun|jam|menit|detik|kali|"
			+ IndonesianCalendar.MONTHS + ")$", FLAGS);

	private Totals() {
	}

	/** A total found in a paragraph, with where it is. */
	public record Candidate(StatedTotal total, boolean counted, boolean received) {
	}

	/**
	 * The total a paragraph states: the last number followed by what is counted, else the last number
	 * introduced as a quantity.
	 */
	public static Optional<StatedTotal> in(Paragraph paragraph) {
		List<Candidate> candidates = candidates(paragraph);
		return candidates.stream()
			.filter(Candidate::counted)
			.reduce((first, second) -> second)
			.or(() -> candidates.stream().reduce((first, second) -> second))
			.map(Candidate::total);
	}

	/** Every number in a paragraph that reads as a total, left to right. */
	public static List<Candidate> candidates(Paragraph paragraph) {
		String text = paragraph.text();
		List<Candidate> found = new ArrayList<>();
		Matcher matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			long value = Figures.whole(matcher.group(1));
			String before = lastWord(text.substring(0, matcher.start()));
			String after = matcher.group(3) == null ? "" : matcher.group(3);
			boolean wordsRead = matcher.group(2) == null || NumberWithWords.value(matcher.group(2)).isPresent();
			if (value < 0 || !wordsRead || NOT_AFTER.contains(before) || NOT_BEFORE.matcher(after).matches()) {
				continue;
			}
			boolean counted = ListItems.COUNT_NOUN.matcher(after).matches();
			if (!counted && !QUANTITY.contains(before)) {
				continue;
			}
			int end = matcher.group(3) == null ? matcher.end() : matcher.start(3);
			String written = text.substring(matcher.start(), end).strip();
			boolean received = RECEIVED_AFTER.matcher(text.substring(end)).find()
					|| RECEIVED_BEFORE.matcher(text.substring(0, matcher.start())).find();
			found.add(new Candidate(new StatedTotal(paragraph.lineAt(matcher.start()), value, written), counted,
					received));
		}
		return found;
	}

	/** A "Jumlah" or "Total" row closing a breakdown: "Jumlah: 1627 (seribu ...) pengaduan". */
	public static Optional<StatedTotal> row(String raw, int line) {
		Matcher matcher = ROW.matcher(raw.replace('\u00A0', ' '));
		if (!matcher.find()) {
			return Optional.empty();
		}
		long value = Figures.whole(matcher.group(1));
		return value < 0 ? Optional.empty() : Optional.of(new StatedTotal(line, value, matcher.group().strip()));
	}

	private static String lastWord(String text) {
		Matcher matcher = LAST_WORD.matcher(text);
		return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
	}
}

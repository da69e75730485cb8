package id.aduan.reportaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.ReportText;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * FOREIGN_INSTITUTION: a report speaks for the institution its title and letterhead name. When a
 * sentence names another institution as the one that received, handled or reported the complaints
 * ("LAN telah menerima sebanyak 1627 ..." in a report of the Dinas Sosial), the paragraph was copied
 * from another office's report. Only bodies are compared: an acronym, or a name that starts as
 * institutions' names do (Dinas, Badan, Kementerian ...); the office's own units (Bidang, Seksi,
 * Sekretariat, Poksi) and shortened forms of its own name ("Dinas Sosial" for "Dinas Sosial Kabupaten
 * Buru Selatan") are its own.
 */
public final class OwnInstitutionOnly implements AuditPolicy {

	private static final String BODY = "(?:Dinas|Badan|Kantor|Kementerian|Lembaga|Inspektorat|Ombudsman|Komisi|Balai"
			+ "|Rumah\\s+Sakit|Puskesmas|Kecamatan|Kelurahan|Pemerintah|Biro)";

	/** An institution's name in a title or letterhead: the body's kind and the capitalised words after it. */
	private static final Pattern OWN = Pattern.compile("\\b((?i:" + BODY + ")(?:\\s+(?:\\p{Lu}[\\p{L}.-]*|dan|DAN))+)");

	/** Title and letterhead lines are short; a longer line is a paragraph. */
	private static final int TITLE_LENGTH = 100;

	private static final String NAME = "(\\p{Lu}[\\p{L}.-]*(?:\\s+(?:\\p{Lu}[\\p{L}.-]*|dan)){0,7})";

	private static final String ACTS = "(?:menerima|menangani|menindaklanjuti|melaporkan|mengelola)";

	private static final Pattern ACTIVE = Pattern
		.compile(NAME + ",?\\s+(?:(?:telah|juga|sudah|pun)\\s+){0,2}" + ACTS + "\\b", Pattern.UNICODE_CASE);

	private static final Pattern PASSIVE = Pattern.compile(
			"\\b(?:diterima|ditangani|ditindaklanjuti|dilaporkan|dikelola)\\s+oleh\\s+" + NAME, Pattern.UNICODE_CASE);

	private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,8}$");

	private static final Pattern STARTS_AS_BODY = Pattern.compile("^" + BODY + "\\b", Pattern.CASE_INSENSITIVE);

	/** How far into a report its title and letterhead reach. */
	private static final int HEADER_LINES = 30;

	private static final Set<String> SMALL = Set.of("dan", "kabupaten", "kota", "provinsi", "pemerintah");

	@Override
	public List<Finding> check(ReportStructure report) {
		ReportText text = report.text();
		List<String> own = ownNames(text);
		if (own.isEmpty()) {
			return List.of();
		}
		String header = String.join(" ", text.lines().subList(0, headerEnd(text))).toLowerCase(Locale.ROOT);
		List<Finding> findings = new ArrayList<>();
		for (int n = 1; n <= text.size(); n++) {
			String line = text.line(n).replace('\u00A0', ' ');
			for (Pattern pattern : List.of(ACTIVE, PASSIVE)) {
				Matcher statement = pattern.matcher(line);
				while (statement.find()) {
					String subject = body(statement.group(1));
					if (subject != null && isForeign(subject, own, header)) {
						findings.add(Finding.of(Rule.FOREIGN_INSTITUTION, n, subject, own.get(0), subject, own.get(0),
								subject, statement.group().strip()));
					}
				}
			}
		}
		return findings;
	}

	/** The names of institutions in the title and letterhead, the longest first. */
	static List<String> ownNames(ReportText text) {
		Set<String> names = new LinkedHashSet<>();
		for (int n = 1; n <= headerEnd(text); n++) {
			String line = text.line(n).replace('\u00A0', ' ');
			if (line.length() > TITLE_LENGTH) {
				continue;
			}
			Matcher name = OWN.matcher(line);
			while (name.find()) {
				names.add(name.group(1).strip().replaceAll("\\s+", " "));
			}
		}
		List<String> sorted = new ArrayList<>(names);
		sorted.sort((a, b) -> b.length() - a.length());
		return sorted;
	}

	/**
	 * Where the title and letterhead end: at the first sentence (a line with several words in lower
	 * case, as titles and letterheads have not), at most {@value #HEADER_LINES} lines in.
	 */
	private static int headerEnd(ReportText text) {
		int end = Math.min(HEADER_LINES, text.size());
		for (int n = 1; n <= end; n++) {
			String line = text.line(n);
			long lower = Arrays.stream(line.strip().split("\\s+")).filter(word -> !word.isEmpty()
					&& Character.isLowerCase(word.charAt(0))).count();
			if (line.length() > TITLE_LENGTH || lower >= 4) {
				return n - 1;
			}
		}
		return end;
	}

	/** The institution a statement names: an acronym, or the part of the name from an institution's kind on. */
	private static String body(String name) {
		String[] words = name.strip().split("\\s+");
		String last = words[words.length - 1];
		if (ACRONYM.matcher(last).matches() && words.length == 1) {
			return last;
		}
		Matcher start = Pattern.compile("\\b" + BODY + "\\b.*", Pattern.CASE_INSENSITIVE).matcher(name);
		if (!start.find() || !STARTS_AS_BODY.matcher(start.group()).find()) {
			return null;
		}
		String body = start.group().strip().replaceAll("[.,]+$", "");
		return body.contains(" ") ? body : null;
	}

	private static boolean isForeign(String subject, List<String> own, String header) {
		if (ACRONYM.matcher(subject).matches()) {
			return !Pattern.compile("\\b" + subject.toLowerCase(Locale.ROOT) + "\\b").matcher(header).find()
					&& own.stream().noneMatch(name -> initials(name).equals(subject));
		}
		Set<String> words = significant(subject);
		return own.stream().noneMatch(name -> significant(name).containsAll(words));
	}

	private static Set<String> significant(String name) {
		Set<String> words = new LinkedHashSet<>(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
		words.removeAll(SMALL);
		words.remove("");
		return words;
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("\\s+")) {
			if (!word.isEmpty() && !word.equalsIgnoreCase("dan")) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}
}

package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.reportaudit.ReportText;

/**
 * Finds section headings. A multi-level number at the start of a line, alone or before a capitalised
 * title ("4.4", "2.1 BENTUK PENGADUAN", "4.1. REKAPITULASI ..."), is a heading: its parts have one
 * or two digits, so "1.250 pengaduan" is not. A one-level number before an all-capitals title ("4.
 * PERKEMBANGAN ...") is a heading only when its own sub-sections follow (4.1 before the next
 * one-level heading): lists of names in capitals ("1. ABU BAKAR") restart at 1 in every appendix
 * and are not sections.
 */
public final class Headings {

	private static final Pattern MULTI = Pattern
		.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?:\\s+(\\p{Lu}.*))?\\s*$");

	private static final Pattern SINGLE = Pattern.compile("^\\s*(\\d{1,2})\\.? +(\\p{Lu}[\\p{Lu}\\d &,/()'-]+)$");

	private Headings() {
	}

	/** Whether a line reads as a heading, before checking for sub-sections. */
	public static boolean isHeading(String line) {
		String text = line.replace('\u00A0', ' ');
		return MULTI.matcher(text).matches() || SINGLE.matcher(text.strip()).matches();
	}

	public static List<Heading> in(ReportText report) {
		List<Heading> candidates = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			String text = report.line(n).replace('\u00A0', ' ');
			Matcher multi = MULTI.matcher(text);
			Matcher single = SINGLE.matcher(text.strip());
			if (multi.matches()) {
				candidates.add(heading(n, multi.group(1), text));
			}
			else if (single.matches() && single.group(2).chars().filter(Character::isLetter).count() >= 4) {
				candidates.add(heading(n, single.group(1), text));
			}
		}
		List<Heading> headings = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Heading candidate = candidates.get(i);
			if (candidate.depth() > 1 || hasSubsections(candidates, i)) {
				headings.add(candidate);
			}
		}
		return headings;
	}

	private static boolean hasSubsections(List<Heading> candidates, int index) {
		if (index + 1 >= candidates.size()) {
			return false;
		}
		Heading next = candidates.get(index + 1);
		return next.depth() > 1 && next.parts().get(0).equals(candidates.get(index).parts().get(0));
	}

	private static Heading heading(int line, String number, String text) {
		List<Integer> parts = Arrays.stream(number.split("\\.")).map(Integer::valueOf).toList();
		return new Heading(line, number, parts, text.strip());
	}
}

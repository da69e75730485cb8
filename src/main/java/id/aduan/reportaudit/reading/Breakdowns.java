package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import id.aduan.reportaudit.ReportText;

/**
 * Finds the breakdowns of a report: runs of at least two counted list items, blank lines allowed
 * between them, a wrapped item's continuation line joined to it (PDF text wraps long items). A list
 * ends at any other line or where its numbering starts again at 1. Its total comes from a "Jumlah"
 * row right after it, else from the paragraph right before it when that paragraph ends with a colon
 * ("... dengan rincian sebagai berikut:").
 */
public final class Breakdowns {

	private static final Pattern PARTIAL = Pattern.compile("\\b(?:antara lain|di ?antaranya|misalnya|contohnya)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final int INTRO_LINES = 6;

	private Breakdowns() {
	}

	public static List<Breakdown> in(ReportText report) {
		List<Breakdown> found = new ArrayList<>();
		List<ListItem> items = new ArrayList<>();
		int lastLine = 0;
		for (int n = 1; n <= report.size(); n++) {
			String line = report.line(n);
			if (line.isBlank()) {
				continue;
			}
			Optional<ListItem> item = ListItems.parse(line, n);
			if (item.isPresent()) {
				if (!items.isEmpty() && item.get().ordinal() == 1 && items.get(items.size() - 1).ordinal() >= 1) {
					close(report, items, null, found);
				}
				items.add(item.get());
				lastLine = n;
				continue;
			}
			if (items.isEmpty()) {
				continue;
			}
			Optional<StatedTotal> row = Totals.row(line, n);
			if (row.isPresent()) {
				close(report, items, row.get(), found);
			}
			else if (n == lastLine + 1 && continues(report.line(lastLine), line)) {
				items.set(items.size() - 1, items.get(items.size() - 1).continuedBy(line));
				lastLine = n;
			}
			else {
				close(report, items, null, found);
			}
		}
		close(report, items, null, found);
		return found;
	}

	/** A line that carries on a wrapped item: the item had not ended, and this is no new item or heading. */
	private static boolean continues(String previous, String line) {
		String ending = previous.strip();
		return !ending.endsWith(";") && !ending.endsWith(".") && !ending.endsWith(":") && !ending.endsWith("dan")
				&& !ListItems.isListLine(line) && !Headings.isHeading(line);
	}

	private static void close(ReportText report, List<ListItem> items, StatedTotal row, List<Breakdown> found) {
		if (items.size() >= 2) {
			List<Integer> intro = introBefore(report, items.get(0).line());
			boolean announces = !intro.isEmpty() && report.line(intro.get(intro.size() - 1)).strip().endsWith(":");
			StatedTotal total = row;
			if (total == null && announces) {
				total = Totals.in(Paragraph.of(report, intro)).orElse(null);
			}
			boolean partial = intro.stream().anyMatch(n -> PARTIAL.matcher(report.line(n)).find());
			found.add(new Breakdown(total, partial, items));
		}
		items.clear();
	}

	/** Line numbers of the paragraph just before a list, top to bottom; empty when there is none. */
	private static List<Integer> introBefore(ReportText report, int firstItem) {
		int n = firstItem - 1;
		while (n >= 1 && report.line(n).isBlank()) {
			n--;
		}
		List<Integer> lines = new ArrayList<>();
		while (n >= 1 && lines.size() < INTRO_LINES && !report.line(n).isBlank()
				&& !ListItems.isListLine(report.line(n)) && !Headings.isHeading(report.line(n))) {
			lines.add(n);
			n--;
		}
		Collections.reverse(lines);
		return lines;
	}
}

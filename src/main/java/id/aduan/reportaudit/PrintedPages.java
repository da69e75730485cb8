package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.aduan.reportaudit.reading.Headings;
import id.aduan.reportaudit.reading.ListItems;

/**
 * Rebuilds the sentences, list items and table rows of a printed report from its lines, the way a
 * reader does before counting anything:
 * <ul>
 * <li>a running header or footer (the same line at the top or bottom of most pages, page numbers
 * aside) and a page number ("3", "- 3 -", "3/8", "Halaman 3 dari 8") are not part of the text;</li>
 * <li>a line that ends where the next line's first word would still have fitted ended on purpose (a
 * paragraph, an item, a heading); one that ends at the margin (give or take a letter's height, for
 * the word processor's own rounding) wrapped, and the next line carries it on, also across a page
 * end, unless the next line opens a list item or a heading, stands apart (a wider gap than the line
 * spacing) or is set in another size;</li>
 * <li>lines inside a bordered table, or whose words stand in columns with a figure among them, are
 * table rows: their cells are aligned to the table's columns and kept one row to a passage, separated
 * by tabs.</li>
 * </ul>
 */
final class PrintedPages {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^\\s*[-–]?\\s*(?:(?:halaman|hal\\.?|page)\\s*)?\\d{1,4}(?:\\s*(?:/|dari|of)\\s*\\d{1,4})?\\s*[-–]?\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** Lines at the top and at the bottom of a page that may be running headers or footers. */
	private static final int EDGE_LINES = 2;

	/** Lines whose text heights differ by more than this share are set in different sizes: a title and a letterhead. */
	private static final float SAME_SIZE = 0.1f;

	/** A gap between lines wider than this many line heights separates paragraphs. */
	private static final float PARAGRAPH_GAP = 1.5f;

	private PrintedPages() {
	}

	static ReportText rebuild(List<PrintedLine> lines) {
		boolean[] running = running(lines);
		boolean[] tabular = tabular(lines, running);
		float margin = margin(lines, running, tabular);
		List<Passage> passages = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		List<Integer> taken = new ArrayList<>();
		List<Integer> offsets = new ArrayList<>();
		int previous = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (running[i]) {
				continue;
			}
			if (tabular[i]) {
				flush(passages, text, taken, offsets);
				int end = i;
				while (end + 1 < lines.size() && (tabular[end + 1] || running[end + 1]
						|| end + 2 < lines.size() && tabular[end + 2] && wrappedCell(lines.get(end), lines.get(end + 1)))) {
					end++;
				}
				passages.addAll(TableRows.of(lines, running, i, end));
				i = end;
				previous = -1;
				continue;
			}
			PrintedLine line = lines.get(i);
			if (previous >= 0 && continues(lines.get(previous), line, margin)) {
				String before = text.toString();
				if (before.endsWith("-") && before.length() > 1 && Character.isLetter(before.charAt(before.length() - 2))
						&& Character.isLowerCase(line.text().charAt(0))) {
					text.setLength(text.length() - 1);
				}
				else {
					text.append(' ');
				}
			}
			else {
				flush(passages, text, taken, offsets);
			}
			taken.add(i + 1);
			offsets.add(text.length());
			text.append(line.text());
			previous = i;
		}
		flush(passages, text, taken, offsets);
		List<String> printed = lines.stream().map(PrintedLine::text).toList();
		List<Integer> pages = lines.stream().map(PrintedLine::page).toList();
		return new ReportText(printed, pages, passages, null);
	}

	private static void flush(List<Passage> passages, StringBuilder text, List<Integer> taken, List<Integer> offsets) {
		if (!taken.isEmpty()) {
			passages.add(new Passage(text.toString(), taken, offsets));
		}
		text.setLength(0);
		taken.clear();
		offsets.clear();
	}

	/** Whether {@code next} carries on the sentence, item or heading that {@code line} wrapped. */
	private static boolean continues(PrintedLine line, PrintedLine next, float margin) {
		String text = next.text();
		if (ListItems.isListLine(text) || Headings.isHeading(text)) {
			return false;
		}
		if (Headings.isHeading(line.text()) && !text.equals(text.toUpperCase(Locale.ROOT))) {
			return false;
		}
		if (next.page() == line.page()) {
			float gap = next.top() - line.bottom();
			if (gap > PARAGRAPH_GAP * Math.max(line.height(), next.height()) || next.top() < line.top()) {
				return false;
			}
		}
		else if (next.page() != line.page() + 1) {
			return false;
		}
		if (Math.abs(line.height() - next.height()) > SAME_SIZE * Math.max(line.height(), next.height())) {
			return false;
		}
		List<PrintedLine.Word> words = next.words();
		PrintedLine.Word first = words.get(0);
		float end = first.right();
		if (!first.text().chars().anyMatch(Character::isLetterOrDigit) && words.size() > 1) {
			end = words.get(1).right();
		}
		float space = line.height() * 0.35f;
		return line.right() + space + (end - first.left()) > margin - line.height();
	}

	/** A line of one cell right under a table row, close to it: the rest of a cell's text that wrapped. */
	private static boolean wrappedCell(PrintedLine row, PrintedLine line) {
		return line.page() == row.page() && line.cells().size() == 1
				&& line.top() - row.bottom() <= PARAGRAPH_GAP * row.height() && line.left() > row.left();
	}

	/** The right margin of running text: where its longest lines end. */
	private static float margin(List<PrintedLine> lines, boolean[] running, boolean[] tabular) {
		List<Float> rights = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!running[i] && !tabular[i] && lines.get(i).text().length() >= 30) {
				rights.add(lines.get(i).right());
			}
		}
		if (rights.isEmpty()) {
			return Float.MAX_VALUE;
		}
		return rights.stream().max(Float::compare).orElseThrow();
	}

	/** Running headers, footers and page numbers: at a page's edge, repeated or a bare page number. */
	private static boolean[] running(List<PrintedLine> lines) {
		boolean[] running = new boolean[lines.size()];
		Map<Integer, List<Integer>> byPage = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			byPage.computeIfAbsent(lines.get(i).page(), page -> new ArrayList<>()).add(i);
		}
		Map<String, Set<Integer>> pagesOf = new HashMap<>();
		List<Integer> edges = new ArrayList<>();
		for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
			List<Integer> onPage = page.getValue();
			Set<Integer> edge = new HashSet<>();
			for (int k = 0; k < Math.min(EDGE_LINES, onPage.size()); k++) {
				edge.add(onPage.get(k));
				edge.add(onPage.get(onPage.size() - 1 - k));
			}
			for (int i : edge) {
				pagesOf.computeIfAbsent(shape(lines.get(i).text()), shape -> new HashSet<>()).add(page.getKey());
				edges.add(i);
			}
		}
		int pages = byPage.size();
		for (int i : edges) {
			String text = lines.get(i).text();
			boolean repeated = pages >= 2 && pagesOf.get(shape(text)).size() >= Math.max(2, (pages + 1) / 2);
			running[i] = PAGE_NUMBER.matcher(text).matches() || repeated;
		}
		return running;
	}

	/** A line with its digits made alike, so that "Halaman 2" and "Halaman 3" are the same footer. */
	private static String shape(String text) {
		return text.replaceAll("\\d+", "#").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Table rows: lines inside a bordered table, and lines of two cells or more with a figure among
	 * them; either next to another such line (a table has at least a heading and a row, or two rows).
	 */
	private static boolean[] tabular(List<PrintedLine> lines, boolean[] running) {
		boolean[] candidate = new boolean[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			List<List<PrintedLine.Word>> cells = lines.get(i).cells();
			candidate[i] = !running[i] && (lines.get(i).grid().ruled()
					|| cells.size() >= 2 && cells.stream().anyMatch(PrintedLine::isFigure));
		}
		boolean[] tabular = Arrays.copyOf(candidate, candidate.length);
		for (int i = 0; i < lines.size(); i++) {
			if (!candidate[i]) {
				continue;
			}
			boolean before = i > 0 && candidate[i - 1];
			boolean after = i + 1 < lines.size() && candidate[i + 1];
			boolean headingAbove = i > 0 && !running[i - 1] && lines.get(i - 1).cells().size() >= 2;
			tabular[i] = before || after || headingAbove;
			if (headingAbove && !before) {
				tabular[i - 1] = true;
			}
		}
		return tabular;
	}
}

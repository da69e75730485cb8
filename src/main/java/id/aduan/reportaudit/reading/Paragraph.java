package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.List;

import id.aduan.reportaudit.ReportText;

/**
 * Consecutive lines of running text joined with spaces, so that a sentence wrapped over several
 * lines (as PDF text always is) reads whole, while every position in it still knows its line.
 */
public record Paragraph(List<Integer> lines, String text, List<Integer> offsets) {

	public Paragraph {
		lines = List.copyOf(lines);
		offsets = List.copyOf(offsets);
	}

	public int firstLine() {
		return lines.get(0);
	}

	public int lastLine() {
		return lines.get(lines.size() - 1);
	}

	/** The line that holds the character at {@code offset} of the joined text. */
	public int lineAt(int offset) {
		int line = lines.get(0);
		for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
			line = lines.get(i);
		}
		return line;
	}

	/** Joins the given lines of a report (top to bottom). */
	public static Paragraph of(ReportText report, List<Integer> lineNumbers) {
		StringBuilder text = new StringBuilder();
		List<Integer> offsets = new ArrayList<>();
		for (int n : lineNumbers) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			offsets.add(text.length());
			text.append(report.line(n).replace('\u00A0', ' ').strip());
		}
		return new Paragraph(lineNumbers, text.toString(), offsets);
	}

	/**
	 * The paragraphs of running text: lines that are neither blank, table rows (cells separated by
	 * tabs), list lines, breakdown items nor headings.
	 */
	public static List<Paragraph> in(ReportText report) {
		List<Paragraph> paragraphs = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			String line = report.line(n);
			if (line.isBlank() || line.indexOf('\t') >= 0 || ListItems.isListLine(line) || Headings.isHeading(line)
					|| ListItems.parse(line, n).isPresent()) {
				if (!current.isEmpty()) {
					paragraphs.add(of(report, current));
					current = new ArrayList<>();
				}
			}
			else {
				current.add(n);
			}
		}
		if (!current.isEmpty()) {
			paragraphs.add(of(report, current));
		}
		return paragraphs;
	}
}

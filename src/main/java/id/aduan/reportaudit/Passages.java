package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the rules read, one passage to a line, and the way back from a line of it to the printed
 * line where a finding starts (a passage stands on the line where it starts, so only findings inside
 * a wrapped passage move): the finding's quoted text is looked up in its passage, so a figure
 * wrapped onto the second printed line of an item is reported on that line.
 */
public record Passages(ReportText text, List<Passage> passages) {

	static Passages identity(ReportText printed) {
		List<Passage> passages = new ArrayList<>();
		for (int n = 1; n <= printed.size(); n++) {
			passages.add(new Passage(printed.line(n), List.of(n), List.of(0)));
		}
		return new Passages(printed, passages);
	}

	/**
	 * Each passage on the printed line where it starts, the lines it took after that left blank (as are
	 * running headers and footers): line numbers stay the printed ones, and a paragraph's wrapped lines
	 * read as one line, as paragraphs are written in a text file.
	 */
	static Passages of(List<Passage> rebuilt, int printedLines) {
		String[] lines = new String[printedLines];
		Passage[] passages = new Passage[printedLines];
		java.util.Arrays.fill(lines, "");
		for (Passage passage : rebuilt) {
			lines[passage.firstLine() - 1] = passage.text();
			passages[passage.firstLine() - 1] = passage;
		}
		List<Passage> byLine = new ArrayList<>();
		for (int n = 1; n <= printedLines; n++) {
			byLine.add(passages[n - 1] != null ? passages[n - 1] : new Passage("", List.of(n), List.of(0)));
		}
		return new Passages(new ReportText(List.of(lines)), byLine);
	}

	/** The printed line of a finding on line {@code line} of the rebuilt text, quoting {@code quoted}. */
	int printedLine(int line, String quoted) {
		Passage passage = passages.get(line - 1);
		int at = quoted == null || quoted.isEmpty() ? -1
				: passage.text().replace('\u00A0', ' ').indexOf(quoted.replace('\u00A0', ' '));
		return passage.lineAt(Math.max(at, 0));
	}
}

package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the rules read, one passage to a line, and the way back from a line of it to the printed
 * line where a finding starts: the finding's quoted text is looked up in its passage, so a figure
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

	/** Each passage on a line of its own, a blank line after each, as paragraphs are written in a text file. */
	static Passages of(List<Passage> rebuilt) {
		List<String> lines = new ArrayList<>();
		List<Passage> passages = new ArrayList<>();
		for (Passage passage : rebuilt) {
			lines.add(passage.text());
			passages.add(passage);
			lines.add("");
			passages.add(new Passage("", List.of(passage.lines().get(passage.lines().size() - 1)), List.of(0)));
		}
		return new Passages(new ReportText(lines), passages);
	}

	/** The printed line of a finding on line {@code line} of the rebuilt text, quoting {@code quoted}. */
	int printedLine(int line, String quoted) {
		Passage passage = passages.get(line - 1);
		int at = quoted == null || quoted.isEmpty() ? -1 : passage.text().indexOf(quoted);
		return passage.lineAt(Math.max(at, 0));
	}
}

package id.aduan.reportaudit;

import java.util.List;

/**
 * A sentence, paragraph, list item or table row rebuilt from the printed lines it was wrapped over:
 * its text, and for each printed line it takes (numbers from 1), where that line's text starts in it.
 */
public record Passage(String text, List<Integer> lines, List<Integer> offsets) {

	public Passage {
		lines = List.copyOf(lines);
		offsets = List.copyOf(offsets);
	}

	public int firstLine() {
		return lines.get(0);
	}

	/** The printed line that holds the character at {@code offset} of the text. */
	public int lineAt(int offset) {
		int line = lines.get(0);
		for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
			line = lines.get(i);
		}
		return line;
	}
}

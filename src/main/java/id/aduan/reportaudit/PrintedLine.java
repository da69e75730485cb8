package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line as printed on a page, from a PDF's text layer or from OCR: its words with where they
 * stand (points from the page's top left). A gap much wider than a space separates table cells.
 */
record PrintedLine(int page, List<Word> words) {

	/** A word and its box. */
	record Word(String text, float left, float right, float top, float bottom) {

		float height() {
			return bottom - top;
		}
	}

	/** Cells of a table row: words closer than this many text heights belong to one cell. */
	private static final float CELL_GAP = 1.2f;

	private static final Pattern FIGURE = Pattern.compile("^[\\d.,]+\\s*%?$");

	PrintedLine {
		words = List.copyOf(words);
	}

	String text() {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

	float left() {
		return words.get(0).left();
	}

	float right() {
		return words.get(words.size() - 1).right();
	}

	float top() {
		return (float) words.stream().mapToDouble(Word::top).min().orElse(0);
	}

	float bottom() {
		return (float) words.stream().mapToDouble(Word::bottom).max().orElse(0);
	}

	float height() {
		return (float) words.stream().mapToDouble(Word::height).max().orElse(0);
	}

	/** The words grouped into cells: runs of words with no wide gap between them. */
	List<List<Word>> cells() {
		List<List<Word>> cells = new ArrayList<>();
		List<Word> cell = new ArrayList<>();
		Word previous = null;
		for (Word word : words) {
			if (previous != null && word.left() - previous.right() > CELL_GAP * Math.max(height(), 1)) {
				cells.add(cell);
				cell = new ArrayList<>();
			}
			cell.add(word);
			previous = word;
		}
		cells.add(cell);
		return cells;
	}

	/** Whether a cell holds a figure only: a count, a decimal or a percentage. */
	static boolean isFigure(List<Word> cell) {
		return FIGURE.matcher(text(cell)).matches();
	}

	static String text(List<Word> words) {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}
}

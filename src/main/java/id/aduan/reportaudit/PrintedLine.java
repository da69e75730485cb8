package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line as printed on a page, from a PDF's text layer or from OCR: its words with where they
 * stand (points from the page's top left), and the table borders drawn across it. A vertical border
 * between two words, or a gap much wider than a space, separates table cells.
 */
record PrintedLine(int page, List<Word> words, Grid grid) {

	/**
	 * The ruled table a line is printed in: the x of each vertical border crossing it, left to right,
	 * and whether a horizontal border runs above it (since the line before it), which starts a row.
	 * Lines outside a bordered table have {@link #NONE}.
	 */
	record Grid(List<Float> borders, boolean ruledAbove) {

		static final Grid NONE = new Grid(List.of(), false);

		Grid {
			borders = List.copyOf(borders);
		}

		/** Inside a bordered table of two columns or more. */
		boolean ruled() {
			return borders.size() >= 3;
		}
	}

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

	PrintedLine(int page, List<Word> words) {
		this(page, words, Grid.NONE);
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
			if (previous != null && (word.left() - previous.right() > CELL_GAP * Math.max(height(), 1)
					|| bordered(previous, word))) {
				cells.add(cell);
				cell = new ArrayList<>();
			}
			cell.add(word);
			previous = word;
		}
		cells.add(cell);
		return cells;
	}

	private boolean bordered(Word before, Word after) {
		float mid = (before.right() + after.left()) / 2;
		float slack = Math.max(0.5f, (after.left() - before.right()) / 2 + 0.5f);
		return grid.borders().stream().anyMatch(x -> Math.abs(x - mid) <= slack);
	}

	/** Whether a cell holds a figure only: a count, a decimal or a percentage. */
	static boolean isFigure(List<Word> cell) {
		return FIGURE.matcher(text(cell)).matches();
	}

	static String text(List<Word> words) {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}
}

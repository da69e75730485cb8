package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table printed in a PDF, from where its words stand: the table's columns are the
 * spans its cells cover (a cell overlapping a column belongs to it, so right-aligned figures fall
 * under their heading), each row becomes one passage of tab-separated cells with the empty ones kept,
 * and a line holding one cell under a row (a long cell's text that wrapped) is added to that cell.
 * A bordered table is read by its borders instead.
 */
final class TableRows {

	private TableRows() {
	}

	/** Passages for the table on lines {@code first} to {@code last} (0-based), skipping running lines. */
	static List<Passage> of(List<PrintedLine> lines, boolean[] running, int first, int last) {
		List<Float> borders = borders(lines, running, first, last);
		if (borders.size() >= 3) {
			return ruled(lines, running, first, last, borders);
		}
		List<float[]> columns = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			if (!running[i]) {
				for (List<PrintedLine.Word> cell : lines.get(i).cells()) {
					add(columns, cell.get(0).left(), cell.get(cell.size() - 1).right());
				}
			}
		}
		columns.sort((a, b) -> Float.compare(a[0], b[0]));
		for (int c = 1; c < columns.size(); c++) {
			if (columns.get(c)[0] <= columns.get(c - 1)[1]) {
				columns.get(c - 1)[1] = Math.max(columns.get(c - 1)[1], columns.get(c)[1]);
				columns.remove(c--);
			}
		}
		List<Passage> rows = new ArrayList<>();
		String[] cells = null;
		List<Integer> taken = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			if (running[i]) {
				continue;
			}
			List<List<PrintedLine.Word>> lineCells = lines.get(i).cells();
			boolean wrapped = cells != null && lineCells.size() == 1 && !PrintedLine.isFigure(lineCells.get(0));
			if (!wrapped) {
				if (cells != null) {
					rows.add(row(cells, taken));
				}
				cells = new String[columns.size()];
				taken = new ArrayList<>();
			}
			taken.add(i + 1);
			for (List<PrintedLine.Word> cell : lineCells) {
				int column = column(columns, cell.get(0).left(), cell.get(cell.size() - 1).right());
				String text = PrintedLine.text(cell);
				cells[column] = cells[column] == null ? text : cells[column] + " " + text;
			}
		}
		if (cells != null) {
			rows.add(row(cells, taken));
		}
		return rows;
	}

	/**
	 * A bordered table: a cell's column is the space between two vertical borders, and a row runs
	 * from one horizontal border to the next, so the lines of a cell that wrapped, set above or below
	 * the middle of its row, stay in that row.
	 */
	private static List<Passage> ruled(List<PrintedLine> lines, boolean[] running, int first, int last,
			List<Float> borders) {
		List<Passage> rows = new ArrayList<>();
		String[] cells = null;
		List<Integer> taken = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			if (running[i]) {
				continue;
			}
			PrintedLine line = lines.get(i);
			if (cells == null || line.grid().ruledAbove() || lines.get(i - 1).page() != line.page() && i > first) {
				if (cells != null) {
					rows.add(row(cells, taken));
				}
				cells = new String[borders.size() - 1];
				taken = new ArrayList<>();
			}
			taken.add(i + 1);
			for (List<PrintedLine.Word> cell : line.cells()) {
				int column = 0;
				while (column + 1 < borders.size() - 1 && borders.get(column + 1) <= cell.get(0).left()) {
					column++;
				}
				String text = PrintedLine.text(cell);
				cells[column] = cells[column] == null ? text : cells[column] + " " + text;
			}
		}
		if (cells != null) {
			rows.add(row(cells, taken));
		}
		return rows;
	}

	/** The vertical borders of the table's lines, merged when they are the same border. */
	private static List<Float> borders(List<PrintedLine> lines, boolean[] running, int first, int last) {
		List<Float> all = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			if (!running[i]) {
				all.addAll(lines.get(i).grid().borders());
			}
		}
		all.sort(Float::compare);
		List<Float> merged = new ArrayList<>();
		for (float x : all) {
			if (merged.isEmpty() || x - merged.get(merged.size() - 1) > 1.5f) {
				merged.add(x);
			}
		}
		return merged;
	}

	private static Passage row(String[] cells, List<Integer> lines) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			text.append(c == 0 ? "" : "\t").append(cells[c] == null ? "" : cells[c]);
		}
		return new Passage(text.toString(), List.of(lines.get(0)), List.of(0));
	}

	private static void add(List<float[]> columns, float left, float right) {
		for (float[] column : columns) {
			if (left <= column[1] && right >= column[0]) {
				column[0] = Math.min(column[0], left);
				column[1] = Math.max(column[1], right);
				return;
			}
		}
		columns.add(new float[] { left, right });
	}

	private static int column(List<float[]> columns, float left, float right) {
		for (int c = 0; c < columns.size(); c++) {
			if (left <= columns.get(c)[1] && right >= columns.get(c)[0]) {
				return c;
			}
		}
		return 0;
	}
}

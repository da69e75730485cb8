package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.aduan.reportaudit.ReportText;

/**
 * Reads the recap tables of a report (rows of cells separated by tabs, as Word tables, spreadsheet
 * sheets and PDF tables are read): a heading row, rows of counts, a "Jumlah" or "Total" row. Each
 * column of counts is a breakdown of its table, with the share column after it (a heading with "%"
 * or "persen") as its percentages and the Jumlah row as its total, so the rules of lists apply to
 * tables too. A "Terbilang" column is the words of the count column before it. A table is named by
 * its caption (the line just above it, "Tabel 2 ..." or a sheet's name), else by its number.
 */
public final class Tables {

	private static final Pattern TOTAL = Pattern.compile("^(?:jumlah|total)\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern WHOLE = Pattern.compile("^\\s*(" + Figures.WHOLE + ")\\s*$");

	private static final Pattern SHARE = Pattern.compile("^\\s*(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*%?\\s*$");

	private static final Pattern NUMBER_HEADING = Pattern.compile("^(?:no|no\\.|nomor|urut)$", Pattern.CASE_INSENSITIVE);

	private Tables() {
	}

	/** A table as read: its name and its rows, each with its line. */
	record Table(String name, List<Integer> lines, List<List<String>> rows) {

		String cell(int row, int column) {
			List<String> cells = rows.get(row);
			return column < cells.size() ? cells.get(column).strip() : "";
		}

		int columns() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}
	}

	public static List<Breakdown> in(ReportText report) {
		List<Breakdown> breakdowns = new ArrayList<>();
		for (Table table : tables(report)) {
			breakdowns.addAll(breakdowns(table));
		}
		return breakdowns;
	}

	/** The numbers of count columns with their words in a "Terbilang" column beside them. */
	public static List<NumberWithWords> wordsColumns(ReportText report) {
		List<NumberWithWords> found = new ArrayList<>();
		for (Table table : tables(report)) {
			for (int column = 1; column < table.columns(); column++) {
				if (!table.cell(0, column).toLowerCase(Locale.ROOT).contains("terbilang")) {
					continue;
				}
				for (int row = 1; row < table.rows().size(); row++) {
					Matcher figure = WHOLE.matcher(table.cell(row, column - 1));
					String words = table.cell(row, column).replaceAll("^\\(|\\)$", "");
					OptionalLong value = words.isBlank() ? OptionalLong.empty() : NumberWithWords.value(words);
					if (figure.matches() && value.isPresent()) {
						long number = Figures.whole(figure.group(1));
						found.add(new NumberWithWords(table.lines().get(row), number, words, value.getAsLong(),
								figure.group(1) + " (" + words + ")", 0, 0,
								new NumberWithWords.TableCell(table.name(), description(table, row, column),
										table.cell(0, column))));
					}
				}
			}
		}
		return found;
	}

	static List<Table> tables(ReportText report) {
		List<Table> tables = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (int n = 1; n <= report.size() + 1; n++) {
			boolean row = n <= report.size() && report.line(n).indexOf('\t') >= 0;
			if (row) {
				lines.add(n);
			}
			else if (!lines.isEmpty() && n <= report.size() && report.line(n).isEmpty() && rowFollows(report, n)) {
				continue;
			}
			else if (!lines.isEmpty()) {
				List<List<String>> rows = lines.stream().map(line -> List.of(report.line(line).split("\t", -1))).toList();
				tables.add(new Table(caption(report, lines.get(0), tables.size() + 1), List.copyOf(lines), rows));
				lines.clear();
			}
		}
		return tables;
	}

	/**
	 * Whether the blank lines from {@code n} lead to another row: in a printed report, the lines a
	 * wrapped row took and a running header or footer at a page end leave the table's rows apart.
	 */
	private static boolean rowFollows(ReportText report, int n) {
		int next = n;
		while (next <= report.size() && report.line(next).isEmpty()) {
			next++;
		}
		return next <= report.size() && report.line(next).indexOf('\t') >= 0;
	}

	private static String caption(ReportText report, int firstRow, int number) {
		for (int n = firstRow - 1; n >= Math.max(1, firstRow - 3); n--) {
			String line = report.line(n).strip();
			if (!line.isEmpty()) {
				return line.length() <= 120 && line.indexOf('\t') < 0 ? line : "Tabel " + number;
			}
		}
		return "Tabel " + number;
	}

	private static List<Breakdown> breakdowns(Table table) {
		List<Breakdown> found = new ArrayList<>();
		int rows = table.rows().size();
		int total = -1;
		for (int row = 1; row < rows && total < 0; row++) {
			for (int column = 0; column < table.columns(); column++) {
				String cell = table.cell(row, column);
				if (!cell.isEmpty() && !WHOLE.matcher(cell).matches()) {
					if (TOTAL.matcher(cell).matches()) {
						total = row;
					}
					break;
				}
			}
		}
		for (int column = 0; column < table.columns(); column++) {
			String heading = table.cell(0, column);
			if (NUMBER_HEADING.matcher(heading).matches() || isShare(heading) || !countColumn(table, column, total)) {
				continue;
			}
			int share = shareColumn(table, column);
			List<ListItem> items = new ArrayList<>();
			for (int row = 1; row < (total < 0 ? rows : total); row++) {
				Matcher count = WHOLE.matcher(table.cell(row, column));
				if (!count.matches()) {
					continue;
				}
				String description = description(table, row);
				Percentage percentage = null;
				if (share >= 0) {
					Matcher shown = SHARE.matcher(table.cell(row, share));
					if (shown.matches()) {
						percentage = Percentage.written(shown.group(1), shown.group(1) + "%");
					}
				}
				String span = description + ": " + count.group(1) + (percentage == null ? "" : " · " + percentage.text());
				items.add(new ListItem(table.lines().get(row), 0, Figures.whole(count.group(1)), span, percentage,
						description));
			}
			StatedTotal stated = null;
			if (total >= 0) {
				Matcher value = WHOLE.matcher(table.cell(total, column));
				if (value.matches()) {
					stated = new StatedTotal(table.lines().get(total), Figures.whole(value.group(1)),
							table.cell(total, column));
				}
			}
			if (items.size() >= 2 && (stated != null || share >= 0)) {
				found.add(new Breakdown(stated, false, items, new Breakdown.TablePlace(table.name(),
						heading.isEmpty() ? String.valueOf(column + 1) : heading,
						share < 0 ? "" : table.cell(0, share))));
			}
		}
		return found;
	}

	/** A column of counts: most of its cells between the heading and the total row are whole numbers. */
	private static boolean countColumn(Table table, int column, int total) {
		int end = total < 0 ? table.rows().size() : total;
		int whole = 0;
		int filled = 0;
		for (int row = 1; row < end; row++) {
			String cell = table.cell(row, column);
			if (!cell.isEmpty()) {
				filled++;
				whole += WHOLE.matcher(cell).matches() ? 1 : 0;
			}
		}
		if (filled < 2 || whole * 2 <= filled) {
			return false;
		}
		for (int row = 1; row < end; row++) {
			if (table.cell(row, column).endsWith("%")) {
				return false;
			}
		}
		return !ordinal(table, column, end);
	}

	/** A column numbering its rows 1, 2, 3 … (a "No" column without its heading). */
	private static boolean ordinal(Table table, int column, int end) {
		int expected = 1;
		for (int row = 1; row < end; row++) {
			String cell = table.cell(row, column).replaceAll("\\.$", "");
			if (cell.isEmpty()) {
				continue;
			}
			if (!cell.equals(String.valueOf(expected++))) {
				return false;
			}
		}
		return expected > 2;
	}

	private static int shareColumn(Table table, int count) {
		for (int column = count + 1; column < table.columns(); column++) {
			if (isShare(table.cell(0, column)) || table.cell(1, column).endsWith("%")) {
				return column;
			}
			if (WHOLE.matcher(table.cell(1, column)).matches() && !isShare(table.cell(0, column))) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isShare(String heading) {
		String lower = heading.toLowerCase(Locale.ROOT);
		return lower.contains("%") || lower.contains("persen");
	}

	private static String description(Table table, int row) {
		return description(table, row, -1);
	}

	/** The row's label: its cells that are not figures, but for the column {@code besides} (its words). */
	private static String description(Table table, int row, int besides) {
		List<String> words = new ArrayList<>();
		for (int column = 0; column < table.columns(); column++) {
			String cell = table.cell(row, column);
			if (column != besides && !cell.isEmpty() && !SHARE.matcher(cell).matches() && !WHOLE.matcher(cell).matches()) {
				words.add(cell);
			}
		}
		return words.isEmpty() ? table.cell(row, 0) : String.join(" ", words);
	}
}

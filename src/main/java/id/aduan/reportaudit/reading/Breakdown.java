package id.aduan.reportaudit.reading;

import java.util.List;

/**
 * A list that breaks a total down, e.g. complaints by channel: its items, the total stated for it
 * (in the sentence that introduces it, or in a "Jumlah" row after it; null when none is stated), and
 * whether it claims to be complete. A list introduced with "antara lain" or "di antaranya" only
 * gives examples: it need not add up. A table's column of counts (with its share column) is a
 * breakdown too, its "Jumlah" row the total; {@code table} says where it stands (null for a list).
 */
public record Breakdown(StatedTotal total, boolean partial, List<ListItem> items, TablePlace table) {

	/** Where in a table a breakdown stands: the table's caption or number, the counted column, the share column. */
	public record TablePlace(String table, String column, String shareColumn) {
	}

	public Breakdown {
		items = List.copyOf(items);
	}

	public Breakdown(StatedTotal total, boolean partial, List<ListItem> items) {
		this(total, partial, items, null);
	}

	public boolean inTable() {
		return table != null;
	}

	public boolean hasTotal() {
		return total != null;
	}

	public long sum() {
		return items.stream().mapToLong(ListItem::count).sum();
	}

	public int firstLine() {
		return items.get(0).line();
	}

	public int lastLine() {
		return items.get(items.size() - 1).line();
	}

	public boolean everyItemHasPercentage() {
		return items.stream().allMatch(ListItem::hasPercentage);
	}
}

package id.aduan.reportaudit.reading;

/**
 * One line of a breakdown: "1. 1104 (seratus empat) atau 85,2% pengaduan diterima melalui media
 * sosial;". {@code ordinal} is the list marker's number (a = 1, b = 2; 0 for a bullet or none),
 * {@code count} the number the item counts, {@code span} the text from the count to its percentage
 * (what a finding quotes), {@code description} what is counted (label and remaining words), and
 * {@code percentage} is null when the item shows none.
 */
public record ListItem(int line, int ordinal, long count, String span, Percentage percentage, String description) {

	public boolean hasPercentage() {
		return percentage != null;
	}

	/** The same item with a wrapped continuation line added to what it describes. */
	ListItem continuedBy(String text) {
		return new ListItem(line, ordinal, count, span, percentage, description + " " + text.strip());
	}
}

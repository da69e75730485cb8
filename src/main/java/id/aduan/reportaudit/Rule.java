package id.aduan.reportaudit;

/**
 * The rules a report is audited against. The names are stable identifiers: API clients, the CLI's
 * JSON and spreadsheets exported from the page key on them, so a rule may be added but never renamed.
 */
public enum Rule {

	/** A number and its words in brackets disagree: "1104 (seratus empat)". */
	TERBILANG_MISMATCH,

	/** The items of a breakdown do not add up to the total stated for it. */
	SUM_MISMATCH,

	/** A percentage disagrees with count ÷ total beyond what its shown precision allows. */
	PERCENT_MISMATCH,

	/** The percentages of a breakdown do not sum to 100 within the rounding their precision allows. */
	PERCENT_TOTAL,

	/** The report states different totals received for the same period in different places. */
	TOTAL_CONFLICT,

	/** A section number is used twice. */
	DUPLICATE_HEADING,

	/** A breakdown lists the same item twice. */
	DUPLICATE_ITEM,

	/** A weekday name does not match the date it is given with. */
	WEEKDAY_MISMATCH,

	/** A date that cannot be right: signed before the period ends, a period ending before it starts. */
	DATE_ORDER,

	/**
	 * The report names, as the body that received, handled or reported complaints, an institution
	 * other than the one its title or letterhead names: a paragraph copied from another office's report.
	 */
	FOREIGN_INSTITUTION
}

package id.aduan.reportaudit.reading;

import java.math.BigDecimal;

/**
 * A percentage as the report shows it. How many decimals it shows is how precise its writer claims
 * to be: "1%" stands for anything from 0,5% to 1,5%, "3,4%" for 3,35% to 3,45%.
 */
public record Percentage(BigDecimal value, int decimals, String text) {

	/** Half a unit of the last decimal shown: the rounding this percentage may carry. */
	public BigDecimal tolerance() {
		return BigDecimal.valueOf(5, decimals + 1);
	}

	/** One unit of the last decimal shown ("0,1" for "85,2%"). */
	public BigDecimal unit() {
		return BigDecimal.valueOf(1, decimals);
	}

	/** A percentage from its written number ("85,2") and the text it was written as ("85,2%"). */
	public static Percentage written(String number, String text) {
		int separator = Math.max(number.indexOf(','), number.indexOf('.'));
		int decimals = separator < 0 ? 0 : number.length() - separator - 1;
		return new Percentage(Figures.decimal(number), decimals, text.strip());
	}

	@Override
	public String toString() {
		return text;
	}
}

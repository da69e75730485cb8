package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class PercentagesMakeWholeTest {

	private final PercentagesMakeWhole policy = new PercentagesMakeWhole();

	@Test
	void percentagesFarFromAHundredAreAFindingOnTheFirstItem() {
		assertThat(Reports.check(policy, "Rincian per bulan sebagai berikut:", "1. 625 (enam ratus dua puluh lima) atau 4,1% pada Januari;",
				"2. 321 (tiga ratus dua puluh satu) atau 1% pada Februari.")).singleElement().satisfies(finding -> {
					assertThat(finding.rule()).isEqualTo(Rule.PERCENT_TOTAL);
					assertThat(finding.line()).isEqualTo(2);
					assertThat(finding.text()).isEqualTo("4,1% + 1%");
					assertThat(finding.expected()).isEqualTo("100%");
					assertThat(finding.found()).isEqualTo("5,1%");
				});
	}

	@Test
	void roundingThatTheShownPrecisionAllowsIsFine() {
		// 98/122, 15/122, 4/122, 3/122, 1/122, 1/122 rounded to one decimal sum to 100,1%.
		assertThat(Reports.check(policy, "Sebagai berikut:", "1. 98 (sembilan puluh delapan) atau 80,3% A;",
				"2. 15 (lima belas) atau 12,3% B;", "3. 4 (empat) atau 3,3% C;", "4. 3 (tiga) atau 2,5% D;",
				"5. 1 (satu) atau 0,8% E;", "6. 1 (satu) atau 0,8% F.")).isEmpty();
	}

	@Test
	void sixItemsWithOneDecimalMayNotBeOffByNineTenths() {
		assertThat(Reports.check(policy, "Sebagai berikut:", "1. 28 (dua puluh delapan) atau 23,5% A;",
				"2. 80 (delapan puluh) atau 65,6% B;", "3. 9 (sembilan) atau 7,6% C;", "4. 2 (dua) atau 1,7% D;",
				"5. 1 (satu) atau 0,8% E;", "6. 2 (dua) atau 1,7% F.")).singleElement()
			.satisfies(finding -> assertThat(finding.found()).isEqualTo("100,9%"));
	}

	@Test
	void halfUpSharesSummingTo99Comma9Or100Comma1AreFine() {
		// A third each, half-up: 33,3% × 3 = 99,9%; a seventh each: 14,3% × 7 = 100,1%.
		assertThat(Reports.check(policy, "Sebagai berikut:", "1. 1 (satu) atau 33,3% A;", "2. 1 (satu) atau 33,3% B;",
				"3. 1 (satu) atau 33,3% C.")).isEmpty();
		String[] sevenths = new String[8];
		sevenths[0] = "Sebagai berikut:";
		for (int i = 1; i <= 7; i++) {
			sevenths[i] = i + ". 1 (satu) atau 14,3% bagian " + (char) ('A' + i) + ";";
		}
		assertThat(Reports.check(policy, sevenths)).isEmpty();
	}

	@Test
	void sharesThatAreEachTheirOwnCountRoundedHalfUpMayMissAHundredByRoundingAlone() {
		// A sixth each, half-up: 16,7% × 6 = 100,2%, yet each line survives a calculator.
		assertThat(Reports.check(policy, sixths("16,7%", "16,7%"))).isEmpty();
	}

	@Test
	void aSumTwoTenthsOffIsAFindingWhenTheSharesAreNotTheirCounts() {
		// Five sixths right and one written 16,9%: the sum is 100,4%, and not from rounding.
		assertThat(Reports.check(policy, sixths("16,7%", "16,9%"))).singleElement().satisfies(finding -> {
			assertThat(finding.found()).isEqualTo("100,4%");
			assertThat(finding.arguments()).last().isEqualTo("0,1%");
		});
	}

	/** Six items of one complaint each, the first five with {@code share}, the last with {@code last}. */
	private static String[] sixths(String share, String last) {
		String[] lines = new String[7];
		lines[0] = "Sebagai berikut:";
		for (int i = 1; i <= 6; i++) {
			lines[i] = i + ". 1 (satu) atau " + (i == 6 ? last : share) + " bagian " + (char) ('A' + i) + ";";
		}
		return lines;
	}

	@Test
	void aBreakdownWithoutPercentagesOnEveryItemIsNotSummed() {
		assertThat(Reports.check(policy, "Sebagai berikut:", "1. 28 (dua puluh delapan) atau 23,5% A;",
				"2. 80 (delapan puluh) pengaduan B.")).isEmpty();
	}
}

package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;

class PercentagesMatchCountsTest {

	private final PercentagesMatchCounts policy = new PercentagesMatchCounts();

	private static final String INTRO = "dari 122 (seratus dua puluh dua) pengaduan dapat diklasifikasikan sebagai berikut:";

	@Test
	void onePercentForOneOf122IsWithinItsShownPrecision() {
		assertThat(Reports.check(policy, INTRO, "1. 120 (seratus dua puluh) atau 98,4% pengaduan A;",
				"2. 1 (satu) atau 1% pengaduan B;", "3. 1 (satu) atau 0,8% pengaduan C.")).isEmpty();
	}

	@Test
	void threeComma4PercentFor4Of122IsAFinding() {
		assertThat(Reports.check(policy, INTRO, "1. 118 (seratus delapan belas) atau 96,7% pengaduan A;",
				"2. 4 (empat) 3,4% pengaduan B.")).singleElement().satisfies(finding -> {
					assertThat(finding.rule()).isEqualTo(Rule.PERCENT_MISMATCH);
					assertThat(finding.line()).isEqualTo(3);
					assertThat(finding.text()).isEqualTo("4 (empat) 3,4%");
					assertThat(finding.expected()).isEqualTo("3,3%");
					assertThat(finding.found()).isEqualTo("3,4%");
					assertThat(finding.arguments()).containsExactly("4", "122", "3,3%", "3,4%");
				});
	}

	@Test
	void percentagesComputedFromTheItemsSumAreCheckedAgainstItWhenTheStatedTotalIsWrong() {
		assertThat(Reports.check(policy, "dari 1627 (seribu enam ratus dua puluh tujuh) pengaduan sebagai berikut:",
				"1. 98 (sembilan puluh delapan) atau 80,3% pengaduan A;", "2. 20 (dua puluh) atau 16,4% pengaduan B;",
				"3. 4 (empat) atau 3,4% pengaduan C.")).extracting(Finding::line).containsExactly(4);
	}

	@Test
	void decimalsWithADotAndNoWordsAreReadToo() {
		assertThat(Reports.check(policy, "Menurut jenisnya, 200 pengaduan terdiri atas:",
				"- Aspirasi: 150 laporan atau 75.0%", "- Informasi: 50 laporan atau 20.0%"))
			.extracting(Finding::expected)
			.containsExactly("25,0%");
	}

	@Test
	void sharesRoundedByLargestRemainderToExactlyAHundredAreAccepted() {
		// A third each: 33,4% for one of them is what the largest-remainder method gives to make 100,0.
		assertThat(Reports.check(policy, "Dari 3 (tiga) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 33,4% pengaduan A;", "2. 1 (satu) atau 33,3% pengaduan B;",
				"3. 1 (satu) atau 33,3% pengaduan C.")).isEmpty();
		// 2 of 30 (6,67%) has the larger remainder than 1 of 30 (3,33%), so it takes the spare tenth.
		assertThat(Reports.check(policy, "Dari 30 (tiga puluh) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 3,3% pengaduan A;", "2. 2 (dua) atau 6,7% pengaduan B;",
				"3. 27 (dua puluh tujuh) atau 90,0% pengaduan C.")).isEmpty();
	}

	@Test
	void sharesThatMakeAHundredMayEachBeLessThanOneTenthOffWhicheverShareTookTheSpareTenth() {
		// 3,33% shown as 3,4% and 6,67% as 6,6%: each less than 0,1 off, and together exactly 100,0%.
		assertThat(Reports.check(policy, "Dari 30 (tiga puluh) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 3,4% pengaduan A;", "2. 2 (dua) atau 6,6% pengaduan B;",
				"3. 27 (dua puluh tujuh) atau 90,0% pengaduan C.")).isEmpty();
	}

	@Test
	void aShareTwoTenthsOffIsAFindingEvenWhenTheSharesMakeAHundred() {
		// 10 of 30 is 33,33%; 33,5% is 0,17 off, so the hundred was forced, not rounded.
		assertThat(Reports.check(policy, "Dari 30 (tiga puluh) pengaduan, rinciannya sebagai berikut:",
				"1. 10 (sepuluh) atau 33,5% pengaduan A;", "2. 20 (dua puluh) atau 66,5% pengaduan B."))
			.extracting(Finding::line, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "33,3%"), org.assertj.core.groups.Tuple.tuple(3, "66,7%"));
	}

	@Test
	void sharesThatDoNotMakeAHundredOrMixPrecisionsAreHeldToOrdinaryRounding() {
		assertThat(Reports.check(policy, "Dari 3 (tiga) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 33,4% pengaduan A;", "2. 1 (satu) atau 33,4% pengaduan B;",
				"3. 1 (satu) atau 33,3% pengaduan C.")).extracting(Finding::line).containsExactly(2, 3);
		assertThat(Reports.check(policy, "Dari 3 (tiga) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 33,4% pengaduan A;", "2. 1 (satu) atau 33% pengaduan B;",
				"3. 1 (satu) atau 33,3% pengaduan C.")).extracting(Finding::line).containsExactly(2);
	}

	@Test
	void aShareOneWholeUnitOffIsWrongEvenWhenTheSharesMakeAHundred() {
		assertThat(Reports.check(policy, "Dari 4 (empat) pengaduan, rinciannya sebagai berikut:",
				"1. 1 (satu) atau 25,1% pengaduan A;", "2. 3 (tiga) atau 74,9% pengaduan B.")).hasSize(2);
	}
}

package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class ItemsListedOnceTest {

	private final ItemsListedOnce policy = new ItemsListedOnce();

	@Test
	void theSameWorkUnitListedTwiceIsAFindingOnItsSecondLine() {
		assertThat(Reports.check(policy, "Berdasarkan Satuan Kerja sebagai berikut:",
				"1. 3 (tiga) atau 2,5% pengaduan ditujukan Dinas Sosial;",
				"2. 3 (tiga) atau 2,5% pengaduan ditujukan kepada Pusat Data;",
				"3. 1 (satu) atau 1% pengaduan ditujukan kepada Dinas Sosial;")).singleElement().satisfies(finding -> {
					assertThat(finding.rule()).isEqualTo(Rule.DUPLICATE_ITEM);
					assertThat(finding.line()).isEqualTo(4);
					assertThat(finding.text()).isEqualTo("3. 1 (satu) atau 1% pengaduan ditujukan kepada Dinas Sosial;");
					assertThat(finding.arguments()).containsExactly("pengaduan ditujukan kepada Dinas Sosial", "2");
				});
	}

	@Test
	void durationsThatDifferOnlyInTheirNumberAreDifferentItems() {
		assertThat(Reports.check(policy, "Sebagai berikut:", "1. 80 (delapan puluh) atau 65,6% dalam 1 (satu) hari kerja;",
				"2. 9 (sembilan) atau 7,4% dalam 2 (dua) hari kerja;")).isEmpty();
	}

	@Test
	void itemsThatNameNothingButTheCountedNounAreNotCompared() {
		assertThat(Reports.check(policy, "Sebagai berikut:", "a. 5 (lima) pengaduan;", "b. 3 (tiga) pengaduan."))
			.isEmpty();
	}
}

package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class SectionNumbersUniqueTest {

	private final SectionNumbersUnique policy = new SectionNumbersUnique();

	@Test
	void aSectionNumberUsedTwiceIsAFindingOnItsSecondUse() {
		assertThat(Reports.check(policy, "4. PERKEMBANGAN", "4.1. REKAPITULASI BERDASARKAN SARANA", "4.4", "",
				"STATUS TINDAK LANJUT", "4.4. REKAPITULASI BERDASARKAN SATUAN KERJA", "4.5. PENJATUHAN SANKSI"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo(Rule.DUPLICATE_HEADING);
				assertThat(finding.line()).isEqualTo(6);
				assertThat(finding.text()).isEqualTo("4.4. REKAPITULASI BERDASARKAN SATUAN KERJA");
				assertThat(finding.expected()).isEqualTo("4.5");
				assertThat(finding.found()).isEqualTo("4.4");
				assertThat(finding.arguments()).containsExactly("4.4", "3");
			});
	}

	@Test
	void chaptersWithTheirOwnSubsectionsCountButNumberedListsInCapitalsDoNot() {
		assertThat(Reports.check(policy, "2. LAYANAN PENGADUAN", "2.1 BENTUK", "3. DAFTAR HADIR", "1. ABU BAKAR MAYOR",
				"2. SITI AMINAH", "3. LA ODE HASAN")).isEmpty();
		assertThat(Reports.check(policy, "2. LAYANAN PENGADUAN", "2.1 BENTUK", "2. MEKANISME PENGADUAN", "2.2 ALUR"))
			.singleElement()
			.satisfies(finding -> assertThat(finding.found()).isEqualTo("2"));
	}

	@Test
	void thousandsDecimalsAndTimesAreNotSectionNumbers() {
		assertThat(Reports.check(policy, "1.250 pengaduan", "1.250 pengaduan", "85.2% pengaduan", "85.2% pengaduan"))
			.isEmpty();
	}
}

package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class BreakdownAddsUpTest {

	private final BreakdownAddsUp policy = new BreakdownAddsUp();

	@Test
	void itemsThatDoNotAddUpToTheStatedTotalAreAFindingOnTheTotalsLine() {
		assertThat(Reports.check(policy, "Pada periode Januari sd Juni 2023 diterima sebanyak 100 (seratus)",
				"pengaduan dengan rincian sebagai berikut:", "", "1. 60 (enam puluh) pengaduan melalui media sosial;",
				"2. 30 (tiga puluh) pengaduan melalui surat.")).singleElement().satisfies(finding -> {
					assertThat(finding.rule()).isEqualTo(Rule.SUM_MISMATCH);
					assertThat(finding.line()).isEqualTo(1);
					assertThat(finding.text()).isEqualTo("100 (seratus)");
					assertThat(finding.expected()).isEqualTo("100");
					assertThat(finding.found()).isEqualTo("90");
					assertThat(finding.arguments()).containsExactly("100", "4", "5", "90");
				});
	}

	@Test
	void aJumlahRowAfterTheItemsIsTheTotalToo() {
		assertThat(Reports.check(policy, "Rincian per bulan:", "- Januari: 40 pengaduan", "- Februari: 50 pengaduan",
				"Jumlah: 100 (seratus) pengaduan")).extracting(finding -> finding.found()).containsExactly("90");
	}

	@Test
	void aBreakdownThatAddsUpIsFine() {
		assertThat(Reports.check(policy, "dari 1.250 (seribu dua ratus lima puluh) pengaduan, rinciannya:",
				"a. 1.200 (seribu dua ratus) atau 96% pengaduan melalui media sosial;",
				"b. 50 (lima puluh) atau 4% pengaduan melalui surat.")).isEmpty();
	}

	@Test
	void aListOfExamplesNeedNotAddUp() {
		assertThat(Reports.check(policy, "Dari 100 pengaduan, saluran yang sering dipakai antara lain:",
				"1. 60 (enam puluh) pengaduan melalui Instagram;", "2. 30 (tiga puluh) pengaduan melalui Facebook."))
			.isEmpty();
	}
}

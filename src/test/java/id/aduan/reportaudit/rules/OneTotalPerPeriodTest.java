package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;

class OneTotalPerPeriodTest {

	private final OneTotalPerPeriod policy = new OneTotalPerPeriod();

	@Test
	void aSecondDifferentTotalReceivedInTheSamePeriodIsAFinding() {
		assertThat(Reports.check(policy, "LAPORAN PERIODE JANUARI SD JUNI", "TAHUN 2023", "",
				"Dinas telah menerima sebanyak 1627 (seribu enam ratus dua puluh tujuh) pengaduan.", "",
				"Dari 1627 pengaduan yang diterima, semuanya dijawab.", "",
				"Maka dari 122 (seratus dua puluh dua) pengaduan yang diterima oleh Dinas Sosial:"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo(Rule.TOTAL_CONFLICT);
				assertThat(finding.line()).isEqualTo(8);
				assertThat(finding.text()).isEqualTo("122 (seratus dua puluh dua)");
				assertThat(finding.expected()).isEqualTo("1627");
				assertThat(finding.found()).isEqualTo("122");
				assertThat(finding.arguments()).containsExactly("122", "1627", "4", "Januari–Juni 2023");
			});
	}

	@Test
	void totalsOfDifferentPeriodsAreNotCompared() {
		assertThat(Reports.check(policy, "Pada periode Januari sd Juni 2023 diterima sebanyak 1627 pengaduan.",
				"Pada bulan Januari 2023 diterima 625 (enam ratus dua puluh lima) pengaduan.",
				"Pada periode Juli sd Desember 2023 telah menerima sebanyak 900 pengaduan.")).isEmpty();
	}

	@Test
	void totalsOfSomethingOtherThanWhatWasReceivedAreNotCompared() {
		assertThat(Reports.check(policy, "Semester I tahun 2023 diterima sebanyak 1627 pengaduan.",
				"Sebanyak 1500 pengaduan telah selesai ditanggapi.", "Kode Pos 97544 dan tanggal 5 (lima) diterima."))
			.isEmpty();
	}

	@Test
	void withoutAStatedPeriodTheWholeReportIsOnePeriod() {
		assertThat(Reports.check(policy, "Kami menerima 10 pengaduan.", "", "Sebanyak 12 pengaduan yang diterima."))
			.extracting(Finding::messageKey)
			.containsExactly("reportaudit.finding.TOTAL_CONFLICT.noPeriod");
	}
}

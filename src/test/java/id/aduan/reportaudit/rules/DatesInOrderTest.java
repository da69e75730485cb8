package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;

class DatesInOrderTest {

	private final DatesInOrder policy = new DatesInOrder();

	@Test
	void aReportSignedBeforeItsPeriodEndsIsAFinding() {
		assertThat(Reports.check(policy, "PERIODE JANUARI SD JUNI", "", "TAHUN 2023", "Isi laporan.",
				"Ditetapkan di Namrole", "", "Pada tanggal, 4 Januari 2023")).singleElement().satisfies(finding -> {
					assertThat(finding.rule()).isEqualTo(Rule.DATE_ORDER);
					assertThat(finding.line()).isEqualTo(7);
					assertThat(finding.expected()).isEqualTo("≥ 30 Juni 2023");
					assertThat(finding.found()).isEqualTo("4 Januari 2023");
					assertThat(finding.messageKey()).isEqualTo("reportaudit.finding.DATE_ORDER.signedEarly");
				});
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsAFinding() {
		assertThat(Reports.check(policy, "Laporan periode Juli 2023 sd Juni 2023")).singleElement()
			.satisfies(finding -> {
				assertThat(finding.text()).isEqualTo("Juli 2023 sd Juni 2023");
				assertThat(finding.messageKey()).isEqualTo("reportaudit.finding.DATE_ORDER.reversed");
			});
	}

	@Test
	void signingOnOrAfterTheLastDayAndPeriodsAcrossTheNewYearAreFine() {
		assertThat(Reports.check(policy, "Semester I tahun 2023", "Namrole, 30 Juni 2023")).isEmpty();
		assertThat(Reports.check(policy, "Periode Oktober sd Maret 2024", "Ditetapkan di Namrole pada tanggal 2 April 2024"))
			.isEmpty();
	}

	@Test
	void onlyTheFirstSignatureAfterAPeriodIsTheReportsOwn() {
		assertThat(Reports.check(policy, "Periode Januari sampai dengan Juni 2023", "Namrole, 3 Juli 2023",
				"BERITA ACARA", "Namrole, 6 Juni 2023")).isEmpty();
		assertThat(Reports.check(policy, "Periode Januari sampai dengan Juni 2023", "Namrole, 3 Juni 2023"))
			.extracting(Finding::line)
			.containsExactly(2);
	}
}

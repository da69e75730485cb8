package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class WeekdayMatchesDateTest {

	private final WeekdayMatchesDate policy = new WeekdayMatchesDate();

	@Test
	void aWeekdayWrittenInWordsThatDoesNotMatchItsDateIsAFinding() {
		assertThat(Reports.check(policy,
				"Pada Hari ini Rabu, Tanggal Enam Bulan Juni Tahun Dua Ribu Dua Puluh Tiga, Responden Pembinaan"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo(Rule.WEEKDAY_MISMATCH);
				assertThat(finding.line()).isEqualTo(1);
				assertThat(finding.text()).isEqualTo("Rabu, Tanggal Enam Bulan Juni Tahun Dua Ribu Dua Puluh Tiga");
				assertThat(finding.expected()).isEqualTo("Selasa");
				assertThat(finding.found()).isEqualTo("Rabu");
				assertThat(finding.arguments()).containsExactly("6 Juni 2023", "Selasa", "Rabu");
			});
	}

	@Test
	void datesInFiguresAndMixedFormsAreCheckedToo() {
		assertThat(Reports.check(policy, "hari Senin, 06-06-2023", "Kamis tanggal 6 (enam) bulan Juni tahun 2023",
				"Jumat, enam Juni 2023")).hasSize(3);
	}

	@Test
	void rightWeekdaysAndWeekdaysWithoutADateAreFine() {
		assertThat(Reports.check(policy, "hari Selasa, 6 Juni 2023", "Jum'at tanggal 9/6/2023",
				"Pada hari ini Selasa tanggal enam bulan juni tahun dua ribu dua puluh tiga",
				"Layanan dibuka Senin s.d. Jumat pukul 08.00", "Minggu lalu diterima 5 (lima) pengaduan")).isEmpty();
	}
}

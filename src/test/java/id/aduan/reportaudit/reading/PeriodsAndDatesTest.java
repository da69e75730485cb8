package id.aduan.reportaudit.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.ReportText;

class PeriodsAndDatesTest {

	@Test
	void readsPeriodsInTheFormsReportsUse() {
		ReportText report = ReportText.of(String.join("\n", "PERIODE JANUARI SD JUNI", "", "TAHUN 2023",
				"Pada periode bulan Januari sampai dengan bulan Juni 2023, ...", "laporan semester II tahun 2023",
				"Periode Juli 2022 – Juni 2023", "Januari s.d. Maret 2024 dan triwulan IV 2024"));

		assertThat(Periods.in(report)).extracting(Period::line, Period::start, Period::end)
			.containsExactly(tuple(1, date(2023, 1, 1), date(2023, 6, 30)), tuple(4, date(2023, 1, 1), date(2023, 6, 30)),
					tuple(5, date(2023, 7, 1), date(2023, 12, 31)), tuple(6, date(2022, 7, 1), date(2023, 6, 30)),
					tuple(7, date(2024, 1, 1), date(2024, 3, 31)), tuple(7, date(2024, 10, 1), date(2024, 12, 31)));
	}

	@Test
	void readsDatesInFiguresWordsAndMixed() {
		assertThat(Dates.at("4 Januari 2023", 0, 1)).map(DateMention::date).hasValue(date(2023, 1, 4));
		assertThat(Dates.at("06-06-2023", 0, 1)).map(DateMention::date).hasValue(date(2023, 6, 6));
		assertThat(Dates.at("Tanggal Enam Bulan Juni Tahun Dua Ribu Dua Puluh Tiga, Responden", 0, 1))
			.map(DateMention::date)
			.hasValue(date(2023, 6, 6));
		assertThat(Dates.at("tanggal dua puluh enam bulan juni tahun 2023", 0, 1)).map(DateMention::date)
			.hasValue(date(2023, 6, 26));
		assertThat(Dates.at("6 (enam) Juni 2023", 0, 1)).map(DateMention::date).hasValue(date(2023, 6, 6));
		assertThat(Dates.at("31 Juni 2023", 0, 1)).isEmpty();
		assertThat(Dates.at("tanggal Juni 2023", 0, 1)).isEmpty();
	}

	@Test
	void findsTheDatesADocumentIsSignedOnAndNoOthers() {
		ReportText report = ReportText.of(String.join("\n", "Ditetapkan di Namrole", "Pada tanggal, 4 Januari 2023",
				"Namrole, 30 Juni 2023", "Ditetapkan di Namrole pada tanggal 1 Juli 2023",
				"Rapat pada tanggal 6 Juni 2023 membahas laporan", "Selasa, 6 Juni 2023"));

		assertThat(Dates.signed(report)).extracting(DateMention::line, DateMention::date)
			.containsExactly(tuple(2, date(2023, 1, 4)), tuple(3, date(2023, 6, 30)), tuple(4, date(2023, 7, 1)));
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}
}

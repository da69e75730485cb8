package id.aduan.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

class IndonesianDatesTest {

	@Test
	void theBeritaAcaraDateAgreesWithTheCalendar() {
		// The seed's minutes say "Rabu, Tanggal Enam Bulan Juni": 6 June 2023 was a Tuesday.
		assertThat(IndonesianDates.inWords(LocalDate.of(2023, 6, 6)))
			.isEqualTo("Selasa, tanggal enam bulan Juni tahun dua ribu dua puluh tiga");
		assertThat(IndonesianDates.inWords(LocalDate.of(2026, 8, 17)))
			.isEqualTo("Senin, tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh enam");
	}

	@Test
	void formalDatesAndLetterNumberMonths() {
		assertThat(IndonesianDates.formal(LocalDate.of(2023, 1, 4))).isEqualTo("4 Januari 2023");
		assertThat(IndonesianDates.formalWithDay(LocalDate.of(2026, 11, 29))).isEqualTo("Minggu, 29 November 2026");
		assertThat(IndonesianDates.romanMonth(Month.JUNE)).isEqualTo("VI");
		assertThat(IndonesianDates.romanMonth(Month.DECEMBER)).isEqualTo("XII");
	}

	@Test
	void namesAreReadInAnyCapitalisation() {
		assertThat(IndonesianDates.month("JUNI")).isEqualTo(Month.JUNE);
		assertThat(IndonesianDates.month("Juny")).isNull();
		assertThat(IndonesianDates.day("rabu")).isEqualTo(DayOfWeek.WEDNESDAY);
		assertThat(IndonesianDates.day("Jum'at")).isEqualTo(DayOfWeek.FRIDAY);
	}
}

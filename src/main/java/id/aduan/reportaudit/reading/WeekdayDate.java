package id.aduan.reportaudit.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date given with its weekday: "Rabu, Tanggal Enam Bulan Juni Tahun Dua Ribu Dua Puluh Tiga" names
 * Wednesday ({@code named}, written {@code dayName}) for 6 June 2023.
 */
public record WeekdayDate(int line, String dayName, DayOfWeek named, LocalDate date, String text) {

	public boolean matches() {
		return date.getDayOfWeek() == named;
	}
}

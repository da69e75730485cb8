package id.aduan.language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dates as Indonesian official documents write them. Names come from fixed lists (they are part of
 * the language, not data); numbers in words come from {@link NumberWords}.
 */
public final class IndonesianDates {

	private static final String[] DAYS = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember" };

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
			"XII" };

	private IndonesianDates() {
	}

	public static String dayName(DayOfWeek day) {
		return DAYS[day.getValue() - 1];
	}

	public static String monthName(Month month) {
		return MONTHS[month.getValue() - 1];
	}

	/** "6 Juni 2023". */
	public static String formal(LocalDate date) {
		return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear();
	}

	/** "Selasa, 6 Juni 2023". */
	public static String formalWithDay(LocalDate date) {
		return dayName(date.getDayOfWeek()) + ", " + formal(date);
	}

	/**
	 * The opening of a Berita Acara, always agreeing with the calendar: "Selasa, tanggal enam bulan
	 * Juni tahun dua ribu dua puluh tiga".
	 */
	public static String inWords(LocalDate date) {
		return dayName(date.getDayOfWeek()) + ", tanggal " + NumberWords.of(date.getDayOfMonth()) + " bulan "
				+ monthName(date.getMonth()) + " tahun " + NumberWords.of(date.getYear());
	}

	/** The month in Roman numerals, as in letter numbers: June → "VI". */
	public static String romanMonth(Month month) {
		return ROMAN[month.getValue() - 1];
	}

	/** Month number of a month name, any capitalisation ("juni" → JUNE); null when it is not one. */
	public static Month month(String name) {
		for (int i = 0; i < MONTHS.length; i++) {
			if (MONTHS[i].equalsIgnoreCase(name.strip())) {
				return Month.of(i + 1);
			}
		}
		return null;
	}

	/** Day of a day name, any capitalisation ("jum'at" and "jumat" both Friday); null when it is not one. */
	public static DayOfWeek day(String name) {
		String normalized = name.strip().replace("'", "");
		for (int i = 0; i < DAYS.length; i++) {
			if (DAYS[i].equalsIgnoreCase(normalized)) {
				return DayOfWeek.of(i + 1);
			}
		}
		return "ahad".equalsIgnoreCase(normalized) ? DayOfWeek.SUNDAY : null;
	}
}

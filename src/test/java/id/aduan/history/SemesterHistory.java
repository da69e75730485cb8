package id.aduan.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed's semester (January to June 2023) as an office would have kept it in a spreadsheet, and,
 * counted here by hand from the rows written, the figures its report must state. Working days are
 * counted on the 2023 holidays and collective leave days of the joint ministerial decree (SKB 3
 * Menteri No. 1066/2022 and its changes), written out below, not read from Aduan.
 */
final class SemesterHistory {

	static final String HEADER = "reference,received_at,channel,title,description,complainant_name,complainant_phone,"
			+ "complainant_email,anonymous,category,service,unit,verified_at,routed_at,answered_at,answer,closed_at,rating,solved,"
			+ "sanction,sanction_on,sanction_decree";

	/** Non-working days of January to July 2023 besides weekends, per the SKB. */
	static final Set<LocalDate> DAYS_OFF_2023 = Stream
		.of("2023-01-01", "2023-01-22", "2023-01-23", "2023-02-18", "2023-03-22", "2023-03-23", "2023-04-07",
				"2023-04-19", "2023-04-20", "2023-04-21", "2023-04-22", "2023-04-23", "2023-04-24", "2023-04-25",
				"2023-05-01", "2023-05-18", "2023-06-01", "2023-06-02", "2023-06-04", "2023-06-28", "2023-06-29",
				"2023-06-30", "2023-07-19")
		.map(LocalDate::parse)
		.collect(Collectors.toSet());

	/** Complaints received per month, January to June. */
	static final int[] PER_MONTH = { 95, 80, 70, 55, 60, 65 };

	static final String[] CHANNELS = { "INSTAGRAM", "FACEBOOK", "X", "CHAT", "PPID_WEB", "LAPOR", "WALK_IN" };

	static final String[] UNITS = { "LINJAMSOS", "REHSOS", "DAYASOS", "PFM", "DATIN" };

	static final String[] CATEGORIES = { "BANSOS", "DATA", "PROSEDUR", "PETUGAS" };

	/** Working days from receipt to answer, in turn. */
	static final int[] RESPONSE_DAYS = { 0, 1, 2, 3, 5, 8, 12 };

	final List<String> lines = new ArrayList<>();

	final Map<String, Long> byChannel = new TreeMap<>();

	final Map<Integer, Long> byMonth = new TreeMap<>();

	final Map<Integer, Long> byResponseDays = new TreeMap<>();

	final Map<String, Long> byUnit = new TreeMap<>();

	/** Verdicts by score, "1" to "5". */
	final Map<String, Long> byRating = new TreeMap<>();

	long total;

	long answered;

	long closed;

	long sanctions;

	SemesterHistory(String referencePrefix) {
		lines.add(HEADER);
		int i = 0;
		for (int m = 0; m < PER_MONTH.length; m++) {
			List<LocalDate> workingDays = workingDaysOf(Month.of(m + 1));
			for (int n = 0; n < PER_MONTH[m]; n++, i++) {
				LocalDate received = workingDays.get(n % workingDays.size());
				String channel = CHANNELS[(i / 3) % CHANNELS.length];
				String unit = UNITS[i % UNITS.length];
				boolean anonymous = i % 13 == 0;
				boolean handled = i % 10 != 9;
				int days = RESPONSE_DAYS[i % RESPONSE_DAYS.length];
				LocalDate answeredOn = plusWorkingDays(received, days);
				boolean closedByOffice = handled && i % 10 != 8;
				boolean rated = handled && i % 4 == 0;
				boolean sanctioned = handled && i % 50 == 7;
				int score = 1 + (i / 4) % 5;
				lines.add(String.join(",", referencePrefix + "-" + (i + 1), received + " 08:30", channel,
						"Bantuan belum diterima " + (i + 1),
						"\"Bantuan sosial keluarga kami belum diterima, mohon ditindaklanjuti (baris " + (i + 2) + ").\"",
						anonymous ? "" : "Warga " + (i + 1), anonymous ? "" : "0812" + String.format("%07d", i),
						"", anonymous ? "true" : "false", CATEGORIES[i % CATEGORIES.length], "", handled ? unit : "",
						received + " 09:00", handled ? received + " 09:30" : "",
						handled ? answeredOn + " 10:00" : "", handled ? "Bantuan telah disalurkan melalui " + unit + "." : "",
						closedByOffice ? plusWorkingDays(answeredOn, 2) + " 10:00" : "",
						rated ? String.valueOf(score) : "", rated ? String.valueOf(i % 3 != 0) : "",
						sanctioned ? "TEGURAN_TERTULIS" : "", sanctioned ? answeredOn.toString() : "",
						sanctioned ? "800/" + (i + 1) + "/2023" : ""));
				if (sanctioned) {
					sanctions++;
				}
				if (rated) {
					byRating.merge(String.valueOf(score), 1L, Long::sum);
				}
				total++;
				byChannel.merge(channel, 1L, Long::sum);
				byMonth.merge(m + 1, 1L, Long::sum);
				if (handled) {
					answered++;
					closed++;
					byResponseDays.merge(days, 1L, Long::sum);
					byUnit.merge(unit, 1L, Long::sum);
				}
			}
		}
	}

	String csv() {
		return String.join("\r\n", lines) + "\r\n";
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !DAYS_OFF_2023.contains(day);
	}

	static List<LocalDate> workingDaysOf(Month month) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2023, month, 1); day.getMonth() == month; day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days.add(day);
			}
		}
		return days;
	}

	static LocalDate plusWorkingDays(LocalDate from, int days) {
		LocalDate day = from;
		for (int left = days; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}
}

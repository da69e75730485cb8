package id.aduan.reportaudit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import id.aduan.language.IndonesianDates;
import id.aduan.language.NumberWords;

/**
 * Writes random reports that are right everywhere, in the forms offices use, so that a property can
 * say: whatever the numbers, a consistent report gives no finding. Each report has one total
 * received in its period and several breakdowns of it, with percentages rounded half up to the
 * decimals the report happens to show (by largest remainder where half up would not sum to 100 within
 * one unit), a weekday that matches its date and a signature after the
 * period. The generator is seeded, so a failing report can be written again.
 */
final class ConsistentReports {

	private static final List<String> UNITS = List.of("Sekretariat", "Bidang Rehabilitasi Sosial",
			"Bidang Perlindungan dan Jaminan Sosial", "Bidang Pemberdayaan Sosial", "UPTD Panti Sosial",
			"Pusat Data dan Informasi", "Tim Pekerja Sosial", "Biro Hukum dan Humas");

	/** A generated report, and the line and items of its first breakdown, to spoil on purpose. */
	record Generated(String text, int total, List<String> firstItems) {
	}

	private final Random random;

	ConsistentReports(long seed) {
		this.random = new Random(seed);
	}

	Generated next() {
		int year = 2020 + random.nextInt(8);
		int firstMonth = 1 + random.nextInt(6);
		int lastMonth = firstMonth + random.nextInt(13 - firstMonth);
		int total = random.nextInt(4000);
		List<String> lines = new ArrayList<>();
		lines.add("LAPORAN PENGELOLAAN PENGADUAN");
		lines.add("PERIODE " + month(firstMonth).toUpperCase(Locale.ROOT) + " " + pick("SD", "S.D.", "SAMPAI DENGAN")
				+ " " + month(lastMonth).toUpperCase(Locale.ROOT));
		lines.add("TAHUN " + year);
		lines.add("");
		List<String> firstItems = new ArrayList<>();
		int sections = 1 + random.nextInt(3);
		for (int section = 1; section <= sections; section++) {
			lines.add("2." + section + ". REKAPITULASI BAGIAN " + section);
			lines.add("");
			lines.add(section == 1
					? "Pada periode " + month(firstMonth) + " sampai dengan " + month(lastMonth) + " " + year
							+ ", Dinas telah menerima sebanyak " + written(total) + " pengaduan dengan rincian sebagai berikut:"
					: "Dari " + written(total) + " pengaduan yang diterima, rinciannya sebagai berikut:");
			lines.add("");
			List<String> items = items(total);
			if (section == 1) {
				firstItems.addAll(items);
			}
			lines.addAll(items);
			lines.add("");
		}
		LocalDate meeting = YearMonth.of(year, lastMonth).atDay(1 + random.nextInt(28));
		lines.add("Pembinaan dilaksanakan pada hari " + IndonesianDates.dayName(meeting.getDayOfWeek()) + ", "
				+ (random.nextBoolean() ? IndonesianDates.formal(meeting)
						: "tanggal " + capitalised(NumberWords.of(meeting.getDayOfMonth())) + " bulan "
								+ IndonesianDates.monthName(meeting.getMonth()) + " tahun " + NumberWords.of(year))
				+ ".");
		lines.add("");
		LocalDate signed = YearMonth.of(year, lastMonth).atEndOfMonth().plusDays(random.nextInt(40));
		lines.add("Ditetapkan di Namrole");
		lines.add("Pada tanggal, " + IndonesianDates.formal(signed));
		lines.add("NIP. 19650703 198803 1 0" + (10 + random.nextInt(90)));
		return new Generated(String.join("\n", lines), total, firstItems);
	}

	private List<String> items(int total) {
		int count = 2 + random.nextInt(UNITS.size() - 1);
		int[] parts = partition(total, count);
		int decimals = random.nextInt(2);
		String marker = pick("1.", "a.", "a)", "-");
		String form = pick("words", "noun", "label");
		List<String> items = new ArrayList<>();
		BigDecimal[] shares = shares(parts, total, decimals);
		for (int i = 0; i < count; i++) {
			String percent = total == 0 ? "0%" : shares[i].toPlainString()
				.replace('.', random.nextBoolean() ? ',' : '.') + "%";
			String unit = UNITS.get(i);
			String item = switch (form) {
				case "words" -> written(parts[i]) + " atau " + percent + " pengaduan ditujukan kepada " + unit;
				case "noun" -> figure(parts[i]) + " pengaduan atau " + percent + " ditujukan kepada " + unit;
				default -> unit + ": " + written(parts[i]) + " pengaduan atau " + percent;
			};
			items.add(marker(marker, i) + " " + item + (i == count - 1 ? "." : ";"));
		}
		return items;
	}

	/**
	 * Shares rounded half up when they then sum to 100 give or take one unit of the shown decimal, and
	 * by the largest remainder otherwise: the two conventions an office may use.
	 */
	private static BigDecimal[] shares(int[] parts, int total, int decimals) {
		BigDecimal[] shares = new BigDecimal[parts.length];
		if (total == 0) {
			return shares;
		}
		BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < parts.length; i++) {
			shares[i] = BigDecimal.valueOf(parts[i] * 100L).divide(BigDecimal.valueOf(total), decimals, RoundingMode.HALF_UP);
			sum = sum.add(shares[i]);
		}
		if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(unit) <= 0) {
			return shares;
		}
		long scale = BigDecimal.ONE.movePointRight(decimals).longValueExact();
		long units = 100 * scale;
		Integer[] order = new Integer[parts.length];
		long[] remainders = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			long scaled = parts[i] * 100L * scale;
			shares[i] = BigDecimal.valueOf(scaled / total, decimals);
			remainders[i] = scaled % total;
			units -= scaled / total;
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
		for (int k = 0; k < units; k++) {
			shares[order[k]] = shares[order[k]].add(unit);
		}
		return shares;
	}

	private int[] partition(int total, int count) {
		int[] parts = new int[count];
		int left = total;
		for (int i = 0; i < count - 1; i++) {
			parts[i] = left == 0 ? 0 : random.nextInt(left + 1);
			left -= parts[i];
		}
		parts[count - 1] = left;
		return parts;
	}

	private static String marker(String style, int index) {
		return switch (style) {
			case "1." -> (index + 1) + ".";
			case "a." -> (char) ('a' + index) + ".";
			case "a)" -> (char) ('a' + index) + ")";
			default -> "-";
		};
	}

	/** "1.250 (Seribu Dua Ratus Lima Puluh)" in one of the capitalisations offices use. */
	private String written(int number) {
		String words = NumberWords.of(number);
		words = switch (random.nextInt(3)) {
			case 0 -> words;
			case 1 -> capitalised(words);
			default -> words.toUpperCase(Locale.ROOT);
		};
		return figure(number) + " (" + words + ")";
	}

	private String figure(int number) {
		return number >= 1000 && random.nextBoolean() ? number / 1000 + "." + String.format("%03d", number % 1000)
				: String.valueOf(number);
	}

	private static String capitalised(String words) {
		StringBuilder result = new StringBuilder();
		for (String word : words.split(" ")) {
			result.append(result.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return result.toString();
	}

	private static String month(int month) {
		return IndonesianDates.monthName(Month.of(month));
	}

	private String pick(String... choices) {
		return choices[random.nextInt(choices.length)];
	}

}

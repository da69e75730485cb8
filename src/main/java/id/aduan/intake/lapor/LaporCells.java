package id.aduan.intake.lapor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.aduan.system.EmailAddress;
import id.aduan.system.PhoneNumber;

/**
 * Checks every cell of every row of an export and turns the rows into {@link LaporReport}s, collecting
 * every problem by row and column rather than stopping at the first: the officer fixes the file once.
 */
final class LaporCells {

	/** A row of the file: its number as a spreadsheet shows it, and its cells by column. */
	record Row(int number, Map<String, String> cells) {
	}

	/** LAPOR!'s public statuses and its verifier's outcomes. */
	static final Set<String> STATUSES = Set.of("belum terverifikasi", "proses verifikasi", "proses tindak lanjut",
			"beri tanggapan", "selesai", "tunda", "arsip", "bukan wewenang", "ditolak");

	private static final Map<String, String> TYPES = Map.of("pengaduan", "PENGADUAN", "aspirasi", "ASPIRASI",
			"permintaan informasi", "PERMINTAAN_INFORMASI");

	private static final List<DateTimeFormatter> DATE_TIMES = Stream
		.of("d/M/uuuu H:mm[:ss]", "d-M-uuuu H:mm[:ss]", "uuuu-M-d H:mm[:ss]", "uuuu-M-d'T'H:mm[:ss]")
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** Strict: 31/02/2026 is a mistake in the file, not the 3rd of March. */
	private static final List<DateTimeFormatter> DATES = Stream.of("d/M/uuuu", "d-M-uuuu", "uuuu-M-d")
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** The register's shortest description, checked here too so that a row's problems all show at once. */
	static final int MIN_TEXT = 10;

	private LaporCells() {
	}

	static LaporBatch check(List<Row> rows, List<LaporProblem> fileProblems, ZoneId zone) {
		List<LaporProblem> problems = new ArrayList<>(fileProblems);
		List<LaporReport> reports = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : rows) {
			int before = problems.size();
			String id = required(row, LaporColumns.ID, problems);
			if (id != null) {
				id = id.replaceFirst("^#", "").strip();
				if (!id.matches("\\d{4,15}")) {
					problems.add(LaporProblem.of(row.number(), LaporColumns.ID, "lapor.id.invalid", id));
				}
				else if (seen.containsKey(id)) {
					problems.add(LaporProblem.of(row.number(), LaporColumns.ID, "lapor.id.twice", id, seen.get(id)));
				}
				else {
					seen.put(id, row.number());
				}
			}
			String reportedText = required(row, LaporColumns.REPORTED, problems);
			Instant reported = null;
			if (reportedText != null) {
				LocalDateTime local = dateTime(reportedText);
				if (local == null) {
					problems.add(LaporProblem.of(row.number(), LaporColumns.REPORTED, "lapor.dateTime.invalid", reportedText));
				}
				else {
					reported = local.atZone(zone).toInstant();
				}
			}
			String title = required(row, LaporColumns.TITLE, problems);
			length(row, LaporColumns.TITLE, title, 200, problems);
			String text = required(row, LaporColumns.TEXT, problems);
			length(row, LaporColumns.TEXT, text, 10000, problems);
			if (text != null && text.length() < MIN_TEXT) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.TEXT, "complaint.description.short", MIN_TEXT));
			}
			String typeText = cell(row, LaporColumns.TYPE);
			String type = typeText == null ? null : TYPES.get(typeText.toLowerCase(Locale.ROOT));
			if (typeText != null && type == null) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.TYPE, "lapor.type.invalid", typeText));
			}
			String category = cell(row, LaporColumns.CATEGORY);
			length(row, LaporColumns.CATEGORY, category, 200, problems);
			String name = cell(row, LaporColumns.NAME);
			length(row, LaporColumns.NAME, name, 200, problems);
			String email = cell(row, LaporColumns.EMAIL);
			if (email != null && !EmailAddress.Check.isValid(email)) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.EMAIL, "field.email.invalid"));
			}
			String phone = cell(row, LaporColumns.PHONE);
			if (phone != null && !PhoneNumber.Check.isValid(phone)) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.PHONE, "field.phone.invalid"));
			}
			Boolean anonymous = yesNo(row, LaporColumns.ANONYMOUS, problems);
			Boolean confidential = yesNo(row, LaporColumns.CONFIDENTIAL, problems);
			String place = cell(row, LaporColumns.PLACE);
			length(row, LaporColumns.PLACE, place, 300, problems);
			String incidentText = cell(row, LaporColumns.INCIDENT);
			LocalDate incident = incidentText == null ? null : date(incidentText);
			if (incidentText != null && incident == null) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.INCIDENT, "lapor.date.invalid", incidentText));
			}
			String status = cell(row, LaporColumns.STATUS);
			if (status != null && !STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.STATUS, "lapor.status.invalid", status));
			}
			String updated = cell(row, LaporColumns.UPDATED);
			if (updated != null && dateTime(updated) == null && date(updated) == null) {
				problems.add(LaporProblem.of(row.number(), LaporColumns.UPDATED, "lapor.dateTime.invalid", updated));
			}
			if (problems.size() == before) {
				reports.add(new LaporReport(row.number(), id, reported, title, text, type, category, name, email, phone,
						Boolean.TRUE.equals(anonymous), Boolean.TRUE.equals(confidential), place, incident, status, updated));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(LaporProblem.of(0, "", "lapor.file.empty"));
		}
		return new LaporBatch(reports, problems);
	}

	static LocalDateTime dateTime(String text) {
		for (DateTimeFormatter format : DATE_TIMES) {
			try {
				return LocalDateTime.parse(text.strip(), format);
			}
			catch (DateTimeParseException next) {
				// try the next form
			}
		}
		LocalDate date = date(text);
		return date == null ? null : date.atStartOfDay();
	}

	static LocalDate date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException next) {
				// try the next form
			}
		}
		return null;
	}

	private static String cell(Row row, String column) {
		String value = row.cells().get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String required(Row row, String column, List<LaporProblem> problems) {
		String value = cell(row, column);
		if (value == null) {
			problems.add(LaporProblem.of(row.number(), column, "field.required"));
		}
		return value;
	}

	private static void length(Row row, String column, String value, int max, List<LaporProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(LaporProblem.of(row.number(), column, "field.tooLong", max));
		}
	}

	private static Boolean yesNo(Row row, String column, List<LaporProblem> problems) {
		String value = cell(row, column);
		if (value == null) {
			return false;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "ya", "y", "1", "true", "yes" -> {
				return true;
			}
			case "tidak", "t", "n", "0", "false", "no" -> {
				return false;
			}
			default -> {
				problems.add(LaporProblem.of(row.number(), column, "lapor.yesNo.invalid", value));
				return null;
			}
		}
	}
}

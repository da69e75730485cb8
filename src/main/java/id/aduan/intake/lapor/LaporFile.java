package id.aduan.intake.lapor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.aduan.system.SpreadsheetTable;

/**
 * The file route to SP4N-LAPOR!: reads the export the LAPOR! officer downloads (CSV with comma or
 * semicolon, UTF-8 with or without BOM, as Excel saves it; or XLSX, first sheet, header in the first
 * row) and writes Aduan's follow-ups in the same two forms for the officer to enter back. Dates in
 * the file are LAPOR!'s local time ({@code zone}).
 */
public final class LaporFile implements LaporConnector {

	public enum Format {
		CSV, XLSX
	}

	static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final List<String> EXPORT_HEADER = List.of("ID Tracking", "Kode Aduan", "Status Aduan",
			"Tahapan LAPOR!", "Unit Kerja", "Tindak Lanjut Terakhir", "Tanggal Tindak Lanjut", "Tanggapan",
			"Tanggal Tanggapan", "Terakhir Diperbarui");

	private final String fileName;

	private final byte[] content;

	private final Format export;

	private final ZoneId zone;

	private LaporFile(String fileName, byte[] content, Format export, ZoneId zone) {
		this.fileName = fileName;
		this.content = content;
		this.export = export;
		this.zone = zone;
	}

	/** An uploaded export to read. */
	public static LaporFile upload(String fileName, byte[] content, ZoneId zone) {
		return new LaporFile(fileName, content, Format.CSV, zone);
	}

	/** A file of follow-ups to write. */
	public static LaporFile export(Format format, ZoneId zone) {
		return new LaporFile(null, new byte[0], format, zone);
	}

	public String fileName() {
		return fileName;
	}

	@Override
	public LaporBatch fetch() {
		List<LaporProblem> problems = new ArrayList<>();
		List<LaporCells.Row> rows = new ArrayList<>();
		if (content == null || content.length == 0) {
			return new LaporBatch(List.of(), List.of(LaporProblem.of(0, "", "lapor.file.empty")));
		}
		try {
			List<List<String>> table = SpreadsheetTable.read(content, WRITTEN);
			if (table.isEmpty()) {
				return new LaporBatch(List.of(), List.of(LaporProblem.of(0, "", "lapor.file.empty")));
			}
			List<String> columns = new ArrayList<>();
			for (String header : table.get(0)) {
				columns.add(LaporColumns.of(header));
			}
			for (String required : LaporColumns.REQUIRED) {
				if (!columns.contains(required)) {
					problems.add(LaporProblem.of(1, required, "lapor.column.missing"));
				}
			}
			if (!problems.isEmpty()) {
				return new LaporBatch(List.of(), problems);
			}
			for (int i = 1; i < table.size(); i++) {
				List<String> values = table.get(i);
				if (values.stream().allMatch(value -> value == null || value.isBlank())) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < columns.size() && c < values.size(); c++) {
					if (columns.get(c) != null) {
						cells.put(columns.get(c), values.get(c));
					}
				}
				rows.add(new LaporCells.Row(i + 1, cells));
			}
		}
		catch (SpreadsheetTable.OldExcelFormat xls) {
			return new LaporBatch(List.of(), List.of(LaporProblem.of(0, "", "lapor.file.xls")));
		}
		catch (IOException | RuntimeException unreadable) {
			return new LaporBatch(List.of(), List.of(LaporProblem.of(0, "", "lapor.file.unreadable")));
		}
		return LaporCells.check(rows, problems, zone);
	}

	@Override
	public Delivery deliver(List<LaporFollowUp> followUps) {
		List<List<String>> rows = new ArrayList<>();
		for (LaporFollowUp f : followUps) {
			rows.add(java.util.Arrays.asList(f.laporId(), f.trackingCode(), f.status(), f.laporStage(), f.unit(),
					f.lastFollowUp(), time(f.lastFollowUpAt()), f.answer(), time(f.answeredAt()), time(f.updatedAt())));
		}
		try {
			return export == Format.XLSX ? new Delivery("tindak-lanjut-lapor.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows))
					: new Delivery("tindak-lanjut-lapor.csv", "text/csv; charset=UTF-8", csv(rows));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private String time(Instant instant) {
		return instant == null ? "" : WRITTEN.format(instant.atZone(zone));
	}

	private static byte[] csv(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(EXPORT_HEADER);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return out.toByteArray();
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Tindak lanjut");
			Row header = sheet.createRow(0);
			for (int c = 0; c < EXPORT_HEADER.size(); c++) {
				header.createCell(c).setCellValue(EXPORT_HEADER.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					row.createCell(c).setCellValue(value == null ? "" : value);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}

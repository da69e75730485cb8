package id.aduan.intake.lapor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
		if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
			return new LaporBatch(List.of(), List.of(LaporProblem.of(0, "", "lapor.file.xls")));
		}
		try {
			List<List<String>> table = content.length >= 4 && content[0] == 'P' && content[1] == 'K' ? xlsx() : csv();
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

	private List<List<String>> csv() throws IOException {
		String text = utf8(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
				? ';' : ',';
		List<List<String>> table = new ArrayList<>();
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
			for (CSVRecord record : parser) {
				table.add(record.toList());
			}
		}
		return table;
	}

	/** Text as UTF-8, or as Windows-1252 when it is not (an older Excel's "CSV"). */
	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

	private List<List<String>> xlsx() throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : text(cell, formatter));
				}
				while (table.size() < row.getRowNum()) {
					table.add(List.of());
				}
				table.add(values);
			}
		}
		return table;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime value = cell.getLocalDateTimeCellValue();
			return WRITTEN.format(value);
		}
		return formatter.formatCellValue(cell).strip();
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

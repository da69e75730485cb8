package id.aduan.recaps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/**
 * The recap form as a spreadsheet, the way the coordinator sends it around today: sheet "Rekapitulasi"
 * names the unit and the month and has one row per group of complaints received outside Aduan (channel,
 * category, form, service by their codes, status, working days to the answer, how many) and a JUMLAH row
 * with the total; sheet "Kode" lists every code. Reading a filled one checks every row and cell and reports
 * every problem at once, by sheet, row and column, in Indonesian; a file with any problem yields nothing.
 */
@Component
class RecapSpreadsheet {

	static final String SHEET = "Rekapitulasi";

	static final String CODES = "Kode";

	static final int HEADER_ROW = 5;

	static final int BLANK_ROWS = 50;

	static final int MAX_ROWS = 2000;

	static final String TOTAL_LABEL = "JUMLAH";

	/** The status words the form uses, and what they mean. */
	static final Map<String, ComplaintStatus> STATUSES = statuses();

	private static final String[] HEADERS = { "No", "Kode saluran", "Kode kategori", "Kode bentuk", "Kode layanan",
			"Status", "Hari kerja sampai ditanggapi", "Jumlah pengaduan", "Keterangan" };

	private static final int CHANNEL = 1;

	private static final int CATEGORY = 2;

	private static final int FORM = 3;

	private static final int SERVICE = 4;

	private static final int STATUS = 5;

	private static final int DAYS = 6;

	private static final int COUNT = 7;

	private static final int NOTE = 8;

	private final Catalog catalog;

	RecapSpreadsheet(Catalog catalog) {
		this.catalog = catalog;
	}

	private static Map<String, ComplaintStatus> statuses() {
		Map<String, ComplaintStatus> statuses = new LinkedHashMap<>();
		statuses.put("PROSES", ComplaintStatus.IN_FOLLOW_UP);
		statuses.put("DITANGGAPI", ComplaintStatus.ANSWERED);
		statuses.put("SELESAI", ComplaintStatus.CLOSED);
		return statuses;
	}

	/** The empty form of a unit and month, with the codes sheet. */
	byte[] template(WorkUnit unit, YearMonth month) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(SHEET);
			cell(sheet, 0, 0, "REKAPITULASI PENGADUAN BULANAN YANG DITERIMA DI LUAR ADUAN").setCellStyle(bold);
			cell(sheet, 1, 0, "Unit kerja");
			cell(sheet, 1, 1, unit.code());
			cell(sheet, 1, 2, unit.name());
			cell(sheet, 2, 0, "Bulan");
			cell(sheet, 2, 1, month.toString());
			cell(sheet, 2, 2, RecapSubmission.label(month));
			cell(sheet, 3, 0, "Isi satu baris untuk setiap kelompok pengaduan yang sama; pakai kode dari lembar Kode. "
					+ "Status: PROSES, DITANGGAPI atau SELESAI. Baris JUMLAH memuat jumlah seluruh baris.");
			for (int i = 0; i < HEADERS.length; i++) {
				cell(sheet, HEADER_ROW, i, HEADERS[i]).setCellStyle(bold);
			}
			for (int i = 1; i <= BLANK_ROWS; i++) {
				sheet.createRow(HEADER_ROW + i).createCell(0).setCellValue(i);
			}
			int totalRow = HEADER_ROW + BLANK_ROWS + 1;
			cell(sheet, totalRow, 0, TOTAL_LABEL).setCellStyle(bold);
			String column = CellReference.convertNumToColString(COUNT);
			sheet.getRow(totalRow).createCell(COUNT).setCellFormula(
					"SUM(" + column + (HEADER_ROW + 2) + ":" + column + (HEADER_ROW + BLANK_ROWS + 1) + ")");
			sheet.setColumnWidth(0, 12 * 256);
			for (int i = 1; i < HEADERS.length; i++) {
				sheet.setColumnWidth(i, 20 * 256);
			}
			sheet.setColumnWidth(NOTE, 40 * 256);
			codes(workbook.createSheet(CODES), bold);
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private void codes(Sheet sheet, CellStyle bold) {
		int r = 0;
		r = list(sheet, r, "Saluran", catalog.activeItems(ReferenceList.CHANNEL).stream()
			.map(i -> new String[] { i.code(), i.name() }).toList(), bold);
		r = list(sheet, r, "Kategori", catalog.activeItems(ReferenceList.CATEGORY).stream()
			.map(i -> new String[] { i.code(), i.name() }).toList(), bold);
		r = list(sheet, r, "Bentuk", catalog.activeItems(ReferenceList.FORM).stream()
			.map(i -> new String[] { i.code(), i.name() }).toList(), bold);
		r = list(sheet, r, "Layanan", catalog.activeServices().stream()
			.map(s -> new String[] { s.code(), s.name() }).toList(), bold);
		list(sheet, r, "Status", List.of(new String[] { "PROSES", "Sedang ditindaklanjuti" },
				new String[] { "DITANGGAPI", "Telah ditanggapi" }, new String[] { "SELESAI", "Selesai" }), bold);
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 80 * 256);
	}

	private static int list(Sheet sheet, int r, String title, List<String[]> items, CellStyle bold) {
		cell(sheet, r++, 0, title).setCellStyle(bold);
		for (String[] item : items) {
			cell(sheet, r, 0, item[0]);
			cell(sheet, r++, 1, item[1]);
		}
		return r + 1;
	}

	private static Cell cell(Sheet sheet, int row, int column, String value) {
		Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		Cell cell = line.createCell(column);
		cell.setCellValue(value);
		return cell;
	}

	/** The lines of a filled form of this unit and month; {@link InvalidInput} with every problem otherwise. */
	List<EntryDraft> read(byte[] file, WorkUnit unit, YearMonth month) {
		if (file == null || file.length == 0) {
			throw InvalidInput.of("file", "recap.import.empty");
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			return read(workbook, unit, month);
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.of("file", "recap.import.unreadable");
		}
	}

	private List<EntryDraft> read(Workbook workbook, WorkUnit unit, YearMonth month) {
		Sheet sheet = workbook.getSheet(SHEET);
		if (sheet == null) {
			throw InvalidInput.of("file", "recap.import.noSheet", SHEET);
		}
		Reader reader = new Reader(sheet, workbook.getCreationHelper().createFormulaEvaluator());
		String unitCode = reader.text(1, 1);
		if (!unit.code().equalsIgnoreCase(unitCode)) {
			reader.problem(1, 1, "recap.import.wrongUnit", unitCode.isEmpty() ? "(kosong)" : unitCode, unit.code());
		}
		Optional<YearMonth> stated = reader.month(2, 1);
		if (stated.isEmpty() || !stated.get().equals(month)) {
			reader.problem(2, 1, "recap.import.wrongMonth", reader.text(2, 1).isEmpty() ? "(kosong)" : reader.text(2, 1),
					month.toString());
		}
		int totalRow = -1;
		for (int r = HEADER_ROW + 1; r <= Math.min(sheet.getLastRowNum(), HEADER_ROW + MAX_ROWS + 1); r++) {
			if (TOTAL_LABEL.equalsIgnoreCase(reader.text(r, 0))) {
				totalRow = r;
				break;
			}
		}
		if (totalRow < 0) {
			reader.problem(HEADER_ROW + 1, 0, "recap.import.noTotal");
		}
		List<EntryDraft> entries = new ArrayList<>();
		long sum = 0;
		boolean everyRowRead = true;
		int last = totalRow < 0 ? Math.min(sheet.getLastRowNum(), HEADER_ROW + MAX_ROWS) : totalRow - 1;
		for (int r = HEADER_ROW + 1; r <= last; r++) {
			if (reader.blank(r)) {
				continue;
			}
			EntryDraft entry = line(reader, r);
			everyRowRead &= entry != null;
			if (entry != null) {
				sum += entry.complaints();
				if (entry.complaints() > 0) {
					entries.add(entry);
				}
			}
		}
		if (totalRow >= 0) {
			// With a row unread its sum is unknown; the rows' own problems are reported instead.
			Optional<BigDecimal> total = reader.number(totalRow, COUNT);
			if (total.isEmpty()) {
				reader.problem(totalRow, COUNT, "recap.import.notNumber", reader.text(totalRow, COUNT));
			}
			else if (everyRowRead && total.get().compareTo(BigDecimal.valueOf(sum)) != 0) {
				reader.problem(totalRow, COUNT, "recap.import.totalMismatch", total.get().stripTrailingZeros()
					.toPlainString(), String.valueOf(sum));
			}
		}
		InvalidInput.throwIfAny(reader.problems);
		return entries;
	}

	/** One row as a line, or null when one of its cells is wrong (each problem recorded). */
	private EntryDraft line(Reader reader, int r) {
		int before = reader.problems.size();
		Long channel = reader.code(r, CHANNEL, true, "recap.import.unknownChannel",
				code -> item(ReferenceList.CHANNEL, code));
		Long category = reader.code(r, CATEGORY, false, "recap.import.unknownCategory",
				code -> item(ReferenceList.CATEGORY, code));
		Long form = reader.code(r, FORM, false, "recap.import.unknownForm", code -> item(ReferenceList.FORM, code));
		Long service = reader.code(r, SERVICE, false, "recap.import.unknownService",
				code -> catalog.activeServices().stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
					.map(PublicService::id));
		String statusWord = reader.text(r, STATUS).toUpperCase(Locale.ROOT);
		ComplaintStatus status = STATUSES.get(statusWord);
		if (statusWord.isEmpty()) {
			reader.problem(r, STATUS, "recap.import.required", HEADERS[STATUS]);
		}
		else if (status == null) {
			reader.problem(r, STATUS, "recap.import.unknownStatus", reader.text(r, STATUS));
		}
		Integer days = reader.whole(r, DAYS, false, 366);
		Integer count = reader.whole(r, COUNT, true, EntryDraft.MAX_COMPLAINTS);
		String note = reader.text(r, NOTE);
		if (note.length() > 500) {
			reader.problem(r, NOTE, "recap.import.noteTooLong", "500");
		}
		if (reader.problems.size() > before) {
			return null;
		}
		return new EntryDraft(channel, category, form, service, status.name(), days, count, note.isEmpty() ? null : note);
	}

	private Optional<Long> item(ReferenceList list, String code) {
		return catalog.activeItems(list).stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst()
			.map(ReferenceItem::id);
	}

	/** Reads cells of one sheet and keeps the problems found, each with its sheet, row and column. */
	private static final class Reader {

		private final Sheet sheet;

		private final FormulaEvaluator evaluator;

		private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

		private final List<FieldProblem> problems = new ArrayList<>();

		Reader(Sheet sheet, FormulaEvaluator evaluator) {
			this.sheet = sheet;
			this.evaluator = evaluator;
		}

		void problem(int row, int column, String key, String... values) {
			Object[] args = new Object[3 + values.length];
			args[0] = sheet.getSheetName();
			args[1] = String.valueOf(row + 1);
			args[2] = CellReference.convertNumToColString(column);
			System.arraycopy(values, 0, args, 3, values.length);
			problems.add(FieldProblem.of("file", key, args));
		}

		private Cell cell(int row, int column) {
			Row line = sheet.getRow(row);
			return line == null ? null : line.getCell(column);
		}

		String text(int row, int column) {
			Cell cell = cell(row, column);
			if (cell == null) {
				return "";
			}
			try {
				return formatter.formatCellValue(cell, evaluator).trim();
			}
			catch (RuntimeException unreadableFormula) {
				return "#?";
			}
		}

		/** A row with nothing in it but, perhaps, its number in column A. */
		boolean blank(int row) {
			for (int column = 1; column <= NOTE; column++) {
				if (!text(row, column).isEmpty()) {
					return false;
				}
			}
			return true;
		}

		Optional<BigDecimal> number(int row, int column) {
			Cell cell = cell(row, column);
			if (cell == null) {
				return Optional.empty();
			}
			try {
				CellValue value = evaluator.evaluate(cell);
				if (value == null) {
					return Optional.empty();
				}
				if (value.getCellType() == CellType.NUMERIC) {
					return Optional.of(BigDecimal.valueOf(value.getNumberValue()));
				}
				if (value.getCellType() == CellType.STRING) {
					return Optional.of(new BigDecimal(value.getStringValue().trim().replace(',', '.')));
				}
			}
			catch (RuntimeException notANumber) {
				return Optional.empty();
			}
			return Optional.empty();
		}

		/** A whole number from 0 to {@code max}; null when empty and not required (a problem when it is). */
		Integer whole(int row, int column, boolean required, int max) {
			String text = text(row, column);
			if (text.isEmpty()) {
				if (required) {
					problem(row, column, "recap.import.required", HEADERS[column]);
				}
				return null;
			}
			Optional<BigDecimal> number = number(row, column);
			if (number.isEmpty()) {
				problem(row, column, "recap.import.notNumber", text);
				return null;
			}
			BigDecimal value = number.get();
			if (value.signum() < 0) {
				problem(row, column, "recap.import.negative", text);
				return null;
			}
			if (value.stripTrailingZeros().scale() > 0) {
				problem(row, column, "recap.import.notWhole", text);
				return null;
			}
			if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
				problem(row, column, "recap.import.tooLarge", text, String.valueOf(max));
				return null;
			}
			return value.intValue();
		}

		Long code(int row, int column, boolean required, String unknownKey,
				java.util.function.Function<String, Optional<Long>> lookup) {
			String code = text(row, column);
			if (code.isEmpty()) {
				if (required) {
					problem(row, column, "recap.import.required", HEADERS[column]);
				}
				return null;
			}
			Optional<Long> id = lookup.apply(code);
			if (id.isEmpty()) {
				problem(row, column, unknownKey, code);
				return null;
			}
			return id.get();
		}

		/** "2026-11", "11/2026", or a date in the month. */
		Optional<YearMonth> month(int row, int column) {
			Cell cell = cell(row, column);
			if (cell == null) {
				return Optional.empty();
			}
			try {
				if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
					LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
					return Optional.of(YearMonth.from(date));
				}
				String text = text(row, column);
				if (text.matches("\\d{4}-\\d{1,2}")) {
					String[] parts = text.split("-");
					return Optional.of(YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
				}
				if (text.matches("\\d{1,2}/\\d{4}")) {
					String[] parts = text.split("/");
					return Optional.of(YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
				}
			}
			catch (RuntimeException unreadable) {
				return Optional.empty();
			}
			return Optional.empty();
		}
	}
}

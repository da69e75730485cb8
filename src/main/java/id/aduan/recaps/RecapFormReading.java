package id.aduan.recaps;

import static id.aduan.recaps.RecapSpreadsheet.CATEGORY;
import static id.aduan.recaps.RecapSpreadsheet.CHANNEL;
import static id.aduan.recaps.RecapSpreadsheet.COUNT;
import static id.aduan.recaps.RecapSpreadsheet.DAYS;
import static id.aduan.recaps.RecapSpreadsheet.FORM;
import static id.aduan.recaps.RecapSpreadsheet.HEADERS;
import static id.aduan.recaps.RecapSpreadsheet.HEADER_ROW;
import static id.aduan.recaps.RecapSpreadsheet.MAX_ROWS;
import static id.aduan.recaps.RecapSpreadsheet.NOTE;
import static id.aduan.recaps.RecapSpreadsheet.SERVICE;
import static id.aduan.recaps.RecapSpreadsheet.SHEET;
import static id.aduan.recaps.RecapSpreadsheet.STATUS;
import static id.aduan.recaps.RecapSpreadsheet.STATUSES;
import static id.aduan.recaps.RecapSpreadsheet.TOTAL_LABEL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
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
 * Reads a filled recap form ({@link RecapSpreadsheet}): checks every row and cell — codes, status, whole
 * non-negative numbers, the unit and month named, the JUMLAH row against the rows' sum — and reports every
 * problem at once, by sheet, row and column, in Indonesian. A file with any problem yields nothing.
 */
@Component
class RecapFormReading {

	private final Catalog catalog;

	RecapFormReading(Catalog catalog) {
		this.catalog = catalog;
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
		// A header row that is not the form's (typed over, or another file) would be read as no lines at all:
		// such a file is refused before its rows are read.
		boolean headerRight = true;
		for (int column = 0; column < HEADERS.length; column++) {
			String header = reader.text(HEADER_ROW, column);
			if (!HEADERS[column].equalsIgnoreCase(header)) {
				reader.problem(HEADER_ROW, column, "recap.import.wrongHeader", header.isEmpty() ? "(kosong)" : header,
						HEADERS[column]);
				headerRight = false;
			}
		}
		if (!headerRight) {
			InvalidInput.throwIfAny(reader.problems);
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

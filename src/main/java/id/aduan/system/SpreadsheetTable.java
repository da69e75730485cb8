package id.aduan.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
 * A file an office keeps its lists in, read as rows of text: CSV with comma or semicolon (whichever the
 * header line uses more), UTF-8 with or without BOM or an older Excel's Windows-1252; or XLSX, first
 * sheet. Row {@code i} of the result is the file's row {@code i + 1}, blank rows included, so that a
 * problem can name the row a person sees in their spreadsheet. Dates in XLSX cells are written with
 * the caller's format; everything else as the cell shows it.
 */
public final class SpreadsheetTable {

	/** A file that is neither CSV nor XLSX: the old binary Excel format, which must be saved again. */
	public static final class OldExcelFormat extends IOException {

		OldExcelFormat() {
			super("Excel 97-2003 (.xls)");
		}
	}

	private SpreadsheetTable() {
	}

	/** The rows of {@code content}; empty for an empty file. */
	public static List<List<String>> read(byte[] content, DateTimeFormatter datesAs) throws IOException {
		if (content == null || content.length == 0) {
			return List.of();
		}
		if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
			throw new OldExcelFormat();
		}
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' ? xlsx(content, datesAs) : csv(content);
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		String text = decoded(content);
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
		catch (java.io.UncheckedIOException malformed) {
			throw malformed.getCause();
		}
		return table;
	}

	/** Text as UTF-8, or as Windows-1252 when it is not (an older Excel's "CSV"). */
	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static List<List<String>> xlsx(byte[] content, DateTimeFormatter datesAs) throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : text(cell, formatter, datesAs));
				}
				while (table.size() < row.getRowNum()) {
					table.add(List.of());
				}
				table.add(values);
			}
		}
		catch (RuntimeException notAWorkbook) {
			throw new IOException(notAWorkbook.getMessage(), notAWorkbook);
		}
		return table;
	}

	private static String text(Cell cell, DataFormatter formatter, DateTimeFormatter datesAs) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return datesAs.format(cell.getLocalDateTimeCellValue());
		}
		return formatter.formatCellValue(cell).strip();
	}
}

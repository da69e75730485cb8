package id.aduan.recaps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.complaints.ComplaintStatus;

/**
 * The recap form as a spreadsheet, the way the coordinator sends it around today: sheet "Rekapitulasi"
 * names the unit and the month and has one row per group of complaints received outside Aduan (channel,
 * category, form, service by their codes, status, working days to the answer, how many) and a JUMLAH row
 * with the total; sheet "Kode" lists every code. {@link RecapFormReading} reads a filled one.
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

	static final String[] HEADERS = { "No", "Kode saluran", "Kode kategori", "Kode bentuk", "Kode layanan",
			"Status", "Hari kerja sampai ditanggapi", "Jumlah pengaduan", "Keterangan" };

	static final int CHANNEL = 1;

	static final int CATEGORY = 2;

	static final int FORM = 3;

	static final int SERVICE = 4;

	static final int STATUS = 5;

	static final int DAYS = 6;

	static final int COUNT = 7;

	static final int NOTE = 8;

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
}

package id.aduan.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.catalog.WorkUnitTree;

/**
 * The file to fill in: the columns of {@link HistoryColumns} with one example row, as CSV, or as XLSX
 * whose code columns offer the office's own codes in a dropdown (from a sheet "Kode" that lists each
 * code with its name, for the clerk to read) and whose date columns accept dates only. The XLSX reads
 * back through the import unchanged, example row included.
 */
@Component
public class HistoryTemplate {

	/** How many rows the dropdowns and date checks cover: more than a year of a regency office. */
	static final int ROWS = 5000;

	private final Catalog catalog;

	HistoryTemplate(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The columns a history file may have, in the template's order. */
	public List<String> columns() {
		return HistoryColumns.ALL;
	}

	/** The example row, in the columns' order; codes are the office's first ones. */
	List<String> example() {
		String channel = first(catalog.activeItems(ReferenceList.CHANNEL));
		String category = first(catalog.activeItems(ReferenceList.CATEGORY));
		String reportType = first(catalog.activeItems(ReferenceList.REPORT_TYPE));
		String form = first(catalog.activeItems(ReferenceList.FORM));
		String service = catalog.activeServices().stream().map(PublicService::code).findFirst().orElse("");
		String unit = catalog.unitTree()
			.orderedActive()
			.stream()
			.map(WorkUnitTree.Node::unit)
			.filter(u -> !u.isRoot())
			.map(WorkUnit::code)
			.findFirst()
			.orElse("");
		Map<String, String> row = Map.ofEntries(Map.entry(HistoryColumns.REFERENCE, "2023-0001"),
				Map.entry(HistoryColumns.RECEIVED_AT, "2023-01-09 09:15"), Map.entry(HistoryColumns.CHANNEL, channel),
				Map.entry(HistoryColumns.TITLE, "Bantuan pangan belum diterima"),
				Map.entry(HistoryColumns.DESCRIPTION, "Bantuan pangan bulan Desember belum kami terima hingga kini."),
				Map.entry(HistoryColumns.NAME, "Contoh Pengadu"), Map.entry(HistoryColumns.PHONE, "081234567890"),
				Map.entry(HistoryColumns.EMAIL, ""), Map.entry(HistoryColumns.ANONYMOUS, "false"),
				Map.entry(HistoryColumns.REPORT_TYPE, reportType), Map.entry(HistoryColumns.FORM, form),
				Map.entry(HistoryColumns.CATEGORY, category), Map.entry(HistoryColumns.SERVICE, service),
				Map.entry(HistoryColumns.UNIT, unit), Map.entry(HistoryColumns.VERIFIED_AT, "2023-01-09 10:00"),
				Map.entry(HistoryColumns.ROUTED_AT, "2023-01-09 11:00"),
				Map.entry(HistoryColumns.ANSWERED_AT, "2023-01-12 10:00"),
				Map.entry(HistoryColumns.ANSWER, "Bantuan telah disalurkan pada 11 Januari 2023."),
				Map.entry(HistoryColumns.CLOSED_AT, "2023-01-16"), Map.entry(HistoryColumns.RATING, "4"),
				Map.entry(HistoryColumns.SOLVED, "true"), Map.entry(HistoryColumns.SANCTION, ""),
				Map.entry(HistoryColumns.SANCTION_ON, ""), Map.entry(HistoryColumns.SANCTION_DECREE, ""),
				Map.entry(HistoryColumns.SANCTION_PERSON, ""));
		return HistoryColumns.ALL.stream().map(row::get).toList();
	}

	public byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xEF);
		out.write(0xBB);
		out.write(0xBF);
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(HistoryColumns.ALL);
			printer.printRecord(example());
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	public byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Riwayat");
			Sheet codes = workbook.createSheet("Kode");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			List<String> values = example();
			for (int c = 0; c < HistoryColumns.ALL.size(); c++) {
				header.createCell(c).setCellValue(HistoryColumns.ALL.get(c));
				header.getCell(c).setCellStyle(bold);
				example.createCell(c).setCellValue(values.get(c));
				sheet.setColumnWidth(c, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			int column = 0;
			column = codeList(workbook, codes, column, HistoryColumns.CHANNEL, items(ReferenceList.CHANNEL), bold);
			column = codeList(workbook, codes, column, HistoryColumns.REPORT_TYPE, items(ReferenceList.REPORT_TYPE), bold);
			column = codeList(workbook, codes, column, HistoryColumns.FORM, items(ReferenceList.FORM), bold);
			column = codeList(workbook, codes, column, HistoryColumns.CATEGORY, items(ReferenceList.CATEGORY), bold);
			column = codeList(workbook, codes, column, HistoryColumns.SERVICE, catalog.services()
				.stream()
				.map(s -> new String[] { s.code(), s.name() })
				.toList(), bold);
			column = codeList(workbook, codes, column, HistoryColumns.UNIT, catalog.unitTree()
				.ordered()
				.stream()
				.map(node -> new String[] { node.unit().code(), node.unit().name() })
				.toList(), bold);
			column = codeList(workbook, codes, column, HistoryColumns.ANONYMOUS,
					List.of(new String[] { "false", "Tidak" }, new String[] { "true", "Ya" }), bold);
			codeList(workbook, codes, column, HistoryColumns.SANCTION, List.of(
					new String[] { "TEGURAN_LISAN", "Teguran lisan" }, new String[] { "TEGURAN_TERTULIS", "Teguran tertulis" },
					new String[] { "PERNYATAAN_TIDAK_PUAS", "Pernyataan tidak puas secara tertulis" },
					new String[] { "POTONGAN_TUNJANGAN", "Pemotongan tunjangan kinerja" },
					new String[] { "PENURUNAN_JABATAN", "Penurunan jabatan" },
					new String[] { "PEMBEBASAN_JABATAN", "Pembebasan dari jabatan" },
					new String[] { "PEMBERHENTIAN", "Pemberhentian" }, new String[] { "LAINNYA", "Tindakan lain" }), bold);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			for (String list : List.of(HistoryColumns.CHANNEL, HistoryColumns.REPORT_TYPE, HistoryColumns.FORM,
					HistoryColumns.CATEGORY, HistoryColumns.SERVICE, HistoryColumns.UNIT, HistoryColumns.ANONYMOUS,
					HistoryColumns.SANCTION)) {
				int c = HistoryColumns.ALL.indexOf(list);
				DataValidation validation = helper.createValidation(helper.createFormulaListConstraint("kode_" + list),
						new CellRangeAddressList(1, ROWS, c, c));
				validation.setShowErrorBox(true);
				validation.createErrorBox("Kode tidak dikenal", "Pilih salah satu kode pada lembar Kode.");
				sheet.addValidationData(validation);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	/** The codes of one list in two columns of the "Kode" sheet, named {@code kode_<column>} for its dropdown. */
	private static int codeList(XSSFWorkbook workbook, Sheet codes, int column, String name, List<String[]> items,
			CellStyle bold) {
		Row header = row(codes, 0);
		header.createCell(column).setCellValue(name);
		header.getCell(column).setCellStyle(bold);
		header.createCell(column + 1).setCellValue("nama");
		header.getCell(column + 1).setCellStyle(bold);
		for (int i = 0; i < items.size(); i++) {
			Row row = row(codes, i + 1);
			row.createCell(column).setCellValue(items.get(i)[0]);
			row.createCell(column + 1).setCellValue(items.get(i)[1]);
		}
		codes.setColumnWidth(column, 14 * 256);
		codes.setColumnWidth(column + 1, 40 * 256);
		Name range = workbook.createName();
		range.setNameName("kode_" + name);
		String letter = CellReference.convertNumToColString(column);
		range.setRefersToFormula("Kode!$" + letter + "$2:$" + letter + "$" + Math.max(2, items.size() + 1));
		return column + 3;
	}

	private static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return row == null ? sheet.createRow(index) : row;
	}

	private List<String[]> items(ReferenceList list) {
		List<String[]> items = new ArrayList<>();
		for (ReferenceItem item : catalog.items(list)) {
			items.add(new String[] { item.code(), item.name() });
		}
		return items;
	}

	private static String first(List<ReferenceItem> items) {
		return items.isEmpty() ? "" : items.get(0).code();
	}
}

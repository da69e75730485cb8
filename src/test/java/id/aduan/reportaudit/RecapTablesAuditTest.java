package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Recaps kept in tables, as most offices keep them: a Word table under its caption, the same recap
 * as a workbook. Mistakes, each made once: the channel rows add up to 238 against a Jumlah of 240; 16
 * of 240 shown as 7,5%; February's 45 written "empat puluh" in the Terbilang column. Each finding
 * names the table, the row or the column, and nothing else is found.
 */
class RecapTablesAuditTest {

	static final String CHANNELS = "Tabel 1. Rekapitulasi Pengaduan Berdasarkan Saluran";

	static final String MONTHS = "Tabel 2. Rekapitulasi Pengaduan Berdasarkan Bulan";

	static final List<List<String>> CHANNEL_ROWS = List.of(List.of("No", "Saluran", "Jumlah", "Persentase"),
			List.of("1", "Media sosial", "96", "40,0%"), List.of("2", "SP4N-LAPOR!", "60", "25,0%"),
			List.of("3", "Surat elektronik", "36", "15,0%"), List.of("4", "WhatsApp", "30", "12,5%"),
			List.of("5", "Datang langsung", "16", "7,5%"), List.of("", "Jumlah", "240", "100,0%"));

	static final List<List<String>> MONTH_ROWS = List.of(List.of("Bulan", "Jumlah", "Terbilang"),
			List.of("Januari", "40", "empat puluh"), List.of("Februari", "45", "empat puluh"),
			List.of("Maret", "35", "tiga puluh lima"), List.of("April", "42", "empat puluh dua"),
			List.of("Mei", "38", "tiga puluh delapan"), List.of("Juni", "40", "empat puluh"),
			List.of("Jumlah", "240", "dua ratus empat puluh"));

	private final ReportReading reading = new ReportReading(ReportReading.DEFAULT_MAX_BYTES);

	@Test
	void wordTablesAreCheckedRowByRowAndEachFindingNamesItsTable() throws IOException {
		ReportText text = reading.read(docx());

		List<Finding> findings = ReportAudit.standard().audit(text);

		assertThat(findings).extracting(Finding::rule, Finding::expected, Finding::found).containsExactly(
				tuple(Rule.PERCENT_MISMATCH, "6,7%", "7,5%"), tuple(Rule.SUM_MISMATCH, "240", "238"),
				tuple(Rule.TERBILANG_MISMATCH, "empat puluh lima", "empat puluh"));
		assertThat(text.line(findings.get(0).line())).startsWith("5\tDatang langsung\t16");
		assertThat(text.line(findings.get(1).line())).startsWith("\tJumlah\t240");
		String percent = FindingView.of(findings.get(0), Wording.bundle(AuditCommand.INDONESIAN)).message();
		assertThat(percent).isEqualTo("Tabel \"" + CHANNELS + "\", baris \"Datang langsung\", kolom \"Persentase\": "
				+ "16 dari 240 adalah 6,7%, bukan 7,5%.");
		assertThat(FindingView.of(findings.get(1), Wording.bundle(AuditCommand.INDONESIAN)).message())
			.startsWith("Tabel \"" + CHANNELS + "\", kolom \"Jumlah\": baris-barisnya").endsWith("berjumlah 238, padahal baris Jumlah menyatakan 240.");
		assertThat(FindingView.of(findings.get(2), Wording.bundle(AuditCommand.INDONESIAN)).message())
			.isEqualTo("Tabel \"" + MONTHS + "\", baris \"Februari\", kolom \"Terbilang\": angka 45 ditulis dengan huruf "
					+ "\"empat puluh\", yang berarti 40. Terbilang untuk 45 adalah \"empat puluh lima\"; periksa mana yang benar.");
	}

	@Test
	void aWorkbookIsCheckedSheetBySheetWithSharesAsTheSheetShowsThem() throws IOException {
		List<Finding> findings = ReportAudit.standard().audit(reading.read(xlsx()));

		assertThat(findings).extracting(Finding::rule, Finding::expected, Finding::found).containsExactly(
				tuple(Rule.PERCENT_MISMATCH, "6,7%", "7,5%"), tuple(Rule.SUM_MISMATCH, "240", "238"),
				tuple(Rule.TERBILANG_MISMATCH, "empat puluh lima", "empat puluh"));
		assertThat(FindingView.of(findings.get(0), Wording.bundle(AuditCommand.INDONESIAN)).message())
			.startsWith("Tabel \"Saluran\", baris \"Datang langsung\"");
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("LAPORAN PENGELOLAAN PENGADUAN DINAS KESEHATAN KOTA CONTOH");
			document.createParagraph().createRun().setText("PERIODE JANUARI SD JUNI 2025");
			for (List<List<String>> rows : List.of(CHANNEL_ROWS, MONTH_ROWS)) {
				document.createParagraph().createRun().setText(rows == CHANNEL_ROWS ? CHANNELS : MONTHS);
				XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
				for (int r = 0; r < rows.size(); r++) {
					for (int c = 0; c < rows.get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(rows.get(r).get(c));
					}
				}
				document.createParagraph();
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** The recap as a workbook: counts as numbers, shares as fractions formatted "0.0%", totals as formulas. */
	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle share = workbook.createCellStyle();
			share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Sheet channels = workbook.createSheet("Saluran");
			for (int r = 0; r < CHANNEL_ROWS.size(); r++) {
				Row row = channels.createRow(r);
				List<String> cells = CHANNEL_ROWS.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String value = cells.get(c);
					if (r == 0 || c == 1 || value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
					else if (c == 3) {
						row.createCell(c).setCellValue(Double.parseDouble(value.replace("%", "").replace(',', '.')) / 100);
						row.getCell(c).setCellStyle(share);
					}
					else {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
				}
			}
			channels.getRow(CHANNEL_ROWS.size() - 1).getCell(2).setCellValue(240);
			Sheet months = workbook.createSheet("Bulan");
			for (int r = 0; r < MONTH_ROWS.size(); r++) {
				Row row = months.createRow(r);
				List<String> cells = MONTH_ROWS.get(r);
				row.createCell(0).setCellValue(cells.get(0));
				if (r == 0) {
					row.createCell(1).setCellValue(cells.get(1));
				}
				else if (r == MONTH_ROWS.size() - 1) {
					row.createCell(1).setCellFormula("SUM(B2:B7)");
				}
				else {
					row.createCell(1).setCellValue(Double.parseDouble(cells.get(1)));
				}
				row.createCell(2).setCellValue(cells.get(2).toLowerCase(Locale.ROOT));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}

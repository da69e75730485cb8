package id.aduan.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.queries.RegisterLines;
import id.aduan.documents.OfficialDocuments;
import id.aduan.language.IndonesianDates;

/**
 * The report's figures as a spreadsheet: a summary, one sheet per breakdown (with its total row), the
 * sanctions, and the list of the period's complaints. The list is streamed from the register
 * ({@link RegisterLines}) to the file a few hundred rows at a time, so a year of a province's complaints
 * fits in little memory. No complainant identity is in it, and no code: statuses and sanctions are
 * written in Indonesian, as in the report.
 */
@Component
public class ReportWorkbook {

	private static final String[] LIST_HEADER = { "Kode pelacakan", "Tanggal diterima", "Saluran", "Jenis laporan",
			"Kategori", "Layanan", "Unit kerja", "Status", "Lama sampai tanggapan pertama (hari kerja)", "Lama sampai selesai (hari kerja)" };

	private final RegisterLines register;

	private final Sanctions sanctions;

	private final OfficialDocuments official;

	ReportWorkbook(RegisterLines register, Sanctions sanctions, OfficialDocuments official) {
		this.register = register;
		this.sanctions = sanctions;
		this.official = official;
	}

	@Transactional(readOnly = true)
	public byte[] write(OfficialReport report) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			summary(workbook.createSheet("Ringkasan"), report, styles);
			for (Breakdown breakdown : report.figures().breakdowns().values()) {
				breakdown(workbook.createSheet(sheetName(breakdown.dimension())), breakdown, styles);
			}
			sanctionSheet(workbook.createSheet("Sanksi"), sanctions.imposedIn(report.period()), styles);
			complaints(workbook.createSheet("Daftar pengaduan"), report, styles);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/**
	 * The summary: each label means one thing in the whole workbook. "Telah mendapat tanggapan" counts every
	 * complaint answered at least once, finished or not; the status groups below it are those of section
	 * 4.4, and the status sheet breaks them down further under labels of its own.
	 */
	private static void summary(Sheet sheet, OfficialReport report, Styles styles) {
		Figures f = report.figures();
		List<String[]> list = new java.util.ArrayList<>(List.of(new String[] { report.title(), null },
				new String[] { "Periode", report.period().label() },
				new String[] { "Tanggal penandatanganan", IndonesianDates.formal(report.signedOn()) },
				new String[] { "Keadaan data per tanggal", IndonesianDates.formal(report.asOf()) },
				new String[] { "Jumlah pengaduan", String.valueOf(f.total()) },
				new String[] { "Telah mendapat tanggapan (selesai atau belum)", String.valueOf(f.answered()) },
				new String[] { "Belum mendapat tanggapan", String.valueOf(f.total() - f.answered()) }));
		for (ReportWriting.Line group : ReportWriting.progress(f.byStatus())) {
			String label = group.what().replaceFirst("^pengaduan ", "");
			list.add(new String[] { "Status: " + label, String.valueOf(group.count()) });
		}
		list.addAll(List.of(new String[] { "Duplikat (tidak dihitung)", String.valueOf(f.duplicates()) },
				new String[] { "Bukan wewenang (tidak dihitung)", String.valueOf(f.notOurAuthority()) },
				new String[] { "Penilaian pengadu", String.valueOf(f.ratings().count()) },
				new String[] { "Nilai rata-rata",
						f.ratings().average() == null ? "-" : f.ratings().average().toPlainString().replace('.', ',') }));
		String[][] rows = list.toArray(String[][]::new);
		for (int i = 0; i < rows.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(rows[i][0]);
			if (rows[i][1] != null) {
				if (rows[i][1].matches("\\d+")) {
					row.createCell(1).setCellValue(Long.parseLong(rows[i][1]));
				}
				else {
					row.createCell(1).setCellValue(rows[i][1]);
				}
			}
		}
		sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
		int next = rows.length + 1;
		for (String note : report.footnotes()) {
			sheet.createRow(next++).createCell(0).setCellValue(note);
		}
		sheet.setColumnWidth(0, 36 * 256);
		sheet.setColumnWidth(1, 40 * 256);
	}

	private static void breakdown(Sheet sheet, Breakdown breakdown, Styles styles) {
		Row header = sheet.createRow(0);
		String[] titles = { "No", "Uraian", "Jumlah", "Persentase" };
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
			header.getCell(i).setCellStyle(styles.bold);
		}
		int r = 1;
		for (Breakdown.Line line : breakdown.lines()) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r);
			row.createCell(1).setCellValue(line.label());
			row.createCell(2).setCellValue(line.count());
			row.createCell(3).setCellValue(fraction(line.percent()));
			row.getCell(3).setCellStyle(styles.percent);
			r++;
		}
		Row total = sheet.createRow(r);
		total.createCell(1).setCellValue("Jumlah");
		total.createCell(2).setCellValue(breakdown.total());
		total.createCell(3).setCellValue(breakdown.isEmpty() ? 0 : 1);
		total.getCell(3).setCellStyle(styles.percentBold);
		total.getCell(1).setCellStyle(styles.bold);
		BigDecimal gap = Shares.roundingGap(breakdown.lines().stream().map(Breakdown.Line::percent).toList());
		if (gap != null) {
			sheet.createRow(r + 1).createCell(1).setCellValue("Persentase rincian di atas berjumlah "
					+ ReportWriting.percent(gap) + ", bukan 100,0%, karena setiap persentase dibulatkan tersendiri.");
		}
		sheet.setColumnWidth(1, 70 * 256);
		sheet.setColumnWidth(3, 14 * 256);
	}

	private static void sanctionSheet(Sheet sheet, List<Sanction> imposed, Styles styles) {
		String[] titles = { "Tanggal", "Jenis", "Unit kerja", "Nomor keputusan", "Pengaduan" };
		Row header = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
			header.getCell(i).setCellStyle(styles.bold);
		}
		int r = 1;
		for (Sanction sanction : imposed) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(IndonesianDates.formal(sanction.imposedOn()));
			row.createCell(1).setCellValue(ReportWriting.sanctionName(sanction.kind()));
			row.createCell(2).setCellValue(sanction.unitName());
			row.createCell(3).setCellValue(sanction.decreeNumber());
			row.createCell(4).setCellValue(sanction.trackingCode());
		}
	}

	/**
	 * Every complaint of the period as the register holds it now. When the figures used frozen months,
	 * the sheet says so first: the register may have changed since a month was closed, and the recaps'
	 * complaints received outside Aduan are counted but not listed.
	 */
	private void complaints(Sheet sheet, OfficialReport report, Styles styles) {
		ReportPeriod period = report.period();
		int first = 0;
		if (report.figures().usesFrozenMonths()) {
			sheet.createRow(first++).createCell(0).setCellValue("Daftar ini memuat pengaduan dalam register pada saat "
					+ "berkas dibuat. " + ReportWriting.frozenNote(report.figures(), period)
					+ " Karena itu jumlah baris daftar ini dapat berbeda dari jumlah pada lembar Ringkasan.");
			first++;
		}
		Row header = sheet.createRow(first);
		for (int i = 0; i < LIST_HEADER.length; i++) {
			header.createCell(i).setCellValue(LIST_HEADER[i]);
			header.getCell(i).setCellStyle(styles.bold);
		}
		int[] next = { first + 1 };
		register.receivedBetween(period.from(), period.to(), line -> {
			Row row = sheet.createRow(next[0]++);
			row.createCell(0).setCellValue(line.trackingCode());
			row.createCell(1).setCellValue(line.receivedOn().toString());
			String[] names = { line.channel(), line.reportType(), line.category(), line.service(), line.unit(),
					official.text("report.status." + line.status().name()) };
			for (int i = 0; i < names.length; i++) {
				if (names[i] != null) {
					row.createCell(i + 2).setCellValue(names[i]);
				}
			}
			Integer[] days = { line.firstAnswerDays(), line.closureDays() };
			for (int i = 0; i < days.length; i++) {
				if (days[i] != null) {
					row.createCell(i + 8).setCellValue(days[i]);
				}
			}
		});
		for (int i = 0; i < LIST_HEADER.length; i++) {
			sheet.setColumnWidth(i, (i == 0 ? 18 : 22) * 256);
		}
	}

	static String sheetName(Breakdown.Dimension dimension) {
		return switch (dimension) {
			case CHANNEL -> "Saluran";
			case MONTH -> "Bulan";
			case CATEGORY -> "Kategori";
			case RESPONSE_TIME -> "Jangka waktu tanggapan";
			case UNIT -> "Satuan kerja";
			case SERVICE -> "Layanan";
			case FORM -> "Bentuk";
			case REPORT_TYPE -> "Jenis laporan";
			case RATING -> "Penilaian pengadu";
			case STATUS -> "Status";
		};
	}

	private static double fraction(BigDecimal percent) {
		return percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.UNNECESSARY).doubleValue();
	}

	/** The few cell styles the workbook uses. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle percent;

		final CellStyle percentBold;

		Styles(SXSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			percentBold = workbook.createCellStyle();
			percentBold.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			percentBold.setFont(boldFont);
		}
	}
}

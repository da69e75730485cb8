package id.aduan.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.language.IndonesianDates;

/**
 * The report's figures as a spreadsheet: a summary, one sheet per breakdown (with its total row), the
 * sanctions, and the list of the period's complaints. The list is streamed from the database to the
 * file a few hundred rows at a time, so a year of a province's complaints fits in little memory. No
 * complainant identity is in it.
 */
@Component
public class ReportWorkbook {

	private static final String[] LIST_HEADER = { "Kode pelacakan", "Tanggal diterima", "Saluran", "Jenis laporan",
			"Kategori", "Layanan", "Unit kerja", "Status", "Ditanggapi (hari kerja)", "Diselesaikan (hari kerja)" };

	private final JdbcTemplate streaming;

	private final Sanctions sanctions;

	ReportWorkbook(DataSource dataSource, Sanctions sanctions) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(500);
		this.sanctions = sanctions;
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

	private static void summary(Sheet sheet, OfficialReport report, Styles styles) {
		Figures f = report.figures();
		String[][] rows = { { report.title(), null }, { "Periode", report.period().label() },
				{ "Ditandatangani", IndonesianDates.formal(report.signedOn()) },
				{ "Jumlah pengaduan", String.valueOf(f.total()) }, { "Telah ditanggapi", String.valueOf(f.answered()) },
				{ "Duplikat (tidak dihitung)", String.valueOf(f.duplicates()) },
				{ "Bukan wewenang (tidak dihitung)", String.valueOf(f.notOurAuthority()) },
				{ "Penilaian pengadu", String.valueOf(f.ratings().count()) },
				{ "Nilai rata-rata", f.ratings().average() == null ? "-" : f.ratings().average().toPlainString() } };
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
			row.createCell(0).setCellValue(sanction.imposedOn().toString());
			row.createCell(1).setCellValue(sanction.kind().name());
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
		streaming.query("""
				select c.tracking_code, c.received_on, ch.name channel, rt.name report_type, cat.name category,
				       s.name service, u.name unit, c.status, c.first_answer_days, c.closure_days
				from complaint c join channel ch on ch.id = c.channel_id
				left join report_type rt on rt.id = c.report_type_id left join category cat on cat.id = c.category_id
				left join public_service s on s.id = c.service_id left join work_unit u on u.id = c.unit_id
				where c.received_on between ? and ? order by c.received_on, c.id""", rs -> {
			Row row = sheet.createRow(next[0]++);
			row.createCell(0).setCellValue(rs.getString(1));
			row.createCell(1).setCellValue(rs.getObject(2, LocalDate.class).toString());
			for (int i = 3; i <= 8; i++) {
				String value = rs.getString(i);
				if (value != null) {
					row.createCell(i - 1).setCellValue(value);
				}
			}
			for (int i = 9; i <= 10; i++) {
				Object days = rs.getObject(i);
				if (days != null) {
					row.createCell(i - 1).setCellValue(((Number) days).doubleValue());
				}
			}
		}, period.from(), period.to());
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

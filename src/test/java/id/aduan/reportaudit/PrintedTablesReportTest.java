package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * One semester report of "Dinas Kesehatan Kota Contoh" as an office publishes it: sentences that
 * wrap, and its recaps in bordered tables under their captions. The same report is printed to PDF by
 * a word processor (openhtmltopdf here, with a running header and page numbers) and saved as DOCX
 * with real Word tables. The sentences are worded as in {@link PrintedReports}, so the printed lines
 * break inside the figure's words and inside the date. Its mistakes, each made once: 240 written "dua ratus empat" in a sentence
 * that wraps after "dua ratus"; the channel rows add up to 238 against a Jumlah of 240; 16 of 240
 * shown as 7,5%; February's 45 written "empat puluh" in the Terbilang column; "Rabu, 6 Juni 2025"
 * (a Friday) wrapped before its year. Both files give these five findings and nothing else.
 */
class PrintedTablesReportTest {

	private static final String INTRO = "Pada periode Januari sampai dengan Juni 2025, Dinas Kesehatan Kota Contoh telah "
			+ "secara resmi dan tercatat baik melalui semua saluran resmi dinas menerima sebanyak 240 (dua ratus empat) "
			+ "yang seluruhnya dicatat pengaduan, dengan rincian pada tabel berikut.";

	private static final String MEETING = "Rapat evaluasi pengelolaan pengaduan dilaksanakan secara terbuka dan daring "
			+ "melalui aplikasi rapat daring resmi pemerintah bersama seluruh unit kerja pada hari Rabu, 6 Juni 2025 "
			+ "pukul 09.00 WIT di ruang rapat dinas.";

	private final ReportReading reading = new ReportReading(ReportReading.DEFAULT_MAX_BYTES);

	@Test
	void thePrintedPdfsTablesAndWrappedSentencesGiveEachMistakeOnceAndNothingElse() {
		ReportText text = reading.read(PrintedReports.pdf(html()));

		List<Finding> findings = ReportAudit.standard().audit(text);

		assertThat(findings).extracting(Finding::rule, Finding::expected, Finding::found).containsExactlyInAnyOrder(
				tuple(Rule.TERBILANG_MISMATCH, "dua ratus empat puluh", "dua ratus empat"),
				tuple(Rule.PERCENT_MISMATCH, "6,7%", "7,5%"), tuple(Rule.SUM_MISMATCH, "240", "238"),
				tuple(Rule.TERBILANG_MISMATCH, "empat puluh lima", "empat puluh"),
				tuple(Rule.WEEKDAY_MISMATCH, "Jumat", "Rabu"));
		assertThat(text.line(lineOf(findings, Rule.WEEKDAY_MISMATCH))).as("the date wraps before its year")
			.contains("Rabu, 6")
			.doesNotContain("2025");
		assertThat(IntStream.rangeClosed(1, text.size()).mapToObj(text::line))
			.as("the words of 240 wrap onto the next line")
			.anyMatch(line -> line.endsWith("sebanyak 240 (dua"));
		assertThat(text.line(lineOf(findings, Rule.PERCENT_MISMATCH))).contains("Datang langsung").contains("16");
		assertThat(explained(findings, "7,5%")).isEqualTo("Tabel \"" + RecapTablesAuditTest.CHANNELS
				+ "\", baris \"Datang langsung\", kolom \"Persentase\": 16 dari 240 adalah 6,7%, bukan 7,5%.");
		assertThat(explained(findings, "empat puluh")).startsWith("Tabel \"" + RecapTablesAuditTest.MONTHS
				+ "\", baris \"Februari\", kolom \"Terbilang\": angka 45 ditulis dengan huruf \"empat puluh\"");
	}

	@Test
	void aCellThatWrapsAroundItsRowsMiddleStaysInItsRowAndBordersSeparateCellsASpaceApart() {
		ReportText text = reading.read(PrintedReports.pdf(html()));

		int above = IntStream.rangeClosed(1, text.size())
			.filter(n -> text.line(n).equals("SP4N-LAPOR! yang diteruskan oleh"))
			.findFirst()
			.orElseThrow();
		assertThat(text.line(above + 1)).as("the row's other cells are printed at its middle, below the cell's first line")
			.isEqualTo("2 60 25,0%");
		assertThat(text.passages()).extracting(Passage::text)
			.contains("2\tSP4N-LAPOR! yang diteruskan oleh Bagian Organisasi Sekretariat Daerah\t60\t25,0%")
			.contains("Februari\t45\tempat puluh");
	}

	@Test
	void theSameReportAsDocxWithWordTablesGivesTheSameFindings() throws IOException {
		ReportText text = reading.read(docx());

		List<Finding> findings = ReportAudit.standard().audit(text);

		assertThat(findings).extracting(Finding::rule, Finding::expected, Finding::found).containsExactlyInAnyOrder(
				tuple(Rule.TERBILANG_MISMATCH, "dua ratus empat puluh", "dua ratus empat"),
				tuple(Rule.PERCENT_MISMATCH, "6,7%", "7,5%"), tuple(Rule.SUM_MISMATCH, "240", "238"),
				tuple(Rule.TERBILANG_MISMATCH, "empat puluh lima", "empat puluh"),
				tuple(Rule.WEEKDAY_MISMATCH, "Jumat", "Rabu"));
		assertThat(explained(findings, "7,5%")).isEqualTo("Tabel \"" + RecapTablesAuditTest.CHANNELS
				+ "\", baris \"Datang langsung\", kolom \"Persentase\": 16 dari 240 adalah 6,7%, bukan 7,5%.");
	}

	private static int lineOf(List<Finding> findings, Rule rule) {
		return findings.stream().filter(finding -> finding.rule() == rule).findFirst().orElseThrow().line();
	}

	private static String explained(List<Finding> findings, String found) {
		Finding finding = findings.stream().filter(each -> each.found().equals(found)).findFirst().orElseThrow();
		return FindingView.of(finding, Wording.bundle(AuditCommand.INDONESIAN)).message();
	}

	/** The channel recap with a long channel name, so that one cell wraps inside its column. */
	private static List<List<String>> channelRows() {
		List<List<String>> rows = new java.util.ArrayList<>(RecapTablesAuditTest.CHANNEL_ROWS);
		rows.set(2, List.of("2", "SP4N-LAPOR! yang diteruskan oleh Bagian Organisasi Sekretariat Daerah", "60", "25,0%"));
		return rows;
	}

	static String html() {
		return """
				<html><head><style>
				@page { size: A4; margin: 72pt;
				  @top-center { content: "Laporan Pengaduan Dinas Kesehatan Kota Contoh"; font-size: 9pt; }
				  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-size: 9pt; } }
				body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.4; }
				p { text-align: justify; margin: 0 0 10pt 0; }
				h1 { font-size: 14pt; text-align: center; }
				table { border-collapse: collapse; width: 100%; margin-bottom: 14pt; }
				td, th { border: 0.5pt solid black; padding: 2pt 4pt; }
				td.n { text-align: right; width: 70pt; }
				</style></head><body>
				<h1>LAPORAN PENGELOLAAN PENGADUAN<br/>DINAS KESEHATAN KOTA CONTOH<br/>PERIODE JANUARI SD JUNI 2025</h1>
				<p>INTRO</p>
				CHANNELS
				MONTHS
				<p>MEETING</p>
				<p>Ditetapkan di Kota Contoh<br/>Pada tanggal 7 Juli 2025</p>
				</body></html>
				""".replace("INTRO", INTRO)
			.replace("MEETING", MEETING)
			.replace("CHANNELS", table(RecapTablesAuditTest.CHANNELS, channelRows()))
			.replace("MONTHS", table(RecapTablesAuditTest.MONTHS, RecapTablesAuditTest.MONTH_ROWS));
	}

	private static String table(String caption, List<List<String>> rows) {
		StringBuilder html = new StringBuilder("<p>").append(caption).append("</p>\n<table>\n");
		for (int r = 0; r < rows.size(); r++) {
			html.append("<tr>");
			for (String cell : rows.get(r)) {
				boolean figure = r > 0 && cell.matches("[\\d.,%]+");
				html.append(r == 0 ? "<th>" : figure ? "<td class=\"n\">" : "<td>").append(cell)
					.append(r == 0 ? "</th>" : "</td>");
			}
			html.append("</tr>\n");
		}
		return html.append("</table>").toString();
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : List.of("LAPORAN PENGELOLAAN PENGADUAN", "DINAS KESEHATAN KOTA CONTOH",
					"PERIODE JANUARI SD JUNI 2025", INTRO)) {
				document.createParagraph().createRun().setText(line);
			}
			for (List<List<String>> rows : List.of(channelRows(), RecapTablesAuditTest.MONTH_ROWS)) {
				document.createParagraph()
					.createRun()
					.setText(rows == RecapTablesAuditTest.MONTH_ROWS ? RecapTablesAuditTest.MONTHS
							: RecapTablesAuditTest.CHANNELS);
				XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
				for (int r = 0; r < rows.size(); r++) {
					for (int c = 0; c < rows.get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(rows.get(r).get(c));
					}
				}
			}
			for (String line : List.of(MEETING, "Ditetapkan di Kota Contoh", "Pada tanggal 7 Juli 2025")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}
}

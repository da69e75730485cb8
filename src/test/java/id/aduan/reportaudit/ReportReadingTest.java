package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Files are read the way users produce them, through the same path the page, the API and the CLI
 * use; DOCX and PDF are written here with POI and PDFBox.
 */
class ReportReadingTest {

	static final List<String> REPORT = List.of("4.1. REKAPITULASI PENGADUAN",
			"Pada periode Januari sd Juni 2023 diterima sebanyak 122 (seratus dua puluh dua) pengaduan dengan rincian sebagai berikut:",
			"1. 104 (seratus empat) atau 85,2% pengaduan melalui media sosial;",
			"2. 18 (sembilan) atau 14,8% pengaduan melalui website.");

	private final ReportReading reading = new ReportReading(ReportReading.DEFAULT_MAX_BYTES);

	@Test
	void plainTextKeepsItsLinesNumberedFromOne() {
		ReportText text = reading.read(String.join("\r\n", REPORT).getBytes(StandardCharsets.UTF_8));

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.line(4)).startsWith("2. 18 (sembilan)");
	}

	@Test
	void textSavedAsWindows1252IsReadToo() {
		ReportText text = reading.read("Laporan – periode Januari sd Juni 2023".getBytes(Charset.forName("windows-1252")));

		assertThat(text.line(1)).isEqualTo("Laporan – periode Januari sd Juni 2023");
	}

	@Test
	void aDocxIsReadParagraphByParagraphWithWordsAutomaticListNumbers() throws IOException {
		byte[] docx = docx();

		ReportText text = reading.read(docx);

		assertThat(text.lines()).containsExactly(REPORT.get(0), REPORT.get(1), REPORT.get(2), REPORT.get(3),
				"1. 60 (enam puluh) pengaduan A", "2. 40 (empat puluh) pengaduan B", "Bulan\tJumlah");
		assertThat(ReportAudit.standard().audit(text)).extracting(Finding::rule, Finding::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.TERBILANG_MISMATCH, 4));
	}

	@Test
	void aPdfWithATextLayerIsReadLineByLine() throws IOException {
		ReportText text = reading.read(pdf(REPORT));

		assertThat(text.lines()).contains(REPORT.get(2), REPORT.get(3));
		assertThat(ReportAudit.standard().audit(text)).extracting(Finding::rule, Finding::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.TERBILANG_MISMATCH, "18 (sembilan)"));
	}

	@Test
	void aPdfWithoutTextSuchAsAScanIsRefusedWithAReason() throws IOException {
		assertThatThrownBy(() -> reading.read(pdf(List.of()))).isInstanceOf(UnreadableReport.class)
			.extracting(error -> ((UnreadableReport) error).messageKey())
			.isEqualTo("reportaudit.file.noText");
	}

	@Test
	void filesThatAreNoReportAreRefusedWithAReasonNeverACrash() {
		assertThat(reason(new byte[0])).isEqualTo("reportaudit.file.empty");
		assertThat(reason(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 }))
			.isEqualTo("reportaudit.file.unsupported");
		assertThat(reason("%PDF-1.7 but then nothing".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("reportaudit.file.damaged");
		assertThat(reason(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).isEqualTo("reportaudit.file.unsupported");
		assertThat(reason(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0 }))
			.isEqualTo("reportaudit.file.legacyWord");
		assertThat(reason(" \n \n".getBytes(StandardCharsets.UTF_8))).isEqualTo("reportaudit.file.noText");
		assertThat(new ReportReading(10).read("0123456789".getBytes(StandardCharsets.UTF_8)).line(1))
			.isEqualTo("0123456789");
		assertThat(reasonWithLimit(10, "0123456789A".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("reportaudit.file.tooLarge");
	}

	private String reason(byte[] content) {
		return reasonWithLimit(ReportReading.DEFAULT_MAX_BYTES, content);
	}

	private static String reasonWithLimit(long limit, byte[] content) {
		try {
			new ReportReading(limit).read(content);
			return "read";
		}
		catch (UnreadableReport unreadable) {
			return unreadable.messageKey();
		}
	}

	/** The report as Word writes it: the breakdown's "1." and "2." typed, a second list numbered by Word, a table. */
	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : REPORT) {
				document.createParagraph().createRun().setText(line);
			}
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			CTLvl level = definition.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
			level.addNewLvlText().setVal("%1.");
			level.addNewStart().setVal(BigInteger.ONE);
			XWPFNumbering numbering = document.createNumbering();
			BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
			for (String item : List.of("60 (enam puluh) pengaduan A", "40 (empat puluh) pengaduan B")) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setNumID(list);
				paragraph.setNumILvl(BigInteger.ZERO);
				paragraph.createRun().setText(item);
			}
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("Bulan");
			table.getRow(0).getCell(1).setText("Jumlah");
			document.write(out);
			return out.toByteArray();
		}
	}

	/** A one-page PDF with each line drawn as text, as a word processor's export would. */
	static byte[] pdf(List<String> lines) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 7);
				content.setLeading(12);
				content.newLineAtOffset(20, 750);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}

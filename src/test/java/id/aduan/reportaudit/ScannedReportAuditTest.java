package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * A scan of a signed paper report: a PDF holding only the image of its page, with a mistake in it
 * (240 written "dua ratus empat"). Read by Tesseract (installed from Debian's tesseract-ocr and
 * tesseract-ocr-ind, as {@code .ci/run} does), it is audited like any report and says it was read by
 * OCR; without Tesseract it is refused as before.
 */
class ScannedReportAuditTest {

	static final List<String> PAGE = List.of("LAPORAN PENGELOLAAN PENGADUAN", "DINAS KESEHATAN KOTA CONTOH",
			"PERIODE JANUARI SD JUNI 2025", "",
			"Pada periode Januari sampai dengan Juni 2025, Dinas Kesehatan Kota",
			"Contoh telah menerima sebanyak 240 (dua ratus empat) pengaduan.", "",
			"Pengaduan ditindaklanjuti oleh unit kerja yang berwenang.");

	@Test
	void aScanIsReadByOcrAndItsMistakeFoundAndNothingElse() throws IOException {
		ReportText text = new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(scan(PAGE));

		assertThat(text.ocr()).isNotNull();
		assertThat(text.ocr().pages()).isEqualTo(1);
		assertThat(text.ocr().confidence()).isGreaterThan(ScannedPages.CERTAIN);
		assertThat(ReportAudit.standard().audit(text)).extracting(Finding::rule, Finding::found)
			.containsExactly(tuple(Rule.TERBILANG_MISMATCH, "dua ratus empat"));
	}

	@Test
	void theCommandLineSaysTheReportWasReadByOcr() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("pindaian", ".pdf");
		try {
			java.nio.file.Files.write(file, scan(PAGE));
			int exit = AuditCommand.run(List.of(file.toString()), new java.io.PrintStream(out, true, "UTF-8"),
					new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, "UTF-8"));
			assertThat(exit).isEqualTo(AuditCommand.FINDINGS);
			assertThat(out.toString("UTF-8")).startsWith("Laporan ini hasil pindaian dan dibaca dengan OCR (1 halaman");
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}

	/**
	 * Tesseract's own answer (its TSV: a row per word with its box and confidence) for a page where the
	 * figure 240 is smudged and read with 41% confidence: the figure is left out as "?", so its words are
	 * not compared with a guess, and the result counts it as one figure not audited. The words of the
	 * total in brackets are still read, as a person would.
	 */
	@Test
	void aFigureOcrReadWithoutConfidenceIsLeftOutNotGuessedAt() throws IOException {
		String[] words = { "Dinas", "Kesehatan", "telah", "menerima", "sebanyak", "240", "(dua", "ratus", "empat)",
				"pengaduan." };
		StringBuilder tsv = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop"
				+ "\twidth\theight\tconf\ttext\n");
		int left = 200;
		for (int i = 0; i < words.length; i++) {
			tsv.append("5\t1\t1\t1\t1\t").append(i + 1).append('\t').append(left).append("\t400\t")
				.append(words[i].length() * 30).append("\t40\t").append(words[i].equals("240") ? "41.2" : "93.5")
				.append('\t').append(words[i]).append('\n');
			left += words[i].length() * 30 + 20;
		}
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("tesseract");
		java.nio.file.Path answer = java.nio.file.Files.writeString(folder.resolve("jawaban.tsv"), tsv);
		java.nio.file.Path tesseract = java.nio.file.Files.writeString(folder.resolve("tesseract"),
				"#!/bin/sh\ncat '" + answer + "'\n");
		tesseract.toFile().setExecutable(true);

		ReportText text = new ReportReading(ReportReading.DEFAULT_MAX_BYTES, tesseract.toString()).read(scan(PAGE));

		assertThat(text.ocr().uncertainFigures()).isEqualTo(1);
		assertThat(text.ocr().confidence()).isEqualTo(88);
		assertThat(text.line(1)).isEqualTo("Dinas Kesehatan telah menerima sebanyak ? (dua ratus empat) pengaduan.");
		assertThat(ReportAudit.standard().audit(text)).isEmpty();
	}

	@Test
	void withoutTesseractAScanIsRefusedWithTheReasonAsBefore() {
		ReportReading withoutOcr = new ReportReading(ReportReading.DEFAULT_MAX_BYTES, "/tidak/ada/tesseract");

		assertThatThrownBy(() -> withoutOcr.read(scan(PAGE))).isInstanceOf(UnreadableReport.class)
			.extracting(error -> ((UnreadableReport) error).messageKey())
			.isEqualTo("reportaudit.file.noText");
	}

	/** An A4 page drawn at 200 dpi as a scanner would deliver it, wrapped in a PDF with no text. */
	static byte[] scan(List<String> lines) throws IOException {
		BufferedImage image = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
		int y = 200;
		for (String line : lines) {
			g.drawString(line, 160, y);
			y += 52;
		}
		g.dispose();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject picture = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}

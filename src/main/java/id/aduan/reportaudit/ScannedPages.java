package id.aduan.reportaudit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a scanned report (a PDF without a text layer) with Tesseract, the OCR engine Debian packages
 * with its Indonesian data ({@code tesseract-ocr}, {@code tesseract-ocr-ind}): each page rendered by
 * PDFBox at 300 dpi, read with {@code -l ind} into TSV, which gives every word its box and its
 * confidence. The words become printed lines, rebuilt like a PDF's. A word with a digit that OCR read
 * with less than {@value #CERTAIN}% confidence is replaced by "?", so no figure is guessed at; how
 * many were, and the mean confidence, go with the text. Tesseract runs as a command because it is a
 * native program; when it is not installed, a scan stays unreadable, as it was.
 */
final class ScannedPages {

	static final int CERTAIN = 70;

	private static final int DPI = 300;

	private static final float POINTS_PER_PIXEL = 72f / DPI;

	private static final long SECONDS_PER_PAGE = 120;

	private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

	private final String command;

	ScannedPages(String command) {
		this.command = command;
	}

	/** The report read by OCR; empty when Tesseract cannot be run here. */
	Optional<ReportText> read(PDDocument document) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		List<PrintedLine> lines = new ArrayList<>();
		long confidence = 0;
		int words = 0;
		int uncertain = 0;
		Path folder = Files.createTempDirectory("aduan-ocr");
		try {
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
				Path png = folder.resolve("halaman-" + (page + 1) + ".png");
				ImageIO.write(image, "png", png.toFile());
				Optional<String> tsv = tesseract(png);
				if (tsv.isEmpty()) {
					return Optional.empty();
				}
				Map<String, List<PrintedLine.Word>> byLine = new LinkedHashMap<>();
				for (String row : tsv.get().split("\n")) {
					String[] cells = row.split("\t", -1);
					if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) {
						continue;
					}
					int conf = (int) Math.round(Double.parseDouble(cells[10]));
					String text = cells[11].strip();
					words++;
					confidence += Math.max(conf, 0);
					if (conf < CERTAIN && DIGIT.matcher(text).matches()) {
						uncertain++;
						text = "?";
					}
					float left = Integer.parseInt(cells[6]) * POINTS_PER_PIXEL;
					float top = Integer.parseInt(cells[7]) * POINTS_PER_PIXEL;
					float width = Integer.parseInt(cells[8]) * POINTS_PER_PIXEL;
					float height = Integer.parseInt(cells[9]) * POINTS_PER_PIXEL;
					byLine.computeIfAbsent(cells[2] + "/" + cells[3] + "/" + cells[4], key -> new ArrayList<>())
						.add(new PrintedLine.Word(text, left, left + width, top, top + height));
				}
				for (List<PrintedLine.Word> line : byLine.values()) {
					lines.add(new PrintedLine(page + 1, line));
				}
			}
		}
		finally {
			try (var files = Files.walk(folder)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
			}
		}
		if (lines.isEmpty()) {
			return Optional.of(new ReportText(List.of("")));
		}
		int mean = words == 0 ? 0 : (int) (confidence / words);
		return Optional.of(PrintedPages.rebuild(lines)
			.readByOcr(new OcrReading(document.getNumberOfPages(), mean, uncertain)));
	}

	private Optional<String> tesseract(Path png) throws IOException {
		Process process;
		try {
			process = new ProcessBuilder(command, png.toString(), "stdout", "-l", "ind", "tsv")
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException notInstalled) {
			return Optional.empty();
		}
		try {
			String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(SECONDS_PER_PAGE, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				return Optional.empty();
			}
			return Optional.of(tsv);
		}
		catch (InterruptedException interrupted) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}

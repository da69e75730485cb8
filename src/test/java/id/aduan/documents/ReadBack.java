package id.aduan.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads generated documents back as a person would see them: a PDF's text page by page (PDFBox), a
 * DOCX's text and structure (POI). Runs of white space become one space, as a reader ignores line
 * breaks.
 */
public final class ReadBack {

	private ReadBack() {
	}

	/** The text of every page of a PDF, in order, read top to bottom and left to right. */
	public static List<String> pdfPages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(flat(stripper.getText(document)));
			}
			return pages;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	public static String pdfText(byte[] pdf) {
		return String.join(" ", pdfPages(pdf));
	}

	/** The names of the fonts a PDF uses on its first page, each with whether it is embedded. */
	public static List<String> pdfFonts(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				var font = resources.getFont(name);
				fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
			}
			return fonts;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	public static XWPFDocument docx(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	public static String docxText(byte[] docx) {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx(docx))) {
			return flat(extractor.getText());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static String flat(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}

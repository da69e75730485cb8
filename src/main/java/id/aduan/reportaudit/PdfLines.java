package id.aduan.reportaudit;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer as printed lines with the position of each word, so that the lines can be
 * rebuilt into sentences (where a line ends short of the margin, the sentence ended there) and
 * table rows split into cells (by the gaps between words). PDFBox finds the words and lines; this
 * keeps where they are, which its plain text drops.
 */
final class PdfLines extends PDFTextStripper {

	private final List<PrintedLine> lines = new ArrayList<>();

	private List<PrintedLine.Word> current = new ArrayList<>();

	private int page;

	private PdfLines() {
		setSortByPosition(true);
		setLineSeparator("\n");
	}

	static List<PrintedLine> of(PDDocument document) throws IOException {
		PdfLines reader = new PdfLines();
		reader.writeText(document, new StringWriter());
		reader.endLine();
		return reader.lines;
	}

	@Override
	protected void startPage(PDPage pdPage) throws IOException {
		endLine();
		page++;
		super.startPage(pdPage);
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		List<TextPosition> word = new ArrayList<>();
		for (TextPosition position : positions) {
			String glyph = position.getUnicode();
			if (glyph == null || glyph.isBlank() || glyph.equals("\u00A0")) {
				addWord(word);
				word = new ArrayList<>();
			}
			else {
				word.add(position);
			}
		}
		addWord(word);
	}

	private void addWord(List<TextPosition> positions) {
		if (positions.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		float left = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		float top = Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		for (TextPosition position : positions) {
			text.append(position.getUnicode());
			left = Math.min(left, position.getXDirAdj());
			right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
			top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
			bottom = Math.max(bottom, position.getYDirAdj());
		}
		current.add(new PrintedLine.Word(text.toString(), left, right, top, bottom));
	}

	@Override
	protected void writeLineSeparator() throws IOException {
		endLine();
	}

	@Override
	protected void endPage(PDPage pdPage) throws IOException {
		endLine();
		super.endPage(pdPage);
	}

	private void endLine() {
		if (!current.isEmpty()) {
			lines.add(new PrintedLine(page, current));
			current = new ArrayList<>();
		}
	}
}

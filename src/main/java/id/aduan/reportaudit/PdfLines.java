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
 * table rows split into cells (by the borders drawn between them, else by the gaps between words).
 * PDFBox finds the words and lines; this keeps where they are, which its plain text drops, and
 * {@link PdfRulings} finds the borders.
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
		List<PrintedLine> ruled = new ArrayList<>(reader.lines.size());
		List<PdfRulings.Ruling> rulings = List.of();
		int rulingsPage = 0;
		PrintedLine before = null;
		for (PrintedLine line : reader.lines) {
			if (line.page() != rulingsPage) {
				rulingsPage = line.page();
				rulings = PdfRulings.of(document.getPage(rulingsPage - 1));
				before = null;
			}
			ruled.add(new PrintedLine(line.page(), line.words(), grid(line, before, rulings)));
			before = line;
		}
		return ruled;
	}

	/**
	 * The borders across a line: the vertical rulings that cross its middle, and whether a horizontal
	 * ruling under its words' span lies between the line before it (or the page's top) and its own
	 * middle.
	 */
	private static PrintedLine.Grid grid(PrintedLine line, PrintedLine before, List<PdfRulings.Ruling> rulings) {
		if (rulings.isEmpty()) {
			return PrintedLine.Grid.NONE;
		}
		float middle = line.bottom() - line.height() / 2;
		float above = before == null ? 0 : before.bottom();
		List<Float> borders = new ArrayList<>();
		boolean ruledAbove = false;
		for (PdfRulings.Ruling ruling : rulings) {
			if (ruling.horizontal()) {
				ruledAbove |= ruling.top() > above && ruling.top() < middle && ruling.left() < line.right()
						&& ruling.right() > line.left();
			}
			else if (ruling.top() <= middle && ruling.bottom() >= middle) {
				borders.add(ruling.left());
			}
		}
		borders.sort(Float::compare);
		List<Float> merged = new ArrayList<>();
		for (float x : borders) {
			if (merged.isEmpty() || x - merged.get(merged.size() - 1) > 1.5f) {
				merged.add(x);
			}
		}
		return new PrintedLine.Grid(merged, ruledAbove);
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

package id.aduan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An official document as an editable Word file (DOCX), built top to bottom: letterhead, titles,
 * paragraphs, numbered and lettered lists, pictures, tables and signature blocks, on A4 in Times New
 * Roman 12 pt (the font Indonesian offices type in; Liberation Serif, embedded in the PDFs, has the
 * same metrics). Table
 * header rows repeat on every page and rows never break across pages, as a signature list needs.
 * <p>
 * Usage: {@code DocxDocument.a4().letterhead(l).title("BERITA ACARA").paragraph(...).toBytes()}.
 * Not thread-safe; one instance per document.
 */
public final class DocxDocument {

	/** How a column's cells are aligned; {@code ALTERNATE} puts odd rows left and even rows mid-cell, as signature columns do. */
	public enum Align {
		LEFT, CENTER, ALTERNATE
	}

	/** A table column: its header text, its share of the page width in percent, and its alignment. */
	public record Column(String header, int widthPercent, Align align) {
	}

	static final String FONT = "Times New Roman";

	/** Width of the writing area: A4 (11906 twips) less the margins of 2.5 cm and 2 cm. */
	private static final int TEXT_WIDTH = 11906 - 1418 - 1134;

	private static final int TWIPS_PER_CM = 567;

	private static final int EMU_PER_CM = 360_000;

	private final XWPFDocument document = new XWPFDocument();

	private DocxDocument() {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(850));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1418));
		margins.setRight(BigInteger.valueOf(1134));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		pageNumbers();
	}

	/**
	 * Word's built-in heading style of a level ("heading 1", id {@code Heading1}), added to the document
	 * the first time it is used: Times New Roman 12 pt bold, black, with the outline level that Word's
	 * navigation pane reads.
	 */
	private String headingStyle(int level) {
		String id = "Heading" + level;
		XWPFStyles styles = document.createStyles();
		if (styles.getStyle(id) == null) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(id);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			style.addNewQFormat();
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewKeepNext();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			CTRPr run = style.addNewRPr();
			CTFonts fonts = run.addNewRFonts();
			fonts.setAscii(FONT);
			fonts.setHAnsi(FONT);
			fonts.setCs(FONT);
			run.addNewB();
			run.addNewSz().setVal(BigInteger.valueOf(24));
			run.addNewColor().setVal("000000");
			styles.addStyle(new XWPFStyle(style, styles));
		}
		return id;
	}

	/** Page numbers centred in the footer of every page, as Word's PAGE field, so they stay right after edits. */
	private void pageNumbers() {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		CTR number = field.addNewR();
		CTRPr look = number.addNewRPr();
		CTFonts fonts = look.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		look.addNewSz().setVal(BigInteger.valueOf(20));
		number.addNewT().setStringValue("1");
	}

	/** A new, empty A4 document. */
	public static DocxDocument a4() {
		return new DocxDocument();
	}

	/**
	 * The kop surat, closed by a thick-thin double rule; with an emblem, a borderless table of three
	 * columns: the emblem, the lines centred, and an empty column as wide as the emblem's, so that the
	 * lines stay centred on the page.
	 */
	public DocxDocument letterhead(Letterhead letterhead) {
		if (letterhead.logo() == null) {
			letterheadLines(letterhead, this::paragraph);
		}
		else {
			XWPFTable table = document.createTable(1, 3);
			table.removeBorders();
			table.setWidthType(TableWidthType.DXA);
			table.setWidth(String.valueOf(TEXT_WIDTH));
			int side = (int) Math.round(2.6 * TWIPS_PER_CM);
			XWPFTableRow row = table.getRow(0);
			for (int c = 0; c < 3; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidthType(TableWidthType.DXA);
				cell.setWidth(String.valueOf(c == 1 ? TEXT_WIDTH - 2 * side : side));
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			}
			XWPFParagraph emblem = row.getCell(0).getParagraphs().get(0);
			tight(emblem);
			place(emblem.createRun(), letterhead.logo(), "logo");
			XWPFTableCell lines = row.getCell(1);
			XWPFParagraph[] first = { lines.getParagraphs().get(0) };
			letterheadLines(letterhead, alignment -> {
				XWPFParagraph paragraph = first[0] != null ? first[0] : lines.addParagraph();
				first[0] = null;
				paragraph.setAlignment(alignment);
				tight(paragraph);
				return paragraph;
			});
		}
		XWPFParagraph rule = paragraph(ParagraphAlignment.CENTER);
		rule.setBorderBottom(Borders.THICK_THIN_SMALL_GAP);
		rule.setSpacingAfter(280);
		return this;
	}

	/** A document's title, centred, bold and underlined: "BERITA ACARA". */
	public DocxDocument title(String text) {
		XWPFRun run = run(paragraph(ParagraphAlignment.CENTER), text, 12, true);
		run.setUnderline(UnderlinePatterns.SINGLE);
		return this;
	}

	/** A centred line, bold or not: the number, a subtitle. */
	public DocxDocument centered(String text, boolean bold) {
		line(text, 12, bold, ParagraphAlignment.CENTER);
		return this;
	}

	/** An empty line. */
	public DocxDocument space() {
		paragraph(ParagraphAlignment.LEFT);
		return this;
	}

	/** A justified paragraph of running text. */
	public DocxDocument paragraph(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(160);
		run(paragraph, text, 12, false);
		return this;
	}

	/**
	 * A numbered list, numbers written out ("1.", "2.", …) with a hanging indent: the document is a
	 * record, and its numbers must survive copying into any other program.
	 */
	public DocxDocument numbered(List<String> items) {
		return listed(items, false);
	}

	/** A lettered list ("a)", "b)", …), written out like {@link #numbered(List)}. */
	public DocxDocument lettered(List<String> items) {
		return listed(items, true);
	}

	private DocxDocument listed(List<String> items, boolean lettered) {
		for (int i = 0; i < items.size(); i++) {
			XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
			paragraph.setIndentationLeft(TWIPS_PER_CM);
			paragraph.setIndentationHanging(TWIPS_PER_CM);
			run(paragraph, marker(i, lettered), 12, false).addTab();
			run(paragraph, items.get(i), 12, false);
		}
		XWPFParagraph last = document.getLastParagraph();
		if (last != null) {
			last.setSpacingAfter(160);
		}
		return this;
	}

	/**
	 * The line that closes a list, under its items and indented like their text: a breakdown's total
	 * ("Jumlah: 330 (…) pengaduan atau 100,0%."), in bold.
	 */
	public DocxDocument listTotal(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
		paragraph.setIndentationLeft(TWIPS_PER_CM);
		paragraph.setSpacingAfter(160);
		run(paragraph, text, 12, true);
		return this;
	}

	/** "1." or, lettered, "a)"; past "z)" letters double ("aa)"), as long lists in Indonesian documents do. */
	static String marker(int index, boolean lettered) {
		if (!lettered) {
			return (index + 1) + ".";
		}
		String letters = "";
		for (int n = index; n >= 0; n = n / 26 - 1) {
			letters = (char) ('a' + n % 26) + letters;
		}
		return letters + ")";
	}

	/**
	 * A section heading, bold and left-aligned, kept with what follows, in Word's own heading style of
	 * its level ("1. GAMBARAN UMUM" level 1, "4.1 REKAPITULASI …" level 2), so that Word's navigation pane
	 * and table of contents find it.
	 */
	public DocxDocument heading(String text, int level) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
		paragraph.setStyle(headingStyle(level));
		paragraph.setSpacingBefore(240);
		paragraph.setSpacingAfter(120);
		paragraph.setKeepNext(true);
		run(paragraph, text, 12, true);
		return this;
	}

	/** A picture, centred, at the size it was fitted to. */
	public DocxDocument picture(Picture picture, String name) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
		paragraph.setKeepNext(true);
		place(paragraph.createRun(), picture, name);
		return this;
	}

	/** The picture in the run, at the size it was fitted to. */
	private static void place(XWPFRun run, Picture picture, String name) {
		int type = "image/png".equals(picture.contentType()) ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
		try {
			run.addPicture(new ByteArrayInputStream(picture.content()), type, name,
					(int) Math.round(picture.widthCm() * EMU_PER_CM), (int) Math.round(picture.heightCm() * EMU_PER_CM));
		}
		catch (IOException | InvalidFormatException failed) {
			throw new IllegalStateException("Cannot place picture " + name, failed);
		}
	}

	/** A caption under a picture or a chart: centred, italic, in 11 pt. */
	public DocxDocument caption(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(200);
		run(paragraph, text, 11, false).setItalic(true);
		return this;
	}

	/** A note in small print (10 pt), justified: the footnotes of a report. */
	public DocxDocument note(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(60);
		run(paragraph, text, 10, false);
		return this;
	}

	/** Label and value pairs aligned on a tab: "Hari/tanggal : Selasa, 6 Juni 2023". */
	public DocxDocument details(List<String[]> pairs) {
		for (String[] pair : pairs) {
			XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
			paragraph.setIndentationLeft(4 * TWIPS_PER_CM);
			paragraph.setIndentationHanging(4 * TWIPS_PER_CM);
			run(paragraph, pair[0], 12, false).addTab();
			run(paragraph, ": " + pair[1], 12, false);
		}
		space();
		return this;
	}

	/**
	 * A bordered table whose header row repeats at the top of every page and whose rows never split
	 * across pages. {@code tall} rows leave room for a signature.
	 */
	public DocxDocument table(List<Column> columns, List<List<String>> rows, boolean tall) {
		XWPFTable table = document.createTable(rows.size() + 1, columns.size());
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(TEXT_WIDTH));
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			XWPFTableCell cell = header.getCell(c);
			width(cell, columns.get(c));
			cell.setColor("E6E6E6");
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			tight(paragraph);
			run(paragraph, columns.get(c).header(), 11, true);
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			if (tall) {
				row.setHeight(TWIPS_PER_CM);
				row.setHeightRule(TableRowHeightRule.AT_LEAST);
			}
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				XWPFTableCell cell = row.getCell(c);
				width(cell, column);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				tight(paragraph);
				switch (column.align()) {
					case CENTER -> paragraph.setAlignment(ParagraphAlignment.CENTER);
					case ALTERNATE -> paragraph.setIndentationLeft(r % 2 == 0 ? 0
							: TEXT_WIDTH * column.widthPercent() / 200);
					default -> paragraph.setAlignment(ParagraphAlignment.LEFT);
				}
				String text = rows.get(r).get(c);
				run(paragraph, text == null ? "" : text, 11, false);
			}
		}
		space();
		return this;
	}

	/**
	 * A signature block on the right half of the page, kept on one page: place and date (optional; a line
	 * break in it makes two lines), title, room to sign, name in bold and underlined, rank
	 * (pangkat/golongan, when the signatory has one) and the NIP line (optional).
	 */
	public DocxDocument signature(String placeAndDate, Signatory signatory, String nipLine) {
		if (placeAndDate != null) {
			String[] lines = placeAndDate.split("\n");
			for (int i = 0; i < lines.length; i++) {
				XWPFParagraph line = signatureLine(lines[i], false, false);
				if (i == 0) {
					line.setSpacingBefore(240);
				}
			}
		}
		XWPFParagraph title = signatureLine(signatory.title(), false, false);
		if (placeAndDate == null) {
			title.setSpacingBefore(240);
		}
		title.setSpacingAfter(1200);
		title.setKeepNext(true);
		XWPFParagraph name = signatureLine(signatory.name(), true, true);
		XWPFParagraph last = name;
		if (signatory.hasRank()) {
			last = signatureLine(signatory.rank(), false, false);
		}
		if (nipLine != null) {
			last = signatureLine(nipLine, false, false);
		}
		last.setKeepNext(false);
		return this;
	}

	/**
	 * The closing paragraph a signature follows ("Demikian laporan ini …"), kept on the page of the
	 * signature: a signature never stands on a page without the text it signs.
	 */
	public DocxDocument closing(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(160);
		paragraph.setKeepNext(true);
		paragraph.getCTPPr().addNewKeepLines();
		run(paragraph, text, 12, false);
		return this;
	}

	/** Starts a new page. */
	public DocxDocument pageBreak() {
		paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
		return this;
	}

	/** The finished document. */
	public byte[] toBytes() {
		try (XWPFDocument finished = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			finished.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException("Cannot write DOCX", failed);
		}
	}

	private XWPFParagraph signatureLine(String text, boolean bold, boolean underline) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
		paragraph.setIndentationLeft(TEXT_WIDTH * 55 / 100);
		paragraph.setKeepNext(true);
		XWPFRun run = run(paragraph, text, 12, bold);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		return paragraph;
	}

	/** Government, office and contact lines, each in a paragraph that {@code next} gives. */
	private static void letterheadLines(Letterhead letterhead,
			Function<ParagraphAlignment, XWPFParagraph> next) {
		run(next.apply(ParagraphAlignment.CENTER), letterhead.governmentName(), 14, true);
		run(next.apply(ParagraphAlignment.CENTER), letterhead.officeName(), 17, true);
		for (String contact : new String[] { letterhead.addressLine(), letterhead.phoneLine(),
				letterhead.onlineLine() }) {
			if (contact != null) {
				run(next.apply(ParagraphAlignment.CENTER), contact, 10, false);
			}
		}
	}

	private void line(String text, int size, boolean bold, ParagraphAlignment alignment) {
		run(paragraph(alignment), text, size, bold);
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		tight(paragraph);
		return paragraph;
	}

	private static void tight(XWPFParagraph paragraph) {
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(PdfDocuments.withoutControlCharacters(text));
		return run;
	}

	private static void width(XWPFTableCell cell, Column column) {
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(TEXT_WIDTH * column.widthPercent() / 100));
	}
}

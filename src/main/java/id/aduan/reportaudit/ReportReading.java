package id.aduan.reportaudit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns an uploaded or given file into the lines the audit reads. The kind of file is recognised by
 * its first bytes, never by its name: PDF (its printed lines, or for a scan the lines OCR reads, rebuilt into sentences, items and
 * table rows by {@link PrintedPages}), DOCX (paragraphs in order, Word's automatic list numbers
 * written out, table rows as cells separated by tabs), XLSX (each sheet's rows as cells separated by
 * tabs), or plain text (UTF-8, or Windows-1252 as older Indonesian office PCs save it). Everything
 * happens in memory; nothing is kept.
 */
public final class ReportReading {

	/** The limit the CLI uses; the web settings may set their own. */
	public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

	/** A report longer than this is not one report. */
	private static final int MAX_PDF_PAGES = 500;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/** The OCR command the CLI uses; the web settings may name another. */
	public static final String TESSERACT = "tesseract";

	private final long maxBytes;

	private final ScannedPages scans;

	public ReportReading(long maxBytes) {
		this(maxBytes, TESSERACT);
	}

	/** Reading with OCR by {@code ocrCommand} (Tesseract) for scans. */
	public ReportReading(long maxBytes, String ocrCommand) {
		this.maxBytes = maxBytes;
		this.scans = new ScannedPages(ocrCommand);
	}

	public ReportText read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new UnreadableReport("reportaudit.file.empty");
		}
		if (content.length > maxBytes) {
			throw new UnreadableReport("reportaudit.file.tooLarge", maxBytes / (1024 * 1024));
		}
		String text;
		if (startsWith(content, PDF)) {
			ReportText printed = pdf(content);
			if (printed.isBlank()) {
				throw new UnreadableReport("reportaudit.file.noText");
			}
			return printed;
		}
		else if (startsWith(content, ZIP)) {
			text = isWorkbook(content) ? xlsx(content) : docx(content);
		}
		else if (startsWith(content, OLE)) {
			throw new UnreadableReport("reportaudit.file.legacyWord");
		}
		else {
			text = plain(content);
		}
		ReportText report = ReportText.of(text);
		if (report.isBlank()) {
			throw new UnreadableReport("reportaudit.file.noText");
		}
		return report;
	}

	private ReportText pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.getNumberOfPages() > MAX_PDF_PAGES) {
				throw new UnreadableReport("reportaudit.file.tooManyPages", MAX_PDF_PAGES);
			}
			List<PrintedLine> lines = PdfLines.of(document);
			if (lines.isEmpty()) {
				return scans.read(document).orElseThrow(() -> new UnreadableReport("reportaudit.file.noText"));
			}
			return PrintedPages.rebuild(lines);
		}
		catch (InvalidPasswordException locked) {
			throw new UnreadableReport("reportaudit.file.locked", locked);
		}
		catch (IOException | RuntimeException damaged) {
			if (damaged instanceof UnreadableReport unreadable) {
				throw unreadable;
			}
			throw new UnreadableReport("reportaudit.file.damaged", damaged);
		}
	}

	private static String docx(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			DocxNumbering numbering = new DocxNumbering();
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(numbering.label(paragraph) + paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						lines.add(String.join("\t", row.getTableCells().stream().map(cell -> cell.getText()).toList()));
					}
				}
			}
			return String.join("\n", lines);
		}
		catch (IOException | RuntimeException notWord) {
			throw new UnreadableReport("reportaudit.file.unsupported", notWord);
		}
	}

	/**
	 * Whether a ZIP file is a spreadsheet: its directory names a part {@code xl/workbook.xml} (part
	 * names are stored uncompressed, so they can be looked for in the bytes, however the file was
	 * zipped).
	 */
	private static boolean isWorkbook(byte[] content) {
		byte[] name = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + name.length <= content.length; i++) {
			for (int k = 0; k < name.length; k++) {
				if (content[i + k] != name[k]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * A workbook, sheet by sheet: the sheet's name on a line of its own (the caption of its table),
	 * then each row as its cells shown the way the sheet shows them (a share formatted "0,0%" reads
	 * "8,0%", a formula its result), separated by tabs; an empty row ends a table.
	 */
	private static String xlsx(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			DataFormatter shown = new DataFormatter(Locale.forLanguageTag("id"));
			FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
			List<String> lines = new ArrayList<>();
			for (Sheet sheet : workbook) {
				lines.add(sheet.getSheetName());
				for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
					Row row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					if (row != null) {
						for (int c = 0; c < row.getLastCellNum(); c++) {
							Cell cell = row.getCell(c);
							cells.add(cell == null ? "" : shown(shown, formulas, cell));
						}
					}
					while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
						cells.remove(cells.size() - 1);
					}
					long filled = cells.stream().filter(cell -> !cell.isBlank()).count();
					lines.add(filled >= 2 ? String.join("\t", cells) : String.join(" ", cells).strip());
				}
				lines.add("");
			}
			return String.join("\n", lines);
		}
		catch (IOException | RuntimeException notExcel) {
			throw new UnreadableReport("reportaudit.file.unsupported", notExcel);
		}
	}

	private static String shown(DataFormatter shown, FormulaEvaluator formulas, Cell cell) {
		try {
			return shown.formatCellValue(cell, formulas).replace('\t', ' ').replace('\n', ' ').strip();
		}
		catch (RuntimeException cannotEvaluate) {
			return shown.formatCellValue(cell).replace('\t', ' ').replace('\n', ' ').strip();
		}
	}

	private static String plain(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				throw new UnreadableReport("reportaudit.file.unsupported");
			}
		}
		String text;
		try {
			text = strict(StandardCharsets.UTF_8, content);
		}
		catch (CharacterCodingException notUtf8) {
			text = new String(content, Charset.forName("windows-1252"));
		}
		long control = text.chars()
			.filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			.count();
		if (control > text.length() / 100) {
			throw new UnreadableReport("reportaudit.file.unsupported");
		}
		return text;
	}

	private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
		CharBuffer decoded = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content));
		return decoded.toString();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}

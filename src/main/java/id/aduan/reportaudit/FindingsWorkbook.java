package id.aduan.reportaudit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The findings as a spreadsheet, one row per finding, for the office that has to correct its
 * report: the same columns as the page, headings in the reader's language, the stable rule id
 * beside the rule's name so rows can be filtered.
 */
final class FindingsWorkbook {

	private static final List<String> HEADINGS = List.of("reportaudit.column.line", "reportaudit.column.rule",
			"reportaudit.column.rule", "reportaudit.column.concerned", "reportaudit.column.expected",
			"reportaudit.column.found", "reportaudit.column.message");

	private FindingsWorkbook() {
	}

	static byte[] of(List<FindingView> findings, Function<String, String> text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text.apply("reportaudit.sheet"));
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row heading = sheet.createRow(0);
			for (int column = 0; column < HEADINGS.size(); column++) {
				heading.createCell(column).setCellValue(text.apply(HEADINGS.get(column)));
				heading.getCell(column).setCellStyle(bold);
			}
			int row = 1;
			for (FindingView finding : findings) {
				Row line = sheet.createRow(row++);
				line.createCell(0).setCellValue(finding.line());
				line.createCell(1).setCellValue(finding.rule());
				line.createCell(2).setCellValue(text.apply("reportaudit.rule." + finding.rule()));
				line.createCell(3).setCellValue(finding.text());
				line.createCell(4).setCellValue(finding.expected());
				line.createCell(5).setCellValue(finding.found());
				line.createCell(6).setCellValue(finding.message());
			}
			sheet.createFreezePane(0, 1);
			for (int column = 0; column < HEADINGS.size() - 1; column++) {
				sheet.setColumnWidth(column, column == 3 ? 40 * 256 : 18 * 256);
			}
			sheet.setColumnWidth(HEADINGS.size() - 1, 80 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}
}

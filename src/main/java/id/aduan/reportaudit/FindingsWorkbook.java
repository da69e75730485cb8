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
 * report: the same columns as the page, headings in the reader's language, the rule named in that
 * language, and the stable rule id last (for filtering) since readers do not read codes.
 */
final class FindingsWorkbook {

	private static final List<String> HEADINGS = List.of("reportaudit.column.line", "reportaudit.column.page",
			"reportaudit.column.rule", "reportaudit.column.concerned", "reportaudit.column.expected",
			"reportaudit.column.found", "reportaudit.column.message", "reportaudit.column.ruleId");

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
				if (finding.page() > 0) {
					line.createCell(1).setCellValue(finding.page());
				}
				line.createCell(2).setCellValue(text.apply("reportaudit.rule." + finding.rule()));
				line.createCell(3).setCellValue(finding.text());
				line.createCell(4).setCellValue(finding.expected());
				line.createCell(5).setCellValue(finding.found());
				line.createCell(6).setCellValue(finding.message());
				line.createCell(7).setCellValue(finding.rule());
			}
			sheet.createFreezePane(0, 1);
			for (int column = 0; column < HEADINGS.size(); column++) {
				sheet.setColumnWidth(column, switch (column) {
					case 0, 1 -> 10 * 256;
					case 3 -> 40 * 256;
					case 6 -> 80 * 256;
					default -> 24 * 256;
				});
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}
}

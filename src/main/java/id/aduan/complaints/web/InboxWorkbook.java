package id.aduan.complaints.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import id.aduan.complaints.InboxPage;
import id.aduan.complaints.InboxRow;

/**
 * The inbox's current view as an XLSX sheet: one row per complaint in the page's order, the same columns
 * the page shows (status and deadline in words), and a last line with the count the page gave, so the
 * file can be checked against the screen. Headings in the user's language.
 */
final class InboxWorkbook {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final List<String> HEADINGS = List.of("complaint.trackingCode", "complaint.receivedAt",
			"complaint.title", "complaint.channel", "complaint.category", "complaint.unit", "inbox.assignee",
			"complaint.status", "inbox.due", "inbox.dueState");

	private InboxWorkbook() {
	}

	static byte[] of(InboxPage view, ZoneId zone, MessageSource messages, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("inbox.title", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row heading = sheet.createRow(0);
			for (int i = 0; i < HEADINGS.size(); i++) {
				Cell cell = heading.createCell(i);
				cell.setCellValue(messages.getMessage(HEADINGS.get(i), null, locale));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (InboxRow row : view.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.trackingCode());
				line.createCell(1).setCellValue(RECEIVED.format(row.receivedAt().atZone(zone)));
				line.createCell(2).setCellValue(row.title());
				line.createCell(3).setCellValue(row.channelName());
				line.createCell(4).setCellValue(orDash(row.categoryName()));
				line.createCell(5).setCellValue(orDash(row.unitName()));
				line.createCell(6).setCellValue(orDash(row.assigneeName()));
				line.createCell(7).setCellValue(messages.getMessage("status." + row.status(), null, locale));
				line.createCell(8).setCellValue(row.due() == null ? "—" : DUE.format(row.due()));
				line.createCell(9).setCellValue(dueState(row, messages, locale));
			}
			sheet.createRow(r + 1).createCell(0)
				.setCellValue(messages.getMessage("inbox.count", new Object[] { view.total() }, locale));
			for (int i = 0; i < HEADINGS.size(); i++) {
				sheet.autoSizeColumn(i);
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String dueState(InboxRow row, MessageSource messages, Locale locale) {
		return switch (row.dueState()) {
			case OVERDUE -> messages.getMessage("due.overdue.days", new Object[] { row.overdueDays() }, locale);
			case DUE_TODAY -> messages.getMessage("due.today", null, locale);
			case ON_TRACK -> messages.getMessage("due.left", new Object[] { row.daysLeft() }, locale);
			case PAUSED -> messages.getMessage("due.paused", null, locale);
			case NONE -> "—";
		};
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}
}

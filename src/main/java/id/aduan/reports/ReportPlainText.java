package id.aduan.reports;

import java.util.ArrayList;
import java.util.List;

import id.aduan.reports.OfficialReport.Block;
import id.aduan.reports.OfficialReport.Chart;
import id.aduan.reports.OfficialReport.Items;
import id.aduan.reports.OfficialReport.Paragraph;
import id.aduan.reports.OfficialReport.Section;

/**
 * The report as plain text, line by line as it reads on paper: what the report audit reads, and the
 * simplest way to check a report by eye.
 */
public final class ReportPlainText {

	private ReportPlainText() {
	}

	public static String of(OfficialReport report) {
		List<String> lines = new ArrayList<>();
		lines.add(report.title());
		lines.add(report.periodLine());
		lines.add("");
		for (Section section : report.sections()) {
			lines.add(section.number() + (section.number().contains(".") ? " " : ". ") + section.heading());
			for (Block block : section.blocks()) {
				if (block instanceof Paragraph paragraph) {
					lines.add(paragraph.text());
				}
				else if (block instanceof Items items) {
					for (int i = 0; i < items.items().size(); i++) {
						String marker = items.lettered() ? (char) ('a' + i) + ")" : (i + 1) + ".";
						lines.add(marker + " " + items.items().get(i));
					}
					if (items.total() != null) {
						lines.add(items.total());
					}
					if (items.roundingNote() != null) {
						lines.add(items.roundingNote());
					}
				}
				else if (block instanceof Chart chart) {
					lines.add(chart.title());
				}
			}
			lines.add("");
		}
		lines.add(report.closing());
		lines.add("");
		lines.add(report.placeAndDate());
		lines.add(report.office().headTitle());
		lines.add(report.office().headName());
		if (report.office().headRank() != null) {
			lines.add(report.office().headRank());
		}
		if (report.headNip() != null) {
			lines.add("NIP. " + report.headNip());
		}
		lines.add("");
		lines.add("Catatan:");
		report.footnotes().forEach(note -> lines.add("- " + note));
		return String.join("\n", lines) + "\n";
	}
}

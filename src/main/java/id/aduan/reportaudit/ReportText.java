package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as lines of text, whatever file it came from. Line numbers are 1-based, the way a reader
 * and every finding count them.
 */
public record ReportText(List<String> lines) {

	public ReportText {
		lines = List.copyOf(lines);
	}

	/** Splits on any line break (\n, \r\n, \r); a final line break adds no empty line. */
	public static ReportText of(String text) {
		String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = new ArrayList<>(List.of(withoutMark.split("\\R", -1)));
		if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return new ReportText(lines);
	}

	/** The text of line {@code number} (1-based). */
	public String line(int number) {
		return lines.get(number - 1);
	}

	public int size() {
		return lines.size();
	}

	public boolean isBlank() {
		return lines.stream().allMatch(String::isBlank);
	}
}

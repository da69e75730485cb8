package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as the reader sees it, whatever file it came from: its printed lines, numbered from 1 the
 * way a reader and every finding count them, with the page each is printed on (none for text and
 * Word files). A PDF prints sentences and list items over several lines and pages; its
 * {@link Passage passages} are those sentences and items rebuilt, which the audit reads instead of
 * the lines. {@code ocr} says how the text was obtained when it was read from images (null when the
 * file had text).
 */
public record ReportText(List<String> lines, List<Integer> pages, List<Passage> passages, OcrReading ocr) {

	public ReportText {
		lines = List.copyOf(lines);
		pages = List.copyOf(pages);
		passages = List.copyOf(passages);
	}

	public ReportText(List<String> lines) {
		this(lines, List.of(), List.of(), null);
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

	/** The printed page of line {@code number}; 0 when the file has no pages. */
	public int page(int number) {
		return pages.isEmpty() || number < 1 || number > pages.size() ? 0 : pages.get(number - 1);
	}

	/** The same text read by OCR, with what OCR said about it. */
	public ReportText readByOcr(OcrReading reading) {
		return new ReportText(lines, pages, passages, reading);
	}

	/**
	 * What the audit reads: the rebuilt passages, each on the line where it starts, or the lines
	 * themselves when nothing was rebuilt (text and Word files hold one paragraph to a line).
	 */
	public Passages reading() {
		return passages.isEmpty() ? Passages.identity(this) : Passages.of(passages, lines.size());
	}
}

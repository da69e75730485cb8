package id.aduan.reportaudit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A finding as users and clients receive it: the API's and the CLI's JSON objects, the page's rows,
 * the spreadsheet's lines. Field names and order are part of the public contract; {@code page} (the
 * printed page of a PDF's line, 0 when the file has no pages) and {@code ruleName} serve the page,
 * the spreadsheet and the CLI's text and stay out of the JSON.
 */
@JsonPropertyOrder({ "rule", "line", "text", "expected", "found", "message" })
public record FindingView(String rule, int line, String text, String expected, String found, String message,
		@JsonIgnore int page, @JsonIgnore String ruleName) {

	public static FindingView of(Finding finding, Wording wording) {
		return of(finding, 0, wording);
	}

	public static FindingView of(Finding finding, int page, Wording wording) {
		return new FindingView(finding.rule().name(), finding.line(), finding.text(), finding.expected(),
				finding.found(), wording.text(finding.messageKey(), finding.arguments().toArray()), page,
				wording.text("reportaudit.rule." + finding.rule().name()));
	}
}

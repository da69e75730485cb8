package id.aduan.reportaudit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A finding as users and clients receive it: the API's and the CLI's JSON objects, the page's rows,
 * the spreadsheet's lines. Field names and order are part of the public contract.
 */
@JsonPropertyOrder({ "rule", "line", "text", "expected", "found", "message" })
public record FindingView(String rule, int line, String text, String expected, String found, String message) {

	public static FindingView of(Finding finding, Wording wording) {
		return new FindingView(finding.rule().name(), finding.line(), finding.text(), finding.expected(),
				finding.found(), wording.text(finding.messageKey(), finding.arguments().toArray()));
	}
}

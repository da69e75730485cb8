package id.aduan.reportaudit;

import java.util.List;

/**
 * A file the audit cannot read: empty, too large, not a text, DOCX or PDF file, damaged, locked with
 * a password, or a PDF without a text layer (a scan). Carries a message key, so that the page, the
 * API and the CLI tell the user in their language what to do instead.
 */
public class UnreadableReport extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public UnreadableReport(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public UnreadableReport(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = List.of();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}

package id.aduan.reportaudit;

import java.util.List;

/**
 * One thing in a report that does not add up. {@code line} is the printed line (1-based) where it starts;
 * {@code text} is the part of that line concerned, as written; {@code expected} and {@code found}
 * are values (numbers, percentages, dates, weekday names) rather than sentences. The sentence that
 * explains the finding is a message key with its arguments, so the page, the API and the CLI word it
 * in the reader's language from the same bundles.
 */
public record Finding(Rule rule, int line, String text, String expected, String found, String messageKey,
		List<String> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	/** A finding explained by the rule's own message, {@code reportaudit.finding.RULE}. */
	public static Finding of(Rule rule, int line, String text, String expected, String found, Object... arguments) {
		return new Finding(rule, line, text, expected, found, "reportaudit.finding." + rule.name(),
				List.of(arguments).stream().map(String::valueOf).toList());
	}

	/** The same finding on another line: the printed line where it starts. */
	Finding at(int printedLine) {
		return printedLine == line ? this
				: new Finding(rule, printedLine, text, expected, found, messageKey, arguments);
	}

	/** A finding explained by one of the rule's variant messages, {@code reportaudit.finding.RULE.variant}. */
	public Finding variant(String variant) {
		return new Finding(rule, line, text, expected, found, "reportaudit.finding." + rule.name() + "." + variant,
				arguments);
	}
}

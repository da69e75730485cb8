package id.aduan.reportaudit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar aduan.jar audit [--json] FILE}: audits a report from the command line, without
 * starting Spring or a database, so that it runs in a second on any machine with Java. Prints one
 * finding per line in Indonesian, the rule named in words and its id last in brackets for scripts
 * (or a JSON array with {@code --json}). Exit codes: 0 nothing found,
 * 1 findings, 2 the file cannot be read or the command is misused (with the reason on stderr).
 */
public final class AuditCommand {

	public static final int NOTHING_FOUND = 0;

	public static final int FINDINGS = 1;

	public static final int UNREADABLE = 2;

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private AuditCommand() {
	}

	/**
	 * Entry point from the jar's command line: quiet logging on stderr (no Spring runs to set it up), so
	 * that stdout carries the findings alone.
	 */
	public static int runAlone(List<String> arguments, PrintStream out, PrintStream err) {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "reportaudit/cli-logback.xml");
		}
		return run(arguments, out, err);
	}

	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		Wording wording = Wording.bundle(INDONESIAN);
		boolean json = false;
		String file = null;
		for (String argument : arguments) {
			if (argument.equals("--json")) {
				json = true;
			}
			else if (argument.startsWith("-") || file != null) {
				err.println(wording.text("reportaudit.cli.usage"));
				return UNREADABLE;
			}
			else {
				file = argument;
			}
		}
		if (file == null) {
			err.println(wording.text("reportaudit.cli.usage"));
			return UNREADABLE;
		}
		ReportText text;
		try {
			text = new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(content(file));
		}
		catch (UnreadableReport unreadable) {
			err.println(wording.text("reportaudit.cli.unreadable", file,
					wording.text(unreadable.messageKey(), unreadable.arguments())));
			return UNREADABLE;
		}
		List<FindingView> findings = ReportAudit.standard()
			.audit(text)
			.stream()
			.map(finding -> FindingView.of(finding, text.page(finding.line()), wording))
			.toList();
		if (json) {
			out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(findings));
		}
		else {
			if (text.ocr() != null) {
				out.println(wording.text("reportaudit.ocr.note", text.ocr().pages(), text.ocr().confidence(),
						text.ocr().uncertainFigures()));
			}
			for (FindingView finding : findings) {
				String where = finding.page() > 0
						? wording.text("reportaudit.linePage", String.valueOf(finding.line()), String.valueOf(finding.page()))
						: wording.text("reportaudit.line", String.valueOf(finding.line()));
				out.println(wording.text("reportaudit.cli.named", where, finding.ruleName(), finding.message(),
						finding.expected(), finding.found(), finding.rule()));
			}
			out.println(findings.isEmpty() ? wording.text("reportaudit.cli.clean")
					: wording.text("reportaudit.cli.summary", String.valueOf(findings.size())));
		}
		return findings.isEmpty() ? NOTHING_FOUND : FINDINGS;
	}

	private static byte[] content(String file) {
		try {
			Path path = Path.of(file);
			if (Files.isRegularFile(path) && Files.size(path) > ReportReading.DEFAULT_MAX_BYTES) {
				throw new UnreadableReport("reportaudit.file.tooLarge", ReportReading.DEFAULT_MAX_BYTES / (1024 * 1024));
			}
			return Files.readAllBytes(path);
		}
		catch (IOException | InvalidPathException cannotOpen) {
			throw new UnreadableReport("reportaudit.file.cannotOpen", cannotOpen);
		}
	}
}

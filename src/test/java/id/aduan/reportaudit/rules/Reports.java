package id.aduan.reportaudit.rules;

import java.util.List;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.ReportText;
import id.aduan.reportaudit.reading.ReportStructure;

/** Runs one policy over a report written inline, line by line. */
final class Reports {

	private Reports() {
	}

	static List<Finding> check(AuditPolicy policy, String... lines) {
		return policy.check(ReportStructure.of(ReportText.of(String.join("\n", lines))));
	}
}

package id.aduan.reportaudit.rules;

import java.util.List;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.reading.ReportStructure;

/** One rule a report must keep, checked against what was read out of it. */
public interface AuditPolicy {

	List<Finding> check(ReportStructure report);
}

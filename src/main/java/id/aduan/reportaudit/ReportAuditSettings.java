package id.aduan.reportaudit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a report the page and the API accept. Kept below the server's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}), so that an oversized report gets this module's
 * own answer naming the limit. {@code ocrCommand} is the Tesseract program that reads scanned
 * reports ({@code aduan.report-audit.ocr-command}); without it a scan is refused.
 */
@ConfigurationProperties("aduan.report-audit")
record ReportAuditSettings(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("tesseract") String ocrCommand) {
}

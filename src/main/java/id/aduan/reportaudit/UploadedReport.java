package id.aduan.reportaudit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the page and the API share: an uploaded file read and audited within the request, the
 * findings worded in the reader's language. The file's bytes live only as long as the request.
 */
record UploadedReport(String fileName, ReportText text, List<FindingView> findings) {

	static UploadedReport audit(MultipartFile file, ReportReading reading, ReportAudit audit, MessageSource messages,
			Locale locale) {
		if (file == null || file.isEmpty()) {
			throw new UnreadableReport(file == null ? "reportaudit.file.missing" : "reportaudit.file.empty");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException lost) {
			throw new UnreadableReport("reportaudit.file.cannotOpen", lost);
		}
		ReportText text = reading.read(content);
		Wording wording = (key, arguments) -> messages.getMessage(key, arguments, locale);
		List<FindingView> findings = audit.audit(text)
			.stream()
			.map(finding -> FindingView.of(finding, text.page(finding.line()), wording))
			.toList();
		return new UploadedReport(file.getOriginalFilename(), text, findings);
	}
}

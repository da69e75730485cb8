package id.aduan.reportaudit;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The "Periksa Laporan" page, open to everyone (a citizen may audit a published report): upload a
 * file, read the report line by line with each finding beside its line, download the findings as a
 * spreadsheet. The spreadsheet is built in the same request and handed over as a data link, so no
 * upload and no finding outlives the request.
 */
@Controller
class ReportAuditPage {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * One printed line of the report with the findings that concern it; {@code newPage} is the page
	 * it opens (0 when it opens none, or the file has no pages).
	 */
	record Line(int number, String text, int newPage, List<FindingView> findings) {
	}

	private final ReportReading reading;

	private final ReportAudit audit;

	private final MessageSource messages;

	private final ReportAuditSettings settings;

	ReportAuditPage(ReportReading reading, ReportAudit audit, MessageSource messages, ReportAuditSettings settings) {
		this.reading = reading;
		this.audit = audit;
		this.messages = messages;
		this.settings = settings;
	}

	@GetMapping("/periksa-laporan")
	ModelAndView form() {
		return page();
	}

	@PostMapping("/periksa-laporan")
	ModelAndView audit(@RequestParam(name = "file", required = false) MultipartFile file) {
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView page = page();
		try {
			UploadedReport report = UploadedReport.audit(file, reading, audit, messages, locale);
			page.addObject("report", report);
			page.addObject("lines", lines(report));
			byte[] workbook = FindingsWorkbook.of(report.findings(), key -> messages.getMessage(key, null, locale));
			page.addObject("xlsx", "data:" + XLSX + ";base64," + Base64.getEncoder().encodeToString(workbook));
		}
		catch (UnreadableReport unreadable) {
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			page.addObject("fileError", messages.getMessage(unreadable.messageKey(), unreadable.arguments(), locale));
		}
		return page;
	}

	private ModelAndView page() {
		ModelAndView page = new ModelAndView("reportaudit/audit");
		page.addObject("maxMegabytes", settings.maxSize().toMegabytes());
		return page;
	}

	private static List<Line> lines(UploadedReport report) {
		ReportText text = report.text();
		return IntStream.rangeClosed(1, text.size())
			.mapToObj(n -> new Line(n, text.line(n), text.page(n) != text.page(n - 1) ? text.page(n) : 0,
					report.findings().stream().filter(finding -> finding.line() == n).toList()))
			.toList();
	}
}

package id.aduan.reportaudit;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.aduan.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/report-audits}: anyone may audit a report, without logging in. A file that
 * cannot be read is the user's mistake: 422 problem JSON naming the field {@code file}, never 500. A
 * scan read by OCR says so in the {@value #OCR_HEADER} header.
 */
@RestController
@Tag(name = "Periksa Laporan", description = "Memeriksa angka dalam laporan pengaduan")
class ReportAuditApi {

	/** Says that the report was a scan read by OCR, and how surely; the JSON body stays the findings array. */
	static final String OCR_HEADER = "X-Read-By-OCR";

	private final ReportReading reading;

	private final ReportAudit audit;

	private final MessageSource messages;

	ReportAuditApi(ReportReading reading, ReportAudit audit, MessageSource messages) {
		this.reading = reading;
		this.audit = audit;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/report-audits", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Memeriksa laporan",
			description = "Unggah laporan (TXT, DOCX, XLSX, atau PDF, juga hasil pindaian) sebagai bagian multipart "
					+ "\"file\"; jawabannya daftar temuan {rule, line, text, expected, found, message}, kosong bila "
					+ "semuanya cocok. Laporan hasil pindaian dibaca dengan OCR, dan jawabannya membawa kepala "
					+ OCR_HEADER + ".")
	@ApiResponse(responseCode = "422", description = "Berkas tidak ada, kosong, terlalu besar, atau tidak dapat dibaca")
	@ApiResponse(responseCode = "200", description = "Daftar temuan", headers = @Header(name = OCR_HEADER,
			description = "Hanya untuk laporan hasil pindaian yang dibaca dengan OCR: pages=N; confidence=0-100; "
					+ "uncertain-figures=N (angka yang tidak terbaca dengan yakin dan tidak diperiksa)"))
	ResponseEntity<List<FindingView>> audit(@RequestParam(name = "file", required = false) MultipartFile file) {
		try {
			UploadedReport report = UploadedReport.audit(file, reading, audit, messages, LocaleContextHolder.getLocale());
			ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
			OcrReading ocr = report.text().ocr();
			if (ocr != null) {
				answer.header(OCR_HEADER, "pages=" + ocr.pages() + "; confidence=" + ocr.confidence()
						+ "; uncertain-figures=" + ocr.uncertainFigures());
			}
			return answer.body(report.findings());
		}
		catch (UnreadableReport unreadable) {
			throw InvalidInput.of("file", unreadable.messageKey(), unreadable.arguments());
		}
	}
}

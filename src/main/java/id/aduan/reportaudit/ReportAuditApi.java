package id.aduan.reportaudit;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.aduan.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/report-audits}: anyone may audit a report, without logging in. A file that
 * cannot be read is the user's mistake: 422 problem JSON naming the field {@code file}, never 500.
 */
@RestController
@Tag(name = "Periksa Laporan", description = "Memeriksa angka dalam laporan pengaduan")
class ReportAuditApi {

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
			description = "Unggah laporan (TXT, DOCX, atau PDF dengan lapisan teks) sebagai bagian multipart \"file\"; "
					+ "jawabannya daftar temuan {rule, line, text, expected, found, message}, kosong bila semuanya cocok.")
	@ApiResponse(responseCode = "200", description = "Daftar temuan")
	@ApiResponse(responseCode = "422", description = "Berkas tidak ada, kosong, terlalu besar, atau tidak dapat dibaca")
	List<FindingView> audit(@RequestParam(name = "file", required = false) MultipartFile file) {
		try {
			return UploadedReport.audit(file, reading, audit, messages, LocaleContextHolder.getLocale()).findings();
		}
		catch (UnreadableReport unreadable) {
			throw InvalidInput.of("file", unreadable.messageKey(), unreadable.arguments());
		}
	}
}

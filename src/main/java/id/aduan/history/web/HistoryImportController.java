package id.aduan.history.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.history.HistoryImport;
import id.aduan.history.HistoryImportResult;
import id.aduan.history.HistoryTemplate;
import id.aduan.history.RowProblem;

/**
 * The administrator's history import: download the template, upload the filled-in file, look at what
 * would be imported (or every problem by row and column), then import it. The file waits in the
 * session between the look and the import, so that what is imported is exactly what was checked.
 */
@Controller
@RequestMapping("/admin/impor-riwayat")
class HistoryImportController {

	/** The checked file, waiting for the administrator's confirmation. */
	record Upload(String fileName, byte[] content) implements java.io.Serializable {
	}

	static final String UPLOAD = "history.upload";

	private final HistoryImport imports;

	private final HistoryTemplate template;

	private final MessageSource messages;

	HistoryImportController(HistoryImport imports, HistoryTemplate template, MessageSource messages) {
		this.imports = imports;
		this.template = template;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("columns", template.columns());
		return "history/import";
	}

	@PostMapping("/pratinjau")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, Model model) throws IOException {
		String name = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "-"
				: file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		HistoryImportResult result = imports.importFile(name, content, true, staff.actor());
		model.addAttribute("result", result);
		model.addAttribute("problems", result.problems().stream().map(this::text).toList());
		model.addAttribute("columns", template.columns());
		if (result.refused() || result.imported() == 0) {
			session.removeAttribute(UPLOAD);
		}
		else {
			session.setAttribute(UPLOAD, new Upload(name, content));
		}
		return "history/import";
	}

	@PostMapping("/impor")
	String importChecked(@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(UPLOAD) instanceof Upload upload)) {
			redirect.addFlashAttribute("notice", "history.page.expired");
			return "redirect:/admin/impor-riwayat";
		}
		HistoryImportResult result = imports.importFile(upload.fileName(), upload.content(), false, staff.actor());
		session.removeAttribute(UPLOAD);
		if (result.refused()) {
			model.addAttribute("result", result);
			model.addAttribute("problems", result.problems().stream().map(this::text).toList());
			model.addAttribute("columns", template.columns());
			return "history/import";
		}
		redirect.addFlashAttribute("imported", result);
		return "redirect:/admin/impor-riwayat";
	}

	@GetMapping("/templat.xlsx")
	ResponseEntity<byte[]> xlsx() {
		return download("templat-impor-riwayat.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.xlsx());
	}

	@GetMapping("/templat.csv")
	ResponseEntity<byte[]> csv() {
		return download("templat-impor-riwayat.csv", "text/csv; charset=UTF-8", template.csv());
	}

	/** "Baris 5, kolom received_at: …" in the reader's language; a problem of the whole file without row. */
	private String text(RowProblem problem) {
		String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
				LocaleContextHolder.getLocale());
		return problem.row() == 0 ? message
				: messages.getMessage("history.problem", new Object[] { String.valueOf(problem.row()), problem.column(),
						message }, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> download(String name, String type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}

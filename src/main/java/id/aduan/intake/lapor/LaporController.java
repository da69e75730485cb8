package id.aduan.intake.lapor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;

/**
 * The SP4N-LAPOR! page of the help desk and the coordinator: upload LAPOR!'s export (CSV or XLSX) and
 * see what it created, updated or left alone, or every problem by row and column; download Aduan's
 * follow-ups to enter back into LAPOR!; download a sample export.
 */
@Controller
@RequestMapping("/staf/lapor")
class LaporController {

	static final String SAMPLE = "lapor/contoh-ekspor-lapor.csv";

	private final LaporSync sync;

	private final LaporSettings settings;

	private final Catalog catalog;

	private final MessageSource messages;

	LaporController(LaporSync sync, LaporSettings settings, Catalog catalog, MessageSource messages) {
		this.sync = sync;
		this.settings = settings;
		this.catalog = catalog;
		this.messages = messages;
	}

	/** "Baris 5, kolom Tanggal Laporan: …" in the reader's language; a problem of the whole file without row. */
	private String text(LaporProblem problem) {
		String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
				LocaleContextHolder.getLocale());
		return problem.row() == 0 ? message
				: messages.getMessage("lapor.problem", new Object[] { String.valueOf(problem.row()), problem.column(), message },
						LocaleContextHolder.getLocale());
	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("imports", sync.recentImports(staff.actor()));
		model.addAttribute("zone", catalog.office().zone());
		return "intake/lapor";
	}

	@PostMapping("/impor")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) throws IOException {
		String name = file == null || file.getOriginalFilename() == null ? "-" : file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		try {
			LaporImportResult result = sync.importFrom(LaporFile.upload(name, content, settings.zone()), name,
					staff.actor());
			redirect.addFlashAttribute("result", result);
			redirect.addFlashAttribute("notice", "lapor.imported");
			return "redirect:/staf/lapor";
		}
		catch (LaporImportRejected rejected) {
			model.addAttribute("problems", rejected.problems().stream().map(this::text).toList());
			model.addAttribute("fileName", name);
			return page(staff, model);
		}
	}

	@GetMapping("/tindak-lanjut.{format}")
	ResponseEntity<byte[]> followUps(@PathVariable String format,
			@RequestParam(name = "sejak", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@AuthenticationPrincipal StaffPrincipal staff) {
		LaporFile.Format chosen = "xlsx".equals(format) ? LaporFile.Format.XLSX : LaporFile.Format.CSV;
		LaporConnector.Delivery file = sync.followUps(LaporFile.export(chosen, settings.zone()),
				since == null ? null : since.atStartOfDay(catalog.office().zone()).toInstant(), staff.actor());
		return download(file.fileName(), file.contentType(), file.content());
	}

	@GetMapping("/contoh.csv")
	ResponseEntity<byte[]> sample() {
		try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
			return download("contoh-ekspor-lapor.csv", "text/csv; charset=UTF-8", in.readAllBytes());
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	private static ResponseEntity<byte[]> download(String name, String type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}

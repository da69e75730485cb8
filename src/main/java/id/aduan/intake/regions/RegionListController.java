package id.aduan.intake.regions;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The administrator's region list (daftar wilayah): districts with their villages, a place added, renamed,
 * reordered or deactivated, and the BPS list loaded from a file. A refused form or file answers 422 with
 * every problem shown and nothing stored.
 */
@Controller
@RequestMapping(RegionListController.PATH)
class RegionListController {

	static final String PATH = "/admin/wilayah";

	private final RegionListEditing editing;

	private final MessageSource messages;

	RegionListController(RegionListEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("districts", editing.districts());
		model.addAttribute("columns", RegionFile.COLUMNS);
		return "intake/regions";
	}

	/**
	 * The list as it is kept, as the import reads it (kode, nama, jenis, kode_induk; semicolons, as a
	 * spreadsheet in an Indonesian locale saves CSV): the template to complete from the BPS code list and
	 * import again. Inactive places are listed too, so a round trip changes nothing.
	 */
	@GetMapping(path = "/daftar-wilayah.csv", produces = "text/csv;charset=UTF-8")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<String> download() {
		StringBuilder csv = new StringBuilder(String.join(";", RegionFile.COLUMNS)).append("\r\n");
		editing.districts().forEach((district, villages) -> {
			row(csv, district, null);
			villages.forEach(village -> row(csv, village, district.code()));
		});
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"daftar-wilayah.csv\"")
			.body(csv.toString());
	}

	private static void row(StringBuilder csv, RegionEntry place, String parentCode) {
		csv.append(cell(place.code())).append(';').append(cell(place.name())).append(';').append(place.kind())
			.append(';').append(parentCode == null ? "" : cell(parentCode)).append("\r\n");
	}

	/** A cell quoted when it holds the separator, a quote or a line break. */
	private static String cell(String value) {
		return value.matches("[^;\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
	}

	@GetMapping("/baru")
	String createForm(@RequestParam(name = "induk", required = false) Long parentId, Model model) {
		RegionForm form = new RegionForm();
		form.setKind(parentId == null ? PlaceKind.KECAMATAN.name() : PlaceKind.DESA.name());
		form.setParentId(parentId);
		model.addAttribute("form", form);
		return form(model);
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("form") RegionForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return saved(() -> editing.add(form.toDraft(), user.getUsername()), binding, model, response, redirect);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		RegionEntry place = place(id);
		model.addAttribute("place", place);
		model.addAttribute("form", RegionForm.of(place));
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") RegionForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RegionEntry place = place(id);
		model.addAttribute("place", place);
		form.setKind(place.kind());
		return saved(() -> editing.update(id, form.toDraft(), user.getUsername()), binding, model, response,
				redirect);
	}

	/** Saves and goes back to the list; a form the rules refuse comes back as 422 with each field's problem. */
	private String saved(Runnable save, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				save.run();
				redirect.addFlashAttribute("notice", "region.saved");
				return "redirect:" + PATH;
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model);
	}

	@PostMapping("/impor")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal UserDetails user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		String name = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "-"
				: file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		RegionListEditing.ImportResult result = editing.importFile(name, content, user.getUsername());
		if (!result.refused()) {
			redirect.addFlashAttribute("imported", result);
			return "redirect:" + PATH;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refused", result);
		model.addAttribute("problems", result.problems().stream().map(this::text).toList());
		return list(model);
	}

	private RegionEntry place(long id) {
		return editing.place(id).orElseThrow(() -> new NotFound("region.place.unknown"));
	}

	/**
	 * The form, offering the active districts for a village, and the village's own district even when it
	 * is no longer active (so that saving a rename does not move it).
	 */
	private String form(Model model) {
		Long current = model.getAttribute("place") instanceof RegionEntry place ? place.parentId() : null;
		List<RegionEntry> districts = editing.districts()
			.keySet()
			.stream()
			.filter(district -> district.active() || Long.valueOf(district.id()).equals(current))
			.toList();
		model.addAttribute("districtChoices", districts);
		return "intake/region";
	}

	/** "Baris 5, kolom kode: …" in the reader's language; a problem of the whole file without row. */
	private String text(FileProblem problem) {
		String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
				LocaleContextHolder.getLocale());
		return problem.row() == 0 ? message
				: messages.getMessage("region.file.problem", new Object[] { String.valueOf(problem.row()),
						problem.column(), message }, LocaleContextHolder.getLocale());
	}
}

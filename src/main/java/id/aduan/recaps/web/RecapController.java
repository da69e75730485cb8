package id.aduan.recaps.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.recaps.EntryDraft;
import id.aduan.recaps.RecapSubmission;
import id.aduan.recaps.RecapView;
import id.aduan.system.InvalidInput;

/**
 * A unit's recap of a month: its officers review, add lines received outside Aduan (or import the
 * spreadsheet) and submit; its head approves or sends it back; the coordinator reads it, sends it back,
 * and names the head.
 */
@Controller
class RecapController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RecapSubmission submission;

	private final Catalog catalog;

	private final MessageSource messages;

	RecapController(RecapSubmission submission, Catalog catalog, MessageSource messages) {
		this.submission = submission;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/staf/rekap/{unit}/{month}")
	String show(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit, @PathVariable String month,
			Model model) {
		return page(staff, unit, month, new EntryForm(), new ImportForm(), new NoteForm(), model);
	}

	@PostMapping("/staf/rekap/{unit}/{month}/baris")
	String addEntry(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, @ModelAttribute("entryForm") EntryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		try {
			if (binding.hasErrors()) {
				submission.check(form.toDraft());
			}
			else {
				submission.addEntry(workUnit.id(), RecapPages.month(month), form.toDraft(), staff.actor());
				redirect.addFlashAttribute("notice", "recap.entry.added");
				return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
			}
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return page(staff, unit, month, form, new ImportForm(), new NoteForm(), model);
	}

	@PostMapping("/staf/rekap/{unit}/{month}/baris/{entry}/hapus")
	String removeEntry(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, @PathVariable long entry, RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		submission.removeEntry(workUnit.id(), RecapPages.month(month), entry, staff.actor());
		redirect.addFlashAttribute("notice", "recap.entry.removed");
		return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
	}

	@PostMapping("/staf/rekap/{unit}/{month}/impor")
	String importFile(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, @ModelAttribute("importForm") ImportForm form, Model model,
			RedirectAttributes redirect) throws IOException {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		try {
			byte[] bytes = form.getFile() == null ? new byte[0] : form.getFile().getBytes();
			redirect.addFlashAttribute("importResult",
					submission.importSpreadsheet(workUnit.id(), RecapPages.month(month), bytes, staff.actor()));
			return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
		}
		catch (InvalidInput invalid) {
			// Every problem of the file at once: the binding would keep only the first one of its field.
			model.addAttribute("importProblems", invalid.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
						LocaleContextHolder.getLocale()))
				.toList());
		}
		return page(staff, unit, month, new EntryForm(), form, new NoteForm(), model);
	}

	@GetMapping("/staf/rekap/{unit}/{month}/formulir.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		YearMonth period = RecapPages.month(month);
		byte[] file = submission.template(workUnit.id(), period, staff.actor());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("Rekap_Pengaduan_" + workUnit.code() + "_" + period + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(file);
	}

	@PostMapping("/staf/rekap/{unit}/{month}/kirim")
	String submit(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		submission.submit(workUnit.id(), RecapPages.month(month), staff.actor(), LocaleContextHolder.getLocale());
		redirect.addFlashAttribute("notice", "recap.submitted");
		return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
	}

	@PostMapping("/staf/rekap/{unit}/{month}/setujui")
	String approve(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		submission.approve(workUnit.id(), RecapPages.month(month), staff.actor());
		redirect.addFlashAttribute("notice", "recap.approved");
		return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
	}

	@PostMapping("/staf/rekap/{unit}/{month}/kembalikan")
	String sendBack(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, @ModelAttribute("noteForm") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		try {
			submission.sendBack(workUnit.id(), RecapPages.month(month), form.getNote(), staff.actor());
			redirect.addFlashAttribute("notice", "recap.sentBack");
			return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return page(staff, unit, month, new EntryForm(), new ImportForm(), form, model);
	}

	@PostMapping("/staf/rekap/{unit}/{month}/kepala")
	String nameHead(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String unit,
			@PathVariable String month, @ModelAttribute("noteForm") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		try {
			submission.nameHead(workUnit.id(), form.getHeadId(), staff.actor());
			redirect.addFlashAttribute("notice", "recap.head.named");
			return "redirect:/staf/rekap/" + workUnit.code() + "/" + month;
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return page(staff, unit, month, new EntryForm(), new ImportForm(), form, model);
	}

	private String page(StaffPrincipal staff, String unit, String month, EntryForm entryForm, ImportForm importForm,
			NoteForm noteForm, Model model) {
		WorkUnit workUnit = RecapPages.unit(catalog, unit);
		RecapView view = submission.view(workUnit.id(), RecapPages.month(month), staff.actor(),
				LocaleContextHolder.getLocale());
		model.addAttribute("view", view);
		model.addAttribute("entryForm", entryForm);
		model.addAttribute("importForm", importForm);
		model.addAttribute("noteForm", noteForm);
		model.addAttribute("channels", catalog.activeItems(ReferenceList.CHANNEL));
		model.addAttribute("categories", catalog.activeItems(ReferenceList.CATEGORY));
		model.addAttribute("forms", catalog.activeItems(ReferenceList.FORM));
		model.addAttribute("services", catalog.activeServices());
		model.addAttribute("statuses", EntryDraft.STATUSES);
		return "recaps/recap";
	}
}

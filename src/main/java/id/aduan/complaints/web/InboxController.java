package id.aduan.complaints.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.InboxPage;
import id.aduan.complaints.InboxQuery;
import id.aduan.complaints.SavedFilters;
import id.aduan.system.ActionRefused;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/**
 * The staff's inbox: a view (filters, sort, "my complaints"), its export, the person's saved views, and
 * actions on the rows chosen (route, assign, export). Bulk actions go through {@link ComplaintHandling}
 * and are all or nothing.
 */
@Controller
class InboxController {

	private final ComplaintQueries queries;

	private final ComplaintHandling handling;

	private final SavedFilters savedFilters;

	private final Catalog catalog;

	private final MessageSource messages;

	InboxController(ComplaintQueries queries, ComplaintHandling handling, SavedFilters savedFilters, Catalog catalog,
			MessageSource messages) {
		this.queries = queries;
		this.handling = handling;
		this.savedFilters = savedFilters;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/staf/pengaduan")
	String inbox(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long channelId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) InboxQuery.Due due,
			@RequestParam(required = false) InboxQuery.Sort sort, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		InboxQuery query = new InboxQuery(status, unitId, channelId, categoryId, serviceId, from, to, q, due, sort, mine,
				List.of(), page, InboxQuery.DEFAULT_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
		model.addAttribute("result", queries.inbox(query, staff.actor()));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("dues", InboxQuery.Due.values());
		model.addAttribute("sorts", InboxQuery.Sort.values());
		model.addAttribute("units", catalog.unitTree().ordered());
		model.addAttribute("activeUnits", catalog.unitTree().orderedActive());
		model.addAttribute("channels", catalog.items(ReferenceList.CHANNEL));
		model.addAttribute("categories", catalog.items(ReferenceList.CATEGORY));
		model.addAttribute("services", catalog.services());
		model.addAttribute("savedFilters", savedFilters.of(staff.actor()));
		model.addAttribute("officers", queries.officersWithin(staff.actor()));
		model.addAttribute("canRoute", staff.role() == Role.COORDINATOR);
		model.addAttribute("canAssign", staff.role() == Role.COORDINATOR || staff.role() == Role.UNIT_OFFICER);
		if (staff.role() == Role.HEAD) {
			model.addAttribute("escalated", queries.escalatedToHead(staff.actor()));
		}
		return "complaints/inbox";
	}

	/** The current view (every page of it), or only the rows chosen, as an XLSX file. */
	@GetMapping("/staf/pengaduan/ekspor")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long channelId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) InboxQuery.Due due,
			@RequestParam(required = false) InboxQuery.Sort sort, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) List<Long> ids) {
		InboxQuery query = new InboxQuery(status, unitId, channelId, categoryId, serviceId, from, to, q, due, sort, mine,
				ids, 0, InboxQuery.DEFAULT_SIZE);
		InboxPage view = queries.inboxForExport(query, staff.actor());
		byte[] file = InboxWorkbook.of(view, catalog.office().zone(), messages, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pengaduan-" + LocalDate.now(catalog.office().zone()) + ".xlsx")
						.build()
						.toString())
			.body(file);
	}

	/** Routes or assigns the chosen rows, all or none; the inbox says which complaint refused and why. */
	@PostMapping("/staf/pengaduan/massal")
	String bulk(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam String action,
			@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long officerId, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		try {
			switch (action) {
				case "ROUTE" -> handling.routeAll(ids, unitId, staff.actor());
				case "ASSIGN" -> handling.assignAll(ids, officerId, staff.actor());
				default -> throw InvalidInput.of("action", "inbox.bulk.unknown");
			}
			redirect.addFlashAttribute("notice", "inbox.bulk.done." + action);
		}
		catch (InvalidInput invalid) {
			FieldProblem first = invalid.problems().get(0);
			redirect.addFlashAttribute("problem", text(first.messageKey(), first.arguments().toArray()));
		}
		catch (ActionRefused refused) {
			redirect.addFlashAttribute("problem", text(refused.messageKey(), refused.arguments()));
		}
		return "redirect:/staf/pengaduan" + (back.isBlank() ? "" : "?" + safe(back));
	}

	@PostMapping("/staf/pengaduan/saringan")
	String saveFilter(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		try {
			savedFilters.save(name, query, staff.actor());
			redirect.addFlashAttribute("notice", "inbox.saved.done");
		}
		catch (InvalidInput invalid) {
			FieldProblem first = invalid.problems().get(0);
			redirect.addFlashAttribute("problem", text("inbox.saved.invalid", new Object[0]) + " "
					+ text(first.messageKey(), first.arguments().toArray()));
		}
		return "redirect:/staf/pengaduan" + (query.isBlank() ? "" : "?" + safe(query));
	}

	@PostMapping("/staf/pengaduan/saringan/{id}/hapus")
	String deleteFilter(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
			RedirectAttributes redirect) {
		savedFilters.delete(id, staff.actor());
		redirect.addFlashAttribute("notice", "inbox.saved.deleted");
		return "redirect:/staf/pengaduan";
	}

	/** A query string to go back to, kept to the characters a query string has (no header splitting). */
	private static String safe(String query) {
		return query.replaceAll("[^A-Za-z0-9_.~%&=+\\-]", "");
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}

package id.aduan.complaints.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.InboxQuery;

@Controller
class InboxController {

	private final ComplaintQueries queries;

	private final Catalog catalog;

	InboxController(ComplaintQueries queries, Catalog catalog) {
		this.queries = queries;
		this.catalog = catalog;
	}

	@GetMapping("/staf/pengaduan")
	String inbox(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long channelId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) InboxQuery.Due due,
			@RequestParam(required = false) InboxQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		InboxQuery query = new InboxQuery(status, unitId, channelId, categoryId, serviceId, from, to, q, due, sort,
				page, InboxQuery.DEFAULT_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("result", queries.inbox(query, staff.actor()));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("dues", InboxQuery.Due.values());
		model.addAttribute("sorts", InboxQuery.Sort.values());
		model.addAttribute("units", catalog.unitTree().ordered());
		model.addAttribute("channels", catalog.items(ReferenceList.CHANNEL));
		model.addAttribute("categories", catalog.items(ReferenceList.CATEGORY));
		model.addAttribute("services", catalog.services());
		return "complaints/inbox";
	}
}

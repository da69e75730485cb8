package id.aduan.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.RequestParam;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.reports.ReportExports;
import id.aduan.reports.ReportFormat;
import id.aduan.reports.ReportPeriod;
import id.aduan.reports.ReportWriting;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The official report: choose a period, read it on the page, download it as a file. For the
 * coordinator, who writes it, and the head of office, who signs it.
 */
@Controller
class ReportController {

	private final ReportWriting writing;

	private final ReportExports exports;

	private final Catalog catalog;

	private final Clock clock;

	ReportController(ReportWriting writing, ReportExports exports, Catalog catalog, Clock clock) {
		this.writing = writing;
		this.exports = exports;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/staf/laporan")
	String report(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			Model model) {
		allowed(staff);
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));
		model.addAttribute("today", today);
		model.addAttribute("formats", ReportFormat.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("signedOn", signedOn);
		if (from == null || to == null) {
			return "reports/report";
		}
		try {
			ReportPeriod period = new ReportPeriod(from, to);
			model.addAttribute("report", writing.write(period, signedOn));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problems", invalid.problems());
		}
		return "reports/report";
	}

	@GetMapping("/staf/laporan/unduh/{format}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String format,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn) {
		allowed(staff);
		ReportFormat chosen = ReportFormat.parse(format);
		if (chosen == null) {
			throw new NotFound("report.format.unknown");
		}
		ReportExports.Export export = exports.export(new ReportPeriod(from, to), signedOn, chosen,
				staff.actor());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(export.content());
	}

	private static void allowed(StaffPrincipal staff) {
		if (staff.role() != Role.COORDINATOR && staff.role() != Role.HEAD) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "report.role");
		}
	}
}

package id.aduan.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;
import id.aduan.system.ActionRefused;

/**
 * The dashboard of the head of office and the coordinator: the same figures as the report for any
 * period and unit, live, with the deadlines that have passed per unit.
 */
@Controller
class DashboardController {

	private final ComplaintStatistics statistics;

	private final ComplaintQueries complaints;

	private final Catalog catalog;

	private final Clock clock;

	DashboardController(ComplaintStatistics statistics, ComplaintQueries complaints, Catalog catalog, Clock clock) {
		this.statistics = statistics;
		this.complaints = complaints;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/staf/dasbor")
	String dashboard(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unitId, Model model) {
		if (staff.role() != Role.HEAD && staff.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "dashboard.role");
		}
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));
		ReportPeriod period = new ReportPeriod(from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
		Figures figures = statistics.figures(period, unitId, LocaleContextHolder.getLocale());
		WorkUnitTree tree = catalog.unitTree();
		Map<String, Long> overdue = new LinkedHashMap<>();
		complaints.overdueByUnit().forEach((unit, count) -> overdue.put(
				unit == 0 ? null : tree.find(unit).map(found -> found.name()).orElse("?"), count));
		model.addAttribute("period", period);
		model.addAttribute("unitId", unitId);
		model.addAttribute("units", tree.ordered());
		model.addAttribute("f", figures);
		model.addAttribute("overdue", overdue);
		model.addAttribute("overdueTotal", overdue.values().stream().mapToLong(Long::longValue).sum());
		return "reports/dashboard";
	}
}

package id.aduan.opendata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import id.aduan.catalog.Catalog;
import id.aduan.reports.ReportPeriod;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/** The public statistics page: the open data of a period for people, beside links to the same as JSON and CSV. */
@Controller
class StatisticsPageController {

	private final PublicStatistics statistics;

	private final Catalog catalog;

	private final Clock clock;

	private final MessageSource messages;

	StatisticsPageController(PublicStatistics statistics, Catalog catalog, Clock clock, MessageSource messages) {
		this.statistics = statistics;
		this.catalog = catalog;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/pengaduan/statistik")
	ModelAndView page(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		ModelAndView page = new ModelAndView("opendata/statistics");
		page.addObject("from", from);
		page.addObject("to", to);
		ReportPeriod period;
		try {
			period = StatisticsPeriod.of(from, to, clock, catalog.office().zone());
		}
		catch (InvalidInput invalid) {
			List<String> errors = new ArrayList<>();
			for (FieldProblem problem : invalid.problems()) {
				errors.add(messages.getMessage("statistics.parameter", new Object[] { problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments().toArray(), LocaleContextHolder.getLocale()) },
						LocaleContextHolder.getLocale()));
			}
			page.addObject("errors", errors);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		page.addObject("f", statistics.of(period, LocaleContextHolder.getLocale()));
		page.addObject("from", period.from());
		page.addObject("to", period.to());
		return page;
	}
}

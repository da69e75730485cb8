package id.aduan.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.catalog.Catalog;
import id.aduan.reports.ReportPeriod;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The office's complaint figures as open data: JSON ({@link PublicFigures}), or CSV with {@code format=csv}
 * or {@code Accept: text/csv}. A period that cannot be read is the caller's mistake, answered 400 with the
 * parameter named, not the 422 of a form that was understood but refused.
 */
@RestController
@Tag(name = "Data terbuka")
class StatisticsApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final PublicStatistics statistics;

	private final Catalog catalog;

	private final Clock clock;

	private final MessageSource messages;

	StatisticsApi(PublicStatistics statistics, Catalog catalog, Clock clock, MessageSource messages) {
		this.statistics = statistics;
		this.catalog = catalog;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/api/v1/public/statistics")
	@Operation(summary = "Statistik pengaduan (data terbuka)",
			description = "Jumlah pengaduan yang diterima dalam periode (total), per bulan, saluran, kategori, dan unit kerja; "
					+ "yang ditanggapi, ditanggapi dalam batas waktu, dan masih terbuka; median waktu tanggapan (hari kerja); "
					+ "rata-rata penilaian pengadu. Angka yang sama dengan laporan resmi. JSON, atau CSV dengan format=csv "
					+ "atau Accept: text/csv.")
	@ApiResponse(responseCode = "200", description = "Statistik periode")
	@ApiResponse(responseCode = "400", description = "Tanggal from atau to tidak dapat dibaca, atau periode tidak valid")
	ResponseEntity<?> statistics(
			@Parameter(description = "Tanggal awal (YYYY-MM-DD); bawaan: 1 Januari tahun ini") @RequestParam(required = false) String from,
			@Parameter(description = "Tanggal akhir (YYYY-MM-DD), termasuk; bawaan: hari ini") @RequestParam(required = false) String to,
			@Parameter(description = "csv untuk CSV") @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ReportPeriod period = StatisticsPeriod.of(from, to, clock, catalog.office().zone());
		PublicFigures figures = statistics.of(period, LocaleContextHolder.getLocale());
		boolean csv = "csv".equalsIgnoreCase(format) || format == null && accept != null && accept.contains("text/csv");
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("statistik-pengaduan-" + period.fileLabel() + ".csv")
				.build()
				.toString())
			.body(csv(figures));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> badPeriod(InvalidInput invalid, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldProblem problem : invalid.problems()) {
			errors.add(Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments().toArray())));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
			.map(error -> text("statistics.parameter", error.get("field"), error.get("message")))
			.collect(Collectors.joining(" ")));
		problem.setTitle(text("error.badRequest.title"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** One line per figure: dimension, code, label, count; the summary's figures under {@code summary}. */
	static String csv(PublicFigures f) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader("dimension", "code", "label", "count")
			.get())) {
			printer.printRecord("period", "from", "", f.from());
			printer.printRecord("period", "to", "", f.to());
			printer.printRecord("summary", "total", "", f.total());
			printer.printRecord("summary", "answered", "", f.answered());
			printer.printRecord("summary", "answeredWithinDeadline", "", f.answeredWithinDeadline());
			printer.printRecord("summary", "deadlineWorkingDays", "", f.deadlineWorkingDays());
			printer.printRecord("summary", "stillOpen", "", f.stillOpen());
			printer.printRecord("summary", "medianResponseWorkingDays", "",
					f.medianResponseWorkingDays() == null ? "" : f.medianResponseWorkingDays().toPlainString());
			printer.printRecord("summary", "averageRating", "", f.averageRating() == null ? "" : f.averageRating().toPlainString());
			printer.printRecord("summary", "ratings", "", f.ratings());
			lines(printer, "month", f.byMonth());
			lines(printer, "channel", f.byChannel());
			lines(printer, "category", f.byCategory());
			lines(printer, "unit", f.byUnit());
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	private static void lines(CSVPrinter printer, String dimension, List<PublicFigures.Count> counts) throws IOException {
		for (PublicFigures.Count count : counts) {
			printer.printRecord(dimension, count.code(), count.label(), count.count());
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}

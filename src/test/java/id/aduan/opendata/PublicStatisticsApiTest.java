package id.aduan.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;

/**
 * The open data at {@code /api/v1/public/statistics}: the official report's figures for the same period
 * (one counting path), as JSON and CSV, with nothing that names a complainant or tells what a confidential
 * complaint says; a period that cannot be read is a 400 naming the parameter, in Indonesian.
 */
@AduanTest
class PublicStatisticsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Test
	void theTotalsAreTheOfficialReportsForTheSamePeriod() throws Exception {
		registered("Bantuan sembako belum diterima", "Yohanis Nurlatu", false);
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));
		ReportPeriod period = new ReportPeriod(today.withDayOfYear(1), today);
		String json = mvc.perform(get("/api/v1/public/statistics").param("from", period.from().toString())
			.param("to", period.to().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn().getResponse().getContentAsString();
		Figures report = statistics.figures(period, null, Locale.forLanguageTag("id"));

		assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(report.total()).isPositive();
		assertThat(((Number) JsonPath.read(json, "$.answered")).longValue()).isEqualTo(report.answered());
		assertThat(counts(json, "byChannel")).isEqualTo(counts(report.byChannel()));
		assertThat(counts(json, "byMonth")).isEqualTo(counts(report.byMonth()));
		assertThat(counts(json, "byCategory")).isEqualTo(counts(report.byCategory()));
		assertThat(counts(json, "byUnit")).isEqualTo(counts(report.byUnit()));
		long open = report.byStatus().lines().stream()
			.filter(line -> !ComplaintStatus.valueOf(line.code()).isFinal())
			.mapToLong(Breakdown.Line::count)
			.sum();
		assertThat(((Number) JsonPath.read(json, "$.stillOpen")).longValue()).isEqualTo(open).isPositive();
	}

	@Test
	void aNewComplaintCountsOnceInTodaysFigures() throws Exception {
		String today = LocalDate.now(clock.withZone(catalog.office().zone())).toString();
		long before = total(today);
		registered("Jalan ke kantor desa rusak", "Marthen Solissa", false);
		assertThat(total(today)).isEqualTo(before + 1);
	}

	@Test
	void nothingPublishedNamesAPersonOrTellsAConfidentialComplaint() throws Exception {
		registered("Rahasia pungutan liar di desa Waeteba", "Nona Saleh Rahasia", true);
		String json = mvc.perform(get("/api/v1/public/statistics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String csv = mvc.perform(get("/api/v1/public/statistics").param("format", "csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String published : List.of(json, csv)) {
			assertThat(published).doesNotContain("Rahasia pungutan", "Nona Saleh", "Waeteba", "ADU-");
		}
	}

	@Test
	void theSameFiguresComeAsCsvByParameterOrByAcceptHeader() throws Exception {
		String today = LocalDate.now(clock.withZone(catalog.office().zone())).toString();
		long total = total(today);
		String csv = mvc.perform(get("/api/v1/public/statistics").param("from", today).param("to", today).param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("dimension,code,label,count").contains("summary,total,," + total);
		String accepted = mvc.perform(get("/api/v1/public/statistics").param("from", today).param("to", today)
			.header("Accept", "text/csv"))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		assertThat(accepted).isEqualTo(csv);
	}

	@Test
	void aPeriodThatCannotBeReadIsA400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/public/statistics").param("from", "31-01-2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("Isi from dengan tanggal berformat TTTT-BB-HH, misalnya 2026-01-31."))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Parameter from:")));
		mvc.perform(get("/api/v1/public/statistics").param("from", "2026-03-01").param("to", "2026-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("Tanggal akhir periode tidak boleh sebelum tanggal awal."));
	}

	@Test
	void thePublicPageShowsTheFiguresAndLinksTheOpenData() throws Exception {
		String today = LocalDate.now(clock.withZone(catalog.office().zone())).toString();
		long total = total(today);
		Document page = Jsoup.parse(mvc.perform(get("/pengaduan/statistik").param("from", today).param("to", today))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#total").text()).isEqualTo(String.valueOf(total));
		assertThat(page.select("#statistics-csv").attr("href")).contains("format=csv");
		mvc.perform(get("/pengaduan/statistik").param("to", "kemarin")).andExpect(status().isBadRequest());
	}

	@Test
	void theStatisticsAreDescribedWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/statistics'].get.parameters[*].name")
				.value(org.hamcrest.Matchers.hasItems("from", "to", "format")));
	}

	private long total(String day) throws Exception {
		String json = mvc.perform(get("/api/v1/public/statistics").param("from", day).param("to", day))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.total")).longValue();
	}

	private static Map<String, Long> counts(String json, String breakdown) {
		List<Map<String, Object>> lines = JsonPath.read(json, "$." + breakdown);
		return lines.stream().collect(Collectors.toMap(line -> (String) line.get("code"),
				line -> ((Number) line.get("count")).longValue()));
	}

	private static Map<String, Long> counts(Breakdown breakdown) {
		return breakdown.lines().stream().collect(Collectors.toMap(Breakdown.Line::code, Breakdown.Line::count));
	}

	private void registered(String title, String name, boolean confidential) {
		registration.registerWithReceipt(NewComplaint
			.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, "WEB_FORM").orElseThrow().id()),
					Matter.of(title, "Uraian pengaduan untuk statistik terbuka."))
			.from(new Complainant(name, null, null, null), false, confidential), Actor.citizen(name));
	}
}

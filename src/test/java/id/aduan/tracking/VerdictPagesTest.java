package id.aduan.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.complaints.TrackingCode;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.ReportPeriod;

/**
 * The complainant's verdict on the tracking page and the API: rate the answer, or dispute it while the
 * window is open, each with the access key, since the tracking code alone is shared widely.
 */
@AduanTest
class VerdictPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	Clock clock;

	@Test
	void beforeAnAnswerThereIsNothingToRateOrDispute() throws Exception {
		TrackingCode code = registered().trackingCode();
		Document page = page(code);
		assertThat(page.select("#rating-form, #dispute-form")).isEmpty();
	}

	@Test
	void anAnsweredComplaintCanBeRatedOnceAndTheRatingIsKept() throws Exception {
		Receipt receipt = answered();
		TrackingCode code = receipt.trackingCode();
		String key = receipt.accessKey().value();
		Document page = page(code);
		assertThat(page.select("#rating-form")).hasSize(1);
		assertThat(page.select("#dispute-form").text()).contains("sampai");

		mvc.perform(post("/lacak/{code}/penilaian", code.value()).with(csrf()).param("key", key).param("solved", "true"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
				.select("#rating-form .invalid-feedback")
				.text()).contains("Pilih nilai 1 sampai 5."));
		mvc.perform(post("/lacak/{code}/penilaian", code.value()).with(csrf())
			.param("key", key)
			.param("score", "2")
			.param("solved", "false")
			.param("comment", "Belum ada perubahan"))
			.andExpect(redirectedUrl("/lacak/" + code.value()));

		assertThat(page(code).select("#rating-given").text()).contains("Nilai Anda: 2 dari 5.");
		assertThat(jdbc.sql("select score, solved, comment from complaint_rating r join complaint c on c.id = r.complaint_id "
				+ "where c.tracking_code = ?").param(code.value()).query().singleRow())
			.containsEntry("score", 2)
			.containsEntry("solved", false)
			.containsEntry("comment", "Belum ada perubahan");
		mvc.perform(post("/lacak/{code}/penilaian", code.value()).with(csrf()).param("key", key).param("score", "5").param("solved", "true"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Tanggapan ini belum dapat dinilai atau sudah Anda nilai."));
	}

	@Test
	void aDisputeNeedsAReasonAndReopensTheComplaint() throws Exception {
		Receipt receipt = answered();
		TrackingCode code = receipt.trackingCode();
		String key = receipt.accessKey().value();
		mvc.perform(post("/lacak/{code}/keberatan", code.value()).with(csrf()).param("key", key).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
				.select("#dispute-form .invalid-feedback")
				.text()).isEqualTo("Wajib diisi."));
		mvc.perform(post("/lacak/{code}/keberatan", code.value()).with(csrf())
			.param("key", key)
			.param("reason", "Bantuan masih belum diterima."))
			.andExpect(redirectedUrl("/lacak/" + code.value()));

		Document page = page(code);
		assertThat(page.select("#status-label").text()).isEqualTo("Dibuka kembali");
		assertThat(page.select(".timeline").text()).contains("Pengadu mengajukan keberatan", "Bantuan masih belum diterima.");
		assertThat(page.select("#dispute-form")).isEmpty();
	}

	@Test
	void theReportCountsTheLatestVerdictOfAComplaintOnce() throws Exception {
		Receipt receipt = answered();
		TrackingCode code = receipt.trackingCode();
		String key = receipt.accessKey().value();
		LocalDate day = LocalDate.now(clock.withZone(catalog.office().zone()));
		ReportPeriod today = new ReportPeriod(day, day);
		Map<String, Long> before = ratings(today);

		mvc.perform(post("/lacak/{code}/penilaian", code.value()).with(csrf()).param("key", key).param("score", "2").param("solved", "false"))
			.andExpect(status().is3xxRedirection());
		Map<String, Long> rated = ratings(today);
		assertThat(rated.get("2")).isEqualTo(before.get("2") + 1);
		assertThat(rated.get("_NONE")).isEqualTo(before.get("_NONE") - 1);

		mvc.perform(post("/lacak/{code}/keberatan", code.value()).with(csrf()).param("key", key).param("reason", "Belum selesai."))
			.andExpect(status().is3xxRedirection());
		long id = receipt.complaintId();
		handling.answer(id, null, "Bantuan telah disalurkan.", staff.coordinator().actor());
		mvc.perform(post("/lacak/{code}/penilaian", code.value()).with(csrf()).param("key", key).param("score", "5").param("solved", "true"))
			.andExpect(status().is3xxRedirection());

		Map<String, Long> after = ratings(today);
		assertThat(after.get("5")).as("the second verdict counts").isEqualTo(before.get("5") + 1);
		assertThat(after.get("2")).as("the first no longer does").isEqualTo(before.get("2"));
		assertThat(after.get("_NONE")).isEqualTo(before.get("_NONE") - 1);
	}

	@Test
	void ratingOrDisputingWithoutTheRightAccessKeyChangesNothingAndSaysSoAtTheKeyField() throws Exception {
		Receipt receipt = answered();
		TrackingCode code = receipt.trackingCode();
		String otherKey = answered().accessKey().value();
		Document page = page(code);
		assertThat(page.select("#rating-form input[name=key], #dispute-form input[name=key]")).hasSize(2);

		for (String wrong : new String[] { null, "", otherKey, "ZZZZ-ZZZZ" }) {
			var rating = post("/lacak/{code}/penilaian", code.value()).with(csrf()).param("score", "5").param("solved", "true");
			var dispute = post("/lacak/{code}/keberatan", code.value()).with(csrf()).param("reason", "Belum selesai.");
			if (wrong != null) {
				rating.param("key", wrong);
				dispute.param("key", wrong);
			}
			mvc.perform(rating)
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
					.select("#rating-form .invalid-feedback").text()).contains("kunci akses tidak cocok"));
			mvc.perform(dispute)
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
					.select("#dispute-form .invalid-feedback").text()).contains("kunci akses tidak cocok"));
		}

		assertThat(jdbc.sql("select count(*) from complaint_rating where complaint_id = ?").param(receipt.complaintId())
			.query(Long.class).single()).isZero();
		assertThat(page(code).select("#status-label").text()).isEqualTo("Telah ditanggapi");
	}

	@Test
	void theApiRatesAndDisputesOnlyWithTheAccessKeyAndAnswers404Otherwise() throws Exception {
		Receipt receipt = answered();
		String code = receipt.trackingCode().value();
		String key = receipt.accessKey().value();
		String otherKey = answered().accessKey().value();
		String rating = "{\"score\": 4, \"solved\": true}";
		String dispute = "{\"reason\": \"Belum selesai.\"}";

		mvc.perform(post("/api/v1/public/complaints/{code}/rating", code).contentType(MediaType.APPLICATION_JSON).content(rating))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kunci akses tidak cocok")));
		mvc.perform(post("/api/v1/public/complaints/{code}/rating", code).header("X-Access-Key", otherKey)
			.contentType(MediaType.APPLICATION_JSON).content(rating)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/public/complaints/{code}/dispute", code).contentType(MediaType.APPLICATION_JSON).content(dispute))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/public/complaints/{code}/dispute", code).header("X-Access-Key", otherKey)
			.contentType(MediaType.APPLICATION_JSON).content(dispute)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/complaints/{code}", code)).andExpect(jsonPath("$.status").value("ANSWERED"));

		mvc.perform(post("/api/v1/public/complaints/{code}/rating", code).header("X-Access-Key", key.toLowerCase())
			.contentType(MediaType.APPLICATION_JSON).content(rating)).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/public/complaints/{code}/dispute", code).header("X-Access-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(dispute)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/public/complaints/{code}", code)).andExpect(jsonPath("$.status").value("REOPENED"));
	}

	private Map<String, Long> ratings(ReportPeriod period) {
		Map<String, Long> counts = new HashMap<>();
		statistics.figures(period, null, Locale.forLanguageTag("id"))
			.byRating()
			.lines()
			.forEach(line -> counts.put(line.code(), line.count()));
		return counts;
	}

	private Receipt registered() {
		return registration.registerWithReceipt(NewComplaint
			.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, "WEB_FORM").orElseThrow().id()),
					Matter.of("Penilaian", "Pengaduan untuk menguji penilaian."))
			.from(new Complainant("Warga", null, null, null)), Actor.citizen("Warga"));
	}

	private Receipt answered() {
		Receipt receipt = registered();
		Actor coordinator = staff.coordinator().actor();
		long id = receipt.complaintId();
		handling.verify(id, null, new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "ASPIRASI")
			.orElseThrow()
			.id(), null, catalog.itemByCode(ReferenceList.CATEGORY, "INFO").orElseThrow().id(), null), null, null,
				coordinator);
		handling.answer(id, null, "Terima kasih atas masukan Anda.", coordinator);
		return receipt;
	}

	private Document page(TrackingCode code) throws Exception {
		return Jsoup.parse(mvc.perform(get("/lacak/" + code.value()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}

package id.aduan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;

/** A retried POST with the same Idempotency-Key, and a bot that fills the hidden field of the form. */
@AduanTest
class IdempotencyAndHoneypotTest {

	static final String BODY = """
			{"title": "Kartu PIP belum dibagikan",
			 "description": "Kartu PIP anak kami belum dibagikan oleh sekolah sejak Juli.",
			 "complainant": {"name": "Dewi Laudi", "phone": "081234567890"}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetryWithTheSameKeyGetsTheFirstAnswerWithoutTheAccessKeyAndCreatesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = count();
		String first = mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andReturn().getResponse().getContentAsString();
		String again = mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY.replace("\n", " ")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(header().string("Location", "/api/v1/public/complaints/" + JsonPath.read(first, "$.trackingCode")))
			.andReturn().getResponse().getContentAsString();

		assertThat((String) JsonPath.read(again, "$.trackingCode")).isEqualTo(JsonPath.read(first, "$.trackingCode"));
		assertThat((String) JsonPath.read(first, "$.accessKey")).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat((String) JsonPath.read(again, "$.accessKey")).as("the key is not kept").isNull();
		assertThat((String) JsonPath.read(again, "$.accessKeyNote")).contains("hanya diberikan pada jawaban pertama");
		assertThat(count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select response_body from idempotency_key where idem_key = ?").param(key).query(String.class)
			.single()).contains((String) JsonPath.read(first, "$.trackingCode"))
			.doesNotContain((String) JsonPath.read(first, "$.accessKey"));
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedInIndonesian() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY)).andExpect(status().isCreated());
		long before = count();

		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY.replace("Juli", "Agustus")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Idempotency-Key ini sudah dipakai")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aFailedRequestLeavesTheKeyFreeForTheCorrectedOne() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY.replace("Kartu PIP belum dibagikan", "")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(BODY)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", "kunci dengan spasi")
			.contentType(MediaType.APPLICATION_JSON).content(BODY)).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aFormWithTheHiddenFieldFilledStoresNothingAndSaysWhy() throws Exception {
		long before = count();
		String page = mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Promo pinjaman online tanpa agunan")
			.param("description", "Dapatkan pinjaman cepat cair hari ini juga, hubungi kami.")
			.param("website", "https://pinjol.example"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".alert-danger").text()).contains("Jangan isi kolom ini");
		assertThat(count()).isEqualTo(before);

		String form = mvc.perform(get("/pengaduan/baru")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(form).select(".hp-field input[name=website]").attr("tabindex")).isEqualTo("-1");
	}

	@Test
	void theSubmittedPageGivesTheAccessKey() throws Exception {
		BrowserSession session = new BrowserSession();
		var sent = mvc.perform(post("/pengaduan/baru").with(csrf()).with(session)
			.param("title", "Antrean layanan terlalu lama")
			.param("description", "Saya menunggu empat jam untuk mengurus rekomendasi PBI JKN."))
			.andDo(session)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat((String) sent.getFlashMap().get("accessKey")).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		String page = mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#access-key").text()).isEqualTo(sent.getFlashMap().get("accessKey"));
	}

	private long count() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}
}

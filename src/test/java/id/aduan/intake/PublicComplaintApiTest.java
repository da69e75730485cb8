package id.aduan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;

/** The public JSON API as another application uses it: real requests through the whole stack. */
@AduanTest
class PublicComplaintApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aValidComplaintIsAcceptedWithItsTrackingCodeAndCanBeTracked() throws Exception {
		String body = """
				{"title": "Rekomendasi RTLH belum keluar",
				 "description": "Permohonan rekomendasi rumah tidak layak huni sejak Agustus belum ada kabar.",
				 "complainant": {"name": "Jakaria Matdoan", "phone": "+62 812 1111 2222", "email": "jakaria@example.id"},
				 "reportType": "pengaduan", "category": "PROSEDUR", "service": "L01",
				 "incidentDate": "2026-08-01", "reference": "APP-778"}""";

		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/public/complaints/ADU-")))
			.andExpect(jsonPath("$.trackingCode", matchesPattern("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(answer, "$.trackingCode");

		mvc.perform(get("/api/v1/public/complaints/" + code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(code))
			.andExpect(jsonPath("$.title").value("Rekomendasi RTLH belum keluar"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.statusLabel").value("Diterima"))
			.andExpect(jsonPath("$.stage").value("VERIFICATION"))
			.andExpect(jsonPath("$.timeline[0].kind").value("REGISTERED"))
			.andExpect(jsonPath("$.complainant").doesNotExist());
		assertThat(jdbc.sql("""
				select ch.code from complaint c join channel ch on ch.id = c.channel_id where c.tracking_code = ?""")
			.param(code)
			.query(String.class)
			.single()).isEqualTo("API");
	}

	@Test
	void everyProblemIsNamedInIndonesianAndNothingIsStored() throws Exception {
		long before = count();
		String body = """
				{"title": "", "description": "pendek", "complainant": {"email": "bukan surel", "phone": "123"},
				 "category": "TIDAK_ADA", "service": "L99", "incidentDate": "2999-01-01"}""";

		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Isian tidak valid"))
			.andExpect(jsonPath("$.errors[*].field", hasItems("title", "description", "complainant.email",
					"complainant.phone", "category", "service", "incidentDate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem("Wajib diisi.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'category')].message",
					hasItem("Kode TIDAK_ADA tidak dikenal atau tidak aktif.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aTooLongTextOrAWrongPhoneIsNamedWithTheFixInIndonesian() throws Exception {
		long before = count();
		String body = """
				{"title": "%s", "description": "Lampu jalan di depan kantor desa mati sejak dua minggu.",
				 "incidentPlace": "%s", "complainant": {"phone": "0812-ABC"}}""".formatted("J".repeat(201),
				"T".repeat(301));

		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem("Paling panjang 200 karakter.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'incidentPlace')].message",
					hasItem("Paling panjang 300 karakter.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'complainant.phone')].message",
					hasItem("Nomor telepon tidak valid. Tulis diawali 0 atau +62, misalnya 081234567890.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anEnglishClientGetsTheSameProblemsInEnglish() throws Exception {
		mvc.perform(post("/api/v1/public/complaints?lang=en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Judul\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'description')].message", hasItem("Required.")));
	}

	@Test
	void brokenJsonAndWrongValueTypesAreBadRequestsNotServerErrors() throws Exception {
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("Isi permintaan bukan JSON yang valid")));
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"x\", \"incidentDate\": \"kemarin\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.TEXT_PLAIN).content("halo"))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void anUnknownTrackingCodeIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/public/complaints/ADU-2222-2222"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Kode pelacakan tidak ditemukan. Periksa kembali penulisannya."));
		mvc.perform(get("/api/v1/public/complaints/bukan-kode")).andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDescribedWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/complaints'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/complaints/{trackingCode}'].get").exists());
	}

	private long count() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}
}

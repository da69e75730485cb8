package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.open311.ApiKeys;

/**
 * A control character (a NUL, a bell) in a text is refused at every door that can ask back, naming the
 * field in Indonesian, and nothing is stored: H2 would keep a NUL and then break every Open311 XML
 * list and a restore into PostgreSQL, which refuses it. Tab and line breaks are ordinary text.
 * Run on H2 and on a real PostgreSQL.
 */
abstract class ControlCharactersContract {

	static final String MESSAGE = "Berisi karakter kendali yang tidak terlihat (misalnya NUL). Hapus karakter tersebut, lalu kirim lagi.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	ApiKeys keys;

	@Autowired
	Catalog catalog;

	@Test
	void thePublicApiRefusesANulWith422NamingTheField() throws Exception {
		String title = "NUL " + UUID.randomUUID();
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "%s", "description": "Jalan desa rusak \\u0000 parah sejak bulan lalu.",
				 "complainant": {"name": "Bel\\u0007 Warga"}}""".formatted(title)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'description')].message").value(MESSAGE))
			.andExpect(jsonPath("$.errors[?(@.field == 'complainant.name')].message").value(MESSAGE));
		assertThat(stored(title)).isZero();
	}

	@Test
	void tabsAndLineBreaksAreOrdinaryText() throws Exception {
		String title = "Tab\t" + UUID.randomUUID();
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "%s", "description": "Baris pertama.\\r\\nBaris kedua,\\tdengan tab."}"""
			.formatted(title.replace("\t", "\\t")))).andExpect(status().isCreated());
		assertThat(stored(title)).isOne();
	}

	@Test
	void theCitizenFormAndTheHelpDeskShowTheErrorAtTheField() throws Exception {
		String title = "Formulir " + UUID.randomUUID();
		String page = mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", title)
			.param("description", "Lampu jalan mati\u0000 sejak dua minggu."))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".invalid-feedback").text()).contains(MESSAGE);

		String desk = mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf())
			.param("channelId", String.valueOf(catalog.itemByCode(ReferenceList.CHANNEL, "PHONE").orElseThrow().id()))
			.param("title", title + "\u001b[2J")
			.param("description", "Penelepon melaporkan lampu jalan mati."))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(desk).select(".invalid-feedback").text()).contains(MESSAGE);
		assertThat(stored(title)).isZero();
		assertThat(stored(title + "\u001b[2J")).isZero();
	}

	@Test
	void open311RefusesANulAndItsListStaysWellFormedXml() throws Exception {
		String apiKey = keys.issue("Uji karakter kendali", new Actor(null, "Admin", Role.ADMIN, null)).key();
		String answer = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", apiKey).param("service_code", "L28").param("lat", "-3.39").param("long", "126.56")
			.param("description", "Sampah menumpuk\u0000 di pasar."))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> errors = JsonPath.read(answer, "$[*].description");
		assertThat(errors).contains("description: " + MESSAGE);

		byte[] list = mvc.perform(get("/open311/v2/requests.xml")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(list))
			.getDocumentElement().getNodeName()).isEqualTo("service_requests");
	}

	@Test
	void aMessageInTheThreadIsRefusedWith422() throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "Percakapan", "description": "Pengaduan untuk menguji pesan dengan karakter kendali."}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(answer, "$.trackingCode");
		mvc.perform(post("/api/v1/public/complaints/{code}/messages", code).header("X-Access-Key", (String) JsonPath.read(answer, "$.accessKey"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Halo\\u0000\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value(MESSAGE));
	}

	private long stored(String title) {
		return jdbc.sql("select count(*) from complaint where title = ?").param(title).query(Long.class).single();
	}
}

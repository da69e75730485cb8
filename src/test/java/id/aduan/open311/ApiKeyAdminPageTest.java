package id.aduan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * The administrator's API key page, with sessions in the database as in production: a new key is
 * shown once, works, and is never written to the session store.
 */
@AduanTest
class ApiKeyAdminPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuingAKeyShowsItOnceAndItOpensOpen311() throws Exception {
		StaffPrincipal admin = staff.admin();
		String name = "Satu Data " + UUID.randomUUID().toString().substring(0, 6);

		Document issued = Jsoup.parse(mvc.perform(post("/admin/kunci-api").with(user(admin)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String key = issued.select("#issued-value").text();

		assertThat(key).startsWith("aduan_");
		assertThat(issued.select("#key-list").text()).contains(name);
		assertThat(keys.active(key)).hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(name));
		assertThat(jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list())
			.as("the key is never written to the session store")
			.noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(key));
		Document again = Jsoup.parse(mvc.perform(get("/admin/kunci-api").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("#issued-value")).isEmpty();
		assertThat(again.text()).doesNotContain(key);
	}
}

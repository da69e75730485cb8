package id.aduan.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * The same person about the same matter through two channels, and the same post registered twice, are
 * offered to the coordinator on the complaint's page; merging uses the register's "mark duplicate",
 * keeping apart is remembered and noted in the history.
 */
@AduanTest
class ProbableDuplicatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSamePersonThroughTwoChannelsIsOfferedAndMerged() throws Exception {
		String email = "korolina." + System.nanoTime() + "@example.id";
		String first = api("BPNT bulan Oktober belum cair", "Saldo KKS kami kosong, BPNT bulan Oktober belum cair.", email);
		String unrelated = api("Petugas loket kasar", "Petugas di loket adopsi membentak saya kemarin siang.", email);
		StaffPrincipal desk = staff.helpDesk();
		MvcResult registered = mvc.perform(post("/staf/pengaduan/baru").with(user(desk)).with(csrf())
			.param("channelId", channel("PHONE"))
			.param("receivedAt", "")
			.param("title", "Bantuan BPNT Oktober belum cair")
			.param("description", "Penelepon: bantuan BPNT Oktober belum cair, saldo kartu KKS masih kosong.")
			.param("complainant.email", email.toUpperCase()))
			.andReturn();
		String second = (String) registered.getFlashMap().get("registeredCode");
		long secondId = id(second);

		StaffPrincipal coordinator = staff.coordinator();
		Document panel = panel(secondId, coordinator);
		assertThat(panel.select("#probable-duplicates li")).hasSize(1);
		assertThat(panel.select("#candidate-" + id(first) + " a").text()).isEqualTo(first);
		assertThat(panel.select("#candidate-" + id(first)).text()).contains("pengadu sama");
		assertThat(panel.text()).doesNotContain(unrelated);
		assertThat(panel(secondId, staff.head()).select("#probable-duplicates")).isEmpty();

		mvc.perform(post("/staf/pengaduan/{id}/kemungkinan-duplikat/{o}/gabungkan", secondId, id(first))
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		Map<String, Object> merged = jdbc.sql("select status, duplicate_of_id from complaint where id = ?").param(secondId)
			.query().singleRow();
		assertThat(merged).containsEntry("status", "DUPLICATE").containsEntry("duplicate_of_id", id(first));
		assertThat(jdbc.sql("select detail from complaint_event where complaint_id = ? and kind = 'MARKED_DUPLICATE'")
			.param(secondId).query(String.class).single()).isEqualTo(first);
	}

	@Test
	void theSamePostLinkTwiceIsPointedOutAtOnceAndCanBeKeptApart() throws Exception {
		StaffPrincipal desk = staff.helpDesk();
		String post = "https://www.instagram.com/p/Dup" + System.nanoTime();
		String first = (String) helpDesk(desk, post + "/?igsh=abc", "Komentar warga di unggahan: bantuan lansia belum sampai.")
			.getFlashMap().get("registeredCode");
		BrowserSession session = new BrowserSession();
		MvcResult again = mvc.perform(helpDeskForm(desk, post.replace("https://www.", ""),
				"Pesan langsung tentang unggahan yang sama: bansos lansia belum diterima.").with(session))
			.andDo(session)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(again.getFlashMap().get("linkRecognised")).isEqualTo("Instagram");
		assertThat((java.util.List<String>) again.getFlashMap().get("sameLink")).containsExactly(first);
		String page = mvc.perform(get(again.getResponse().getRedirectedUrl()).with(user(desk)).with(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#same-link").text()).contains(first);
		String second = (String) again.getFlashMap().get("registeredCode");
		assertThat(jdbc.sql("select ch.code || ' ' || c.channel_reference from complaint c join channel ch on ch.id = c.channel_id where tracking_code = ?")
			.param(second).query(String.class).single()).isEqualTo("INSTAGRAM " + post);

		StaffPrincipal coordinator = staff.coordinator();
		assertThat(panel(id(second), coordinator).select("#candidate-" + id(first)).text()).contains("tautan");
		mvc.perform(post("/staf/pengaduan/{id}/kemungkinan-duplikat/{o}/pisahkan", id(second), id(first))
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(panel(id(second), coordinator).select("#probable-duplicates")).isEmpty();
		assertThat(panel(id(first), coordinator).select("#probable-duplicates")).isEmpty();
		assertThat(jdbc.sql("select note from complaint_event where complaint_id = ? and kind = 'NOTE'").param(id(second))
			.query(String.class).single()).startsWith("Bukan duplikat dari " + first);
		mvc.perform(post("/staf/pengaduan/{id}/kemungkinan-duplikat/{o}/gabungkan", id(second), id(first))
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from complaint where id = ?").param(id(second)).query(String.class).single())
			.isEqualTo("RECEIVED");
	}

	private MvcResult helpDesk(StaffPrincipal desk, String link, String description) throws Exception {
		return mvc.perform(helpDeskForm(desk, link, description)).andExpect(status().is3xxRedirection()).andReturn();
	}

	private MockHttpServletRequestBuilder helpDeskForm(StaffPrincipal desk, String link, String description) {
		return post("/staf/pengaduan/baru").with(user(desk)).with(csrf())
			.param("channelId", channel("PHONE"))
			.param("receivedAt", "")
			.param("channelReference", link)
			.param("title", "Bantuan lansia belum diterima")
			.param("description", description);
	}

	private Document panel(long id, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get("/staf/pengaduan/{id}/kemungkinan-duplikat", id).with(user(who))
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String api(String title, String description, String email) throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "%s", "description": "%s", "complainant": {"email": "%s"}}""".formatted(title, description, email)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.trackingCode");
	}

	private String channel(String code) {
		return String.valueOf(jdbc.sql("select id from channel where code = ?").param(code).query(Long.class).single());
	}

	private long id(String code) {
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}
}

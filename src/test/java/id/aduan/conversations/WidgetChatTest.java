package id.aduan.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * The chat widget: one script tag on the office's website, a frameable chat page, a visitor's chat by
 * token, the help desk answering and turning it into a complaint whose thread it becomes.
 */
@AduanTest
class WidgetChatTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theScriptTagServesAButtonAndAPageFrameableByTheConfiguredSitesOnly() throws Exception {
		mvc.perform(get("/widget.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("javascript")))
			.andExpect(content().string(containsString("\"open\":\"Tanya petugas\"")))
			.andExpect(content().string(containsString("/percakapan/widget?lang=")));
		mvc.perform(get("/percakapan/widget"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(content().string(containsString("Mulai percakapan")));
		mvc.perform(get("/pengaduan/baru")).andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
	}

	@Test
	void aVisitorsChatIsAnsweredAndTurnedIntoAComplaintItsThreadContinues() throws Exception {
		String started = mvc.perform(post("/api/v1/public/conversations").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Titi Lehalima", "email": "titi@example.id",
					 "text": "Lansia di rumah kami belum menerima permakanan bulan ini."}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(started, "$.conversationId");
		String token = JsonPath.read(started, "$.token");

		mvc.perform(get("/api/v1/public/conversations/{id}", id).header("X-Conversation-Token", "salah"))
			.andExpect(status().isNotFound());

		StaffPrincipal desk = staff.helpDesk();
		Document list = Jsoup.parse(mvc.perform(get("/staf/percakapan").with(user(desk))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(list.select("#chat-list a[href=/staf/percakapan/" + id + "]").text()).isEqualTo("Titi Lehalima");
		mvc.perform(get("/staf/percakapan").with(user(staff.unitOfficer("PFM")))).andExpect(status().isForbidden());

		mvc.perform(post("/staf/percakapan/{id}", id).param("text", "Baik Ibu, mohon alamat lengkapnya.")
			.with(user(desk)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/public/conversations/{id}/messages", id).header("X-Conversation-Token", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Desa Waelo, RT 02.\"}"))
			.andExpect(status().isCreated());

		Document chat = Jsoup.parse(mvc.perform(get("/staf/percakapan/{id}", id).with(user(desk))).andReturn()
			.getResponse().getContentAsString());
		assertThat(chat.select("#description").text()).contains("Lansia di rumah kami", "Desa Waelo, RT 02.");
		assertThat(chat.select("[name='complainant.email']").val()).isEqualTo("titi@example.id");

		var converted = mvc.perform(post("/staf/percakapan/{id}/jadikan-pengaduan", id).with(user(desk)).with(csrf())
			.param("title", "Permakanan lansia bulan ini belum diterima")
			.param("description", chat.select("#description").text())
			.param("complainant.name", "Titi Lehalima")
			.param("complainant.email", "titi@example.id")
			.param("_anonymous", "on")
			.param("_confidential", "on"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) converted.getFlashMap().get("registeredCode");
		assertThat(code).startsWith("ADU-");
		assertThat(jdbc.sql("select ch.code from complaint c join channel ch on ch.id = c.channel_id where tracking_code = ?")
			.param(code).query(String.class).single()).isEqualTo("CHAT");

		mvc.perform(get("/api/v1/public/conversations/{id}", id).header("X-Conversation-Token", token))
			.andExpect(jsonPath("$.status").value("CONVERTED"))
			.andExpect(jsonPath("$.trackingCode").value(code))
			.andExpect(jsonPath("$.messages", hasSize(4)))
			.andExpect(jsonPath("$.messages[3].side").value("SYSTEM"));

		mvc.perform(post("/staf/percakapan/{id}/jadikan-pengaduan", id).with(user(desk)).with(csrf())
			.param("title", "Lagi").param("description", "Percobaan kedua yang harus ditolak."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah dijadikan pengaduan")));
		long complaint = jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
		mvc.perform(get("/staf/pengaduan/{c}/percakapan", complaint).with(user(staff.coordinator())))
			.andExpect(content().string(containsString("Desa Waelo, RT 02.")));
	}

	@Test
	void aMistypedEmailInTheConversionIsShownBesideItsFieldAndNothingIsRegistered() throws Exception {
		String started = mvc.perform(post("/api/v1/public/conversations").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Ona Latuconsina", "text": "Kartu bantuan kami hilang, bagaimana menggantinya?"}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(started, "$.conversationId");
		long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();

		Document page = Jsoup.parse(mvc.perform(post("/staf/percakapan/{id}/jadikan-pengaduan", id)
			.with(user(staff.helpDesk())).with(csrf())
			.param("title", "Kartu bantuan hilang")
			.param("description", "Kartu bantuan kami hilang, bagaimana menggantinya?")
			.param("complainant.name", "Ona Latuconsina")
			.param("complainant.email", "ona@"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("[name='complainant.email']").hasClass("is-invalid")).isTrue();
		assertThat(page.select("[name='complainant.email']").val()).isEqualTo("ona@");
		assertThat(page.select("[name='complainant.name']").val()).isEqualTo("Ona Latuconsina");
		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aFilledHoneypotOpensNoChat() throws Exception {
		long before = jdbc.sql("select count(*) from conversation").query(Long.class).single();
		mvc.perform(post("/api/v1/public/conversations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Beli obat murah di sini\", \"website\": \"http://spam.example\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("website"));
		assertThat(jdbc.sql("select count(*) from conversation").query(Long.class).single()).isEqualTo(before);
	}
}

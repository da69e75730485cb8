package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;

/**
 * A channel's two addresses on the administrator's page: the contact the semester report prints and the
 * link the front page makes of the channel, each labelled for where it appears. The link must be one a
 * browser opens as meant (https://, http://, mailto:, tel: or a page of this site); anything else is
 * refused naming the field, with nothing stored.
 */
@AduanTest
class ChannelLinkAdminTest {

	static final String REFUSED = "Tautan di halaman depan harus diawali https://, http://, mailto:, tel:, atau / "
			+ "(halaman di situs ini), tanpa spasi; mis. https://www.instagram.com/Dinsos_Bursel atau "
			+ "mailto:pengaduan@contoh.go.id.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	AuditTrail audit;

	@Test
	void theChannelFormShowsTheReportsContactAndTheFrontPagesLinkSeparately() throws Exception {
		ReferenceItem instagram = catalog.itemByCode(ReferenceList.CHANNEL, "INSTAGRAM").orElseThrow();
		Document form = page("/admin/referensi/saluran/" + instagram.id());
		assertThat(form.select("label[for=contact]").text()).startsWith("Tercantum di laporan");
		assertThat(form.select("label[for=publicAddress]").text()).isEqualTo("Tautan di halaman depan");
		assertThat(form.select("input[name=publicAddress]").val()).isEqualTo("https://www.instagram.com/Dinsos_Bursel");

		ReferenceItem category = catalog.items(ReferenceList.CATEGORY).get(0);
		assertThat(page("/admin/referensi/kategori/" + category.id()).select("input[name=publicAddress]"))
			.as("only channels have a link on the front page").isEmpty();
	}

	@Test
	void aLinkABrowserWouldNotOpenAsMeantIsRefusedAndNothingIsStored() throws Exception {
		String code = "LINK_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		for (String bad : new String[] { "javascript:alert(1)", "//contoh.go.id", "www.instagram.com/Dinsos_Bursel",
				"https://contoh.go.id/dua kata", "ftp://contoh.go.id" }) {
			Document page = Jsoup.parse(mvc.perform(admin(post("/admin/referensi/saluran/baru")).param("code", code)
				.param("name", "Saluran uji")
				.param("sortOrder", "90")
				.param("publicAddress", bad)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select("#publicAddress-error").text()).as(bad).isEqualTo(REFUSED);
			assertThat(page.select("input[name=publicAddress]").val()).isEqualTo(bad);
		}
		assertThat(catalog.itemByCode(ReferenceList.CHANNEL, code)).isEmpty();

		mvc.perform(admin(post("/admin/referensi/saluran/baru")).param("code", code)
			.param("name", "Saluran uji")
			.param("sortOrder", "90")
			.param("contact", "wa.me/6281234567890")
			.param("publicAddress", " https://wa.me/6281234567890 ")).andExpect(redirectedUrl("/admin/referensi/saluran"));
		long id = catalog.itemByCode(ReferenceList.CHANNEL, code).orElseThrow().id();
		assertThat(catalog.channelAddresses()).containsEntry(id, "https://wa.me/6281234567890");
		assertThat(Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("a[data-channel=" + code + "]").attr("href")).isEqualTo("https://wa.me/6281234567890");

		for (String good : new String[] { "tel:+6281234567890", "mailto:pengaduan@contoh.go.id", "/pengaduan/baru",
				"http://contoh.go.id" }) {
			update(id, good).andExpect(redirectedUrl("/admin/referensi/saluran"));
			assertThat(catalog.channelAddresses()).containsEntry(id, good);
		}
		update(id, "javascript:alert(1)").andExpect(status().isOk());
		assertThat(catalog.channelAddresses()).as("a refused change keeps the link").containsEntry(id,
				"http://contoh.go.id");
		update(id, "").andExpect(redirectedUrl("/admin/referensi/saluran"));
		assertThat(catalog.channelAddresses()).doesNotContainKey(id);

		assertThat(audit.forSubject("CHANNEL", String.valueOf(id))).extracting(AuditEntry::detail)
			.first()
			.asString()
			.contains("kontak wa.me/6281234567890", "tautan https://wa.me/6281234567890");
	}

	private org.springframework.test.web.servlet.ResultActions update(long id, String address) throws Exception {
		return mvc.perform(admin(post("/admin/referensi/saluran/{id}", id)).param("name", "Saluran uji")
			.param("sortOrder", "90")
			.param("active", "true")
			.param("publicAddress", address));
	}

	private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user(staff.admin())).with(csrf());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(staff.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}

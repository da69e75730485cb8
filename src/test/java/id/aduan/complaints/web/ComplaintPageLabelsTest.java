package id.aduan.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * What a complaint's page says and how it is labelled: the history names each actor once (the role only
 * where the name does not already say it), and every field of the verify and classify forms has its
 * label tied to it, with ids unique on the page.
 */
@AduanTest
class ComplaintPageLabelsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHistoryNamesTheCoordinatorOnceAndGivesOthersTheirRole() throws Exception {
		StaffPrincipal poksi = named("Koordinator Poksi Humas dan Protokol", Role.COORDINATOR);
		StaffPrincipal budi = named("Budi Wamafma", Role.COORDINATOR);
		long first = registered();
		long second = registered();
		verify(first, poksi);
		verify(second, budi);

		assertThat(actors(first, poksi)).anyMatch(line -> line.contains("· Koordinator Poksi Humas dan Protokol"))
			.noneMatch(line -> line.contains("(Koordinator"));
		assertThat(actors(second, budi)).anyMatch(line -> line.contains("· Budi Wamafma (Koordinator)"))
			.anyMatch(line -> line.contains("· Uji HELPDESK (Help desk)"));
	}

	@Test
	void everyClassificationFieldHasItsOwnLabel() throws Exception {
		Document page = page("/staf/pengaduan/" + registered(), staff.coordinator());
		for (String form : List.of("#action-VERIFY", "#action-CLASSIFY")) {
			for (Element select : page.select(form + " select")) {
				assertThat(page.select("label[for=" + select.id() + "]")).as(form + " " + select.attr("name"))
					.singleElement()
					.extracting(Element::text)
					.isNotEqualTo("");
			}
		}
		assertThat(page.select("label[for=verify-reportTypeId]").text()).isEqualTo("Jenis laporan");
		assertThat(page.select("label[for=verify-serviceId]").text()).isEqualTo("Layanan terkait");
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).doesNotHaveDuplicates();
	}

	private List<String> actors(long id, StaffPrincipal who) throws Exception {
		return page("/staf/pengaduan/" + id, who).select("#timeline li > div.small").eachText();
	}

	private StaffPrincipal named(String displayName, Role role) {
		StaffAccount account = accounts.create(new AccountDraft("uji." + UUID.randomUUID().toString().substring(0, 8),
				displayName, null, role, staff.unitId("HUMAS"), true)).account();
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}

	private void verify(long id, StaffPrincipal coordinator) throws Exception {
		mvc.perform(post("/staf/pengaduan/{id}/verifikasi", id).with(user(coordinator)).with(csrf())
			.param("version", "0")
			.param("reportTypeId", String.valueOf(item(ReferenceList.REPORT_TYPE, "PENGADUAN")))
			.param("formId", String.valueOf(item(ReferenceList.FORM, "B")))
			.param("categoryId", String.valueOf(item(ReferenceList.CATEGORY, "BANSOS")))
			.param("unitId", String.valueOf(staff.unitId("REHSOS"))))
			.andExpect(redirectedUrl("/staf/pengaduan/" + id));
	}

	private long registered() throws Exception {
		String code = (String) mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf())
			.param("channelId", String.valueOf(item(ReferenceList.CHANNEL, "WALK_IN")))
			.param("title", "Bantuan belum cair " + UUID.randomUUID().toString().substring(0, 6))
			.param("description", "Uraian pengaduan yang dicatat oleh help desk.")
			.param("complainant.name", "Penelepon"))
			.andExpect(redirectedUrlPattern("/staf/pengaduan/baru/selesai/ADU-*"))
			.andReturn()
			.getFlashMap()
			.get("registeredCode");
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}
}

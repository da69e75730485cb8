package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/** The administrator sets the working days per stage; the most specific rule in force wins. */
@AduanTest
class ServiceLevelAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	ServiceLevels levels;

	@Autowired
	Catalog catalog;

	@Test
	void aServiceRuleBeatsTheDefaultAndAChangeIsANewVersion() throws Exception {
		StaffPrincipal admin = staff.admin();
		long bpnt = catalog.serviceByCode("L43").orElseThrow().id();
		mvc.perform(post("/admin/batas-waktu").with(user(admin)).with(csrf())
			.param("name", "E-Warong: lapangan")
			.param("serviceId", String.valueOf(bpnt))
			.param("verifyDays", "2")
			.param("followUpDays", "10")
			.param("resolveDays", "60")
			.param("autoCloseDays", "10")).andExpect(redirectedUrl("/admin/batas-waktu"));

		LocalDate today = LocalDate.now(catalog.office().zone());
		assertThat(levels.levelFor(null, null, bpnt, today).followUpDays()).isEqualTo(10);
		assertThat(levels.levelFor(null, null, null, today).name()).isEqualTo("Standar SP4N-LAPOR!");
		assertThat(levels.levelFor(null, null, bpnt, today.minusDays(1)).name())
			.as("a complaint received yesterday keeps yesterday's rule").isEqualTo("Standar SP4N-LAPOR!");

		ServiceLevelRule rule = levels.current().stream().filter(r -> bpnt == (r.serviceId() == null ? -1 : r.serviceId()))
			.findFirst().orElseThrow();
		mvc.perform(post("/admin/batas-waktu/{id}", rule.id()).with(user(admin)).with(csrf())
			.param("name", "E-Warong: lapangan (revisi)")
			.param("verifyDays", "2")
			.param("followUpDays", "7")
			.param("resolveDays", "60")
			.param("autoCloseDays", "10")).andExpect(redirectedUrl("/admin/batas-waktu"));
		assertThat(levels.history()).extracting(ServiceLevelRule::name)
			.contains("E-Warong: lapangan", "E-Warong: lapangan (revisi)");

		String page = mvc.perform(get("/admin/batas-waktu").with(user(admin))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#rules").text()).contains("E-Warong: lapangan (revisi)");
	}

	@Test
	void impossibleFiguresAreNamedAndTheDefaultRuleStays() throws Exception {
		StaffPrincipal admin = staff.admin();
		String page = mvc.perform(post("/admin/batas-waktu").with(user(admin)).with(csrf())
			.param("name", "")
			.param("verifyDays", "0")
			.param("followUpDays", "abc")
			.param("resolveDays", "999")
			.param("autoCloseDays", "10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".invalid-feedback").eachText()).contains("Harus berupa bilangan bulat.");

		page = mvc.perform(post("/admin/batas-waktu").with(user(admin)).with(csrf())
			.param("name", "")
			.param("verifyDays", "0")
			.param("followUpDays", "5")
			.param("resolveDays", "999")
			.param("autoCloseDays", "10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".invalid-feedback").eachText()).contains("Wajib diisi.",
				"Isi dengan bilangan 1 sampai 365.");

		ServiceLevelRule standard = levels.current().stream()
			.filter(r -> r.reportTypeId() == null && r.categoryId() == null && r.serviceId() == null)
			.findFirst().orElseThrow();
		mvc.perform(post("/admin/batas-waktu/{id}/pensiun", standard.id()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/batas-waktu"));
		assertThat(levels.current()).contains(standard);
	}

	@Test
	void theEmailAndCalendarAdministrationOpens() throws Exception {
		StaffPrincipal admin = staff.admin();
		for (String path : List.of("/admin/surel", "/admin/surel/ANSWERED", "/admin/kalender", "/admin/kalender?tahun=2023",
				"/admin/kalender/hari/2026-08-17", "/admin/batas-waktu")) {
			mvc.perform(get(path).with(user(admin))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin/surel/NGAWUR").with(user(admin))).andExpect(status().isBadRequest());
	}
}

package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.Staff;
import id.aduan.audit.AuditTrail;

/**
 * The administrator sets the recap cycle on a page instead of in the settings file: the due day moves
 * every due date, the first month decides which months are owed, the head's approval is asked or not;
 * wrong input is answered field by field in Indonesian and changes nothing; only the administrator
 * may. Its own context (a distinct property), since it changes what every recap test relies on.
 */
@SpringBootTest(properties = "aduan.recaps.first-month=2026-01")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CycleSettingsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	RecapCalendar calendar;

	@Autowired
	AuditTrail audit;

	@Test
	void theAdministratorChangesTheCycleAndEveryDueDateAndOwedMonthFollows() throws Exception {
		Document before = page();
		assertThat(before.select("input[name=dueDay]").val()).isEqualTo("5");
		assertThat(before.select("input[name=firstMonth]").val()).isEqualTo("2026-01");
		assertThat(before.select("#changed").text()).contains("berkas pengaturan");
		assertThat(calendar.owed(YearMonth.of(2025, 12))).isFalse();

		mvc.perform(post("/admin/rekap").with(user(staff.admin())).with(csrf())
			.param("dueDay", "10")
			.param("approvalRequired", "true")
			.param("_approvalRequired", "on")
			.param("firstMonth", "2025-07"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/rekap"));

		// June's recap: due on 10 July 2026, a Friday and a working day.
		assertThat(calendar.dueOn(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 7, 10));
		assertThat(calendar.owed(YearMonth.of(2025, 12))).isTrue();
		assertThat(calendar.owed(YearMonth.of(2025, 6))).isFalse();
		assertThat(calendar.approvalRequired()).isTrue();
		Document after = page();
		assertThat(after.select("input[name=dueDay]").val()).isEqualTo("10");
		assertThat(after.select("input[name=approvalRequired]").hasAttr("checked")).isTrue();
		assertThat(after.select("#changed").text()).contains("Diubah terakhir oleh");
		assertThat(audit.forSubject("recap_setting", "1")).last()
			.satisfies(line -> assertThat(line.detail()).isEqualTo("dueDay=10, approvalRequired=true, firstMonth=2025-07"));

		mvc.perform(post("/admin/rekap").with(user(staff.admin())).with(csrf())
			.param("dueDay", "5")
			.param("_approvalRequired", "on")
			.param("firstMonth", "2026-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.dueOn(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 7, 6));
		assertThat(calendar.approvalRequired()).isFalse();
	}

	@Test
	void wrongInputIsAnsweredFieldByFieldAndNothingChanges() throws Exception {
		LocalDate due = calendar.dueOn(YearMonth.of(2026, 6));
		int lines = audit.forSubject("recap_setting", "1").size();

		String html = mvc.perform(post("/admin/rekap").with(user(staff.admin())).with(csrf())
			.param("dueDay", "31")
			.param("firstMonth", "2026-13"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document answer = Jsoup.parse(html);
		assertThat(answer.select("#dueDay-error").text()).isEqualTo("Isi tanggal dengan angka 1 sampai 28.");
		assertThat(answer.select("#firstMonth-error").text())
			.isEqualTo("Tulis bulan dengan format TTTT-BB, misalnya 2026-07.");

		String words = mvc.perform(post("/admin/rekap").with(user(staff.admin())).with(csrf())
			.param("dueDay", "lima")
			.param("firstMonth", ""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(words).select("#dueDay-error").text()).isEqualTo("Isi tanggal dengan angka 1 sampai 28.");

		assertThat(calendar.dueOn(YearMonth.of(2026, 6))).isEqualTo(due);
		assertThat(audit.forSubject("recap_setting", "1")).hasSize(lines);
	}

	@Test
	void onlyTheAdministratorMaySetTheCycle() throws Exception {
		mvc.perform(get("/admin/rekap").with(user(staff.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/rekap").with(user(staff.coordinator())).with(csrf()).param("dueDay", "9"))
			.andExpect(status().isForbidden());
	}

	private Document page() throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/rekap").with(user(staff.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}

package id.aduan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/** The administrator keeps the calendar: regional holidays, amendments, office hours. */
@AduanTest
class CalendarAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Calendars calendars;

	@Test
	void aRegionalHolidayIsAddedOnceAndStopsTheClock() throws Exception {
		StaffPrincipal admin = staff.admin();
		LocalDate anniversary = LocalDate.of(2026, 11, 24);
		assertThat(calendars.current().isWorkingDay(anniversary)).isTrue();

		mvc.perform(post("/admin/kalender/hari").with(user(admin)).with(csrf())
			.param("date", "2026-11-24")
			.param("name", "Hari Jadi Kabupaten Buru Selatan")
			.param("kind", "REGIONAL_HOLIDAY")
			.param("decree", "Surat Edaran Bupati")).andExpect(redirectedUrl("/admin/kalender?tahun=2026"));
		assertThat(calendars.current().reason(anniversary)).hasValueSatisfying(
				off -> assertThat(off.reason()).isEqualTo(DayKind.REGIONAL_HOLIDAY));

		Document again = Jsoup.parse(mvc.perform(post("/admin/kalender/hari").with(user(admin)).with(csrf())
			.param("date", "2026-11-24")
			.param("name", "Dua kali")
			.param("kind", "REGIONAL_HOLIDAY")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.select(".invalid-feedback").eachText()).anyMatch(text -> text.contains("sudah ada di kalender"));

		mvc.perform(post("/admin/kalender/hari/2026-11-24/hapus").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/kalender?tahun=2026"));
		assertThat(calendars.current().isWorkingDay(anniversary)).isTrue();
	}

	@Test
	void officeHoursMustMakeSense() throws Exception {
		StaffPrincipal admin = staff.admin();
		Document page = Jsoup.parse(mvc.perform(post("/admin/kalender/jam").with(user(admin)).with(csrf())
			.param("days[0].day", "MONDAY")
			.param("days[0].opens", "16:00")
			.param("days[0].closes", "08:00")
			.param("days[1].day", "TUESDAY")
			.param("days[1].opens", "08:00")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".alert-danger").text()).contains("Senin: jam tutup harus setelah jam buka.",
				"Selasa: isi jam buka dan jam tutup, atau kosongkan keduanya.");
		assertThat(calendars.current().hours().on(java.time.DayOfWeek.MONDAY)).isPresent();
	}

	@Test
	void theYearPageListsTheDecreesDays() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/kalender").param("tahun", "2023").with(user(staff.admin())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#calendar-days tr[data-date=2023-06-29]").text()).contains("Idul Adha");
		assertThat(page.select("#calendar-days tr[data-date=2023-06-28]").text()).contains("624/2023");
		assertThat(page.select("#working-days").text()).contains("2023");
	}
}

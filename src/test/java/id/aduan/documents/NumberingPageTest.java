package id.aduan.documents;

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

/** The administrator's numbering page: classification codes, numbers used outside Aduan, the register. */
@AduanTest
class NumberingPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	LetterNumbering numbering;

	@Test
	void theAdministratorChangesAClassificationCodeAndReadsTheRegister() throws Exception {
		StaffPrincipal admin = staff.admin();
		int year = numbering.currentYear();
		IssuedNumber issued = numbering.issue(new LetterNumbering.Request("BERITA_ACARA_RAPAT", LocalDate.of(year, 9, 1),
				"test", "1", "Rapat dengan Tim Percepatan Penanggulangan Kemiskinan"), staff.coordinator().actor());

		Document page = page(admin);
		assertThat(page.select("#kinds tr[data-kind=BERITA_ACARA_RAPAT] input[name=classificationCode]").attr("value"))
			.isEqualTo("005");
		assertThat(page.select("#register tbody tr").text()).contains(issued.formatted(),
				"Rapat dengan Tim Percepatan Penanggulangan Kemiskinan");

		mvc.perform(post("/admin/penomoran/klasifikasi").with(user(admin)).with(csrf())
			.param("kind", "BERITA_ACARA_RAPAT").param("classificationCode", "005.1"))
			.andExpect(redirectedUrl("/admin/penomoran"));
		assertThat(page(admin).select("#kinds tr[data-kind=BERITA_ACARA_RAPAT] input[name=classificationCode]").attr("value"))
			.isEqualTo("005.1");
		mvc.perform(post("/admin/penomoran/klasifikasi").with(user(admin)).with(csrf())
			.param("kind", "BERITA_ACARA_RAPAT").param("classificationCode", "005"))
			.andExpect(redirectedUrl("/admin/penomoran"));
	}

	@Test
	void aBadClassificationCodeOrABackwardJumpIsExplainedAndNothingChanges() throws Exception {
		StaffPrincipal admin = staff.admin();
		int last = numbering.lastSequence(numbering.currentYear());

		Document code = Jsoup.parse(mvc.perform(post("/admin/penomoran/klasifikasi").with(user(admin)).with(csrf())
			.param("kind", "BERITA_ACARA_PEMBINAAN").param("classificationCode", "46 0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(code.select(".invalid-feedback").text()).startsWith("Kode klasifikasi berupa angka atau huruf");

		Document jump = Jsoup.parse(mvc.perform(post("/admin/penomoran/lompat").with(user(admin)).with(csrf())
			.param("lastUsed", "abc").param("reason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(jump.select("#lastUsed ~ .invalid-feedback").text()).isEqualTo("Harus berupa bilangan bulat.");
		assertThat(jump.select("#reason ~ .invalid-feedback").text()).isEqualTo("Wajib diisi.");
		assertThat(numbering.lastSequence(numbering.currentYear())).isEqualTo(last);
		assertThat(numbering.kinds()).filteredOn(kind -> kind.code().equals("BERITA_ACARA_PEMBINAAN"))
			.singleElement()
			.satisfies(kind -> assertThat(kind.classificationCode()).isEqualTo("460"));
	}

	@Test
	void onlyTheAdministratorManagesNumbering() throws Exception {
		mvc.perform(get("/admin/penomoran").with(user(staff.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/penomoran/lompat").with(user(staff.head())).with(csrf()).param("lastUsed", "999")
			.param("reason", "coba")).andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorReopensAPastYearOnThePageAndAUnitOfficerCannot() throws Exception {
		mvc.perform(post("/admin/penomoran/buka").with(user(staff.unitOfficer("REHSOS"))).with(csrf())
			.param("year", "2021").param("lastUsed", "12").param("reason", "coba")).andExpect(status().isForbidden());

		StaffPrincipal admin = staff.admin();
		Document wrong = Jsoup.parse(mvc.perform(post("/admin/penomoran/buka").with(user(admin)).with(csrf())
			.param("year", String.valueOf(numbering.currentYear())).param("lastUsed", "dua belas").param("reason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select("#reopen-form .invalid-feedback").eachText()).containsExactly(
				"Isi tahun yang sudah lewat, dari 2000 sampai sebelum " + numbering.currentYear() + ".",
				"Harus berupa bilangan bulat.", "Wajib diisi.");
		assertThat(numbering.openings()).noneMatch(o -> o.year() == 2021);

		mvc.perform(post("/admin/penomoran/buka").with(user(admin)).with(csrf()).param("year", "2021")
			.param("lastUsed", "12").param("reason", "Berita Acara Desember 2021 dicatat susulan"))
			.andExpect(redirectedUrl("/admin/penomoran?tahun=2021"));
		IssuedNumber issued = numbering.issue(new LetterNumbering.Request("BERITA_ACARA_RAPAT", LocalDate.of(2021, 12, 20),
				"test", "2021", "Rapat koordinasi Desember 2021"), staff.coordinator().actor());
		Document open = Jsoup.parse(mvc.perform(get("/admin/penomoran?tahun=2021").with(user(admin))).andReturn()
			.getResponse().getContentAsString());
		assertThat(open.select("#openings li[data-year=2021]").text()).contains("dibuka kembali", "12",
				"Berita Acara Desember 2021 dicatat susulan", "Masih terbuka");
		assertThat(open.select("#register tbody tr").text()).contains("005/13/XII/2021");
		assertThat(issued.formatted()).isEqualTo("005/13/XII/2021");

		mvc.perform(post("/admin/penomoran/tutup").param("tahun", "2021").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/penomoran?tahun=2021"));
		assertThat(page(admin).select("#openings li[data-year=2021]").text()).contains("Ditutup kembali oleh");
	}

	private Document page(StaffPrincipal admin) throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/penomoran").with(user(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}
}

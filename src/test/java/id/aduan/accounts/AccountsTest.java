package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;
import id.aduan.Staff;

@AduanTest
class AccountsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	AccountManagement accounts;

	@Test
	void anAdministratorCreatesAnAccountWhoseOneTimePasswordMustBeReplacedAtFirstLoginByAnUncommonOne() throws Exception {
		String username = "petugas." + UUID.randomUUID().toString().substring(0, 6);
		String page = mvc.perform(post("/admin/akun/baru").with(user(staff.admin())).with(csrf())
			.param("username", username)
			.param("displayName", "Lisma Duluhalang")
			.param("role", "UNIT_OFFICER")
			.param("unitId", String.valueOf(staff.unitId("REHSOS")))
			.param("active", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String oneTime = Jsoup.parse(page).select("#one-time-password").text();
		assertThat(oneTime).hasSize(14);

		BrowserSession session = new BrowserSession();
		mvc.perform(formLogin().user(username).password(oneTime))
			.andDo(session)
			.andExpect(redirectedUrl("/beranda"));
		mvc.perform(get("/staf/pengaduan").with(session)).andExpect(redirectedUrl("/akun/kata-sandi"));

		mvc.perform(post("/akun/kata-sandi").with(session).with(csrf())
			.param("currentPassword", oneTime)
			.param("newPassword", "pendek")
			.param("confirmPassword", "pendek"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("paling sedikit 10 karakter")));
		Document common = Jsoup.parse(mvc.perform(post("/akun/kata-sandi").with(session).with(csrf())
			.param("currentPassword", oneTime)
			.param("newPassword", "1234567890")
			.param("confirmPassword", "1234567890"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(common.select("#newPassword-error").text())
			.contains("Kata sandi baru terlalu umum");
		mvc.perform(post("/akun/kata-sandi").with(session).with(csrf())
			.param("currentPassword", oneTime)
			.param("newPassword", "Namrole-97544-aman")
			.param("confirmPassword", "Namrole-97544-aman"))
			.andExpect(redirectedUrl("/beranda"));
		mvc.perform(get("/staf/pengaduan").with(session)).andExpect(status().isOk());

		mvc.perform(formLogin().user(username).password(oneTime)).andExpect(unauthenticated());
		mvc.perform(formLogin().user(username).password("Namrole-97544-aman")).andExpect(authenticated());
	}

	@Test
	void aOneTimePasswordOpensNothingButThePasswordPageNotEvenMetrics() throws Exception {
		AccountManagement.OneTimeLogin first = accounts.create(new AccountManagement.AccountDraft(
				"admin." + UUID.randomUUID().toString().substring(0, 6), "Admin Baru", null, Role.ADMIN, null, true));
		BrowserSession session = new BrowserSession();
		mvc.perform(formLogin().user(first.account().username()).password(first.password()))
			.andDo(session)
			.andExpect(redirectedUrl("/beranda"));

		mvc.perform(get("/actuator/prometheus").with(session)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(session)).andExpect(status().isForbidden());
		for (String page : new String[] { "/admin/akun", "/admin/kunci-api", "/beranda", "/", "/lacak" }) {
			mvc.perform(get(page).with(session)).andExpect(redirectedUrl("/akun/kata-sandi"));
		}
		mvc.perform(get("/akun/kata-sandi").with(session)).andExpect(status().isOk());

		mvc.perform(post("/akun/kata-sandi").with(session).with(csrf())
			.param("currentPassword", first.password())
			.param("newPassword", "Namrole-97544-aman")
			.param("confirmPassword", "Namrole-97544-aman"))
			.andExpect(redirectedUrl("/beranda"));
		mvc.perform(get("/actuator/prometheus").with(session)).andExpect(status().isOk());
	}

	@Test
	void aDeactivatedAccountCannotLogIn() throws Exception {
		AccountManagement.OneTimeLogin login = accounts.create(new AccountManagement.AccountDraft(
				"nonaktif." + UUID.randomUUID().toString().substring(0, 6), "Pegawai Pindah", null, Role.HELPDESK,
				null, true));
		mvc.perform(post("/admin/akun/{id}", login.account().id()).with(user(staff.admin())).with(csrf())
			.param("displayName", "Pegawai Pindah")
			.param("role", "HELPDESK")
			.param("active", "false")).andExpect(redirectedUrl("/admin/akun"));

		mvc.perform(formLogin().user(login.account().username()).password(login.password()))
			.andExpect(unauthenticated());
	}

	@Test
	void wrongAccountInputIsNamedAndNothingIsCreated() throws Exception {
		var admin = staff.admin();
		int before = accounts.all().size();
		String page = mvc.perform(post("/admin/akun/baru").with(user(admin)).with(csrf())
			.param("username", "Bukan Nama Pengguna!")
			.param("displayName", "")
			.param("email", "bukan-surel")
			.param("role", "UNIT_OFFICER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(page).select(".invalid-feedback").eachText()).contains(
				"Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah, atau tanda hubung.",
				"Wajib diisi.", "Alamat surel tidak valid. Contoh: nama@contoh.go.id.",
				"Petugas unit kerja harus memiliki unit kerja.");
		assertThat(Jsoup.parse(page).select("input[name=username]").val()).isEqualTo("Bukan Nama Pengguna!");
		assertThat(accounts.all()).hasSize(before);
	}

	@Test
	void aTamperedChoiceIsNamedNotAServerError() throws Exception {
		mvc.perform(post("/admin/akun/baru").with(user(staff.admin())).with(csrf())
			.param("username", "rusak." + UUID.randomUUID().toString().substring(0, 6))
			.param("displayName", "Rusak")
			.param("role", "RAJA")
			.param("unitId", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilihan tidak valid; pilih dari daftar.")));
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		var admin = staff.admin();
		mvc.perform(post("/admin/akun/{id}", admin.id()).with(user(admin)).with(csrf())
			.param("displayName", admin.displayName())
			.param("role", "HEAD")
			.param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak dapat menonaktifkan akun Anda sendiri")));
		assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void aResetGivesANewOneTimePasswordAndRetiresTheOldOne() throws Exception {
		AccountManagement.OneTimeLogin first = accounts.create(new AccountManagement.AccountDraft(
				"lupa." + UUID.randomUUID().toString().substring(0, 6), "Pelupa", null, Role.HEAD, null, true));
		String page = mvc.perform(post("/admin/akun/{id}/reset", first.account().id()).with(user(staff.admin()))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		String second = Jsoup.parse(page).select("#one-time-password").text();

		assertThat(second).isNotEqualTo(first.password()).hasSize(14);
		mvc.perform(formLogin().user(first.account().username()).password(first.password()))
			.andExpect(unauthenticated());
		mvc.perform(formLogin().user(first.account().username()).password(second)).andExpect(authenticated());
	}

	@Test
	void aWrongLoginSaysSoInIndonesian() throws Exception {
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString(
				"Nama pengguna atau kata sandi salah, atau akun tidak aktif.")));
	}
}

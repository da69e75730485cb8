package id.aduan.coaching.web;

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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.coaching.SessionDraft;
import id.aduan.coaching.SessionKind;
import id.aduan.coaching.SessionPlanning;
import id.aduan.coaching.SessionQueries;

/**
 * Self check-in: the coordinator opens it and shows the QR code; participants, without logging in,
 * write themselves into the Daftar Hadir from their phones; once closed, the code lets nobody in.
 */
@AduanTest
class SelfCheckInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	SessionPlanning planning;

	@Autowired
	SessionQueries queries;

	@Test
	void participantsCheckThemselvesInUntilTheCoordinatorClosesCheckIn() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = planning.create(new SessionDraft(SessionKind.COACHING, "Pembinaan dengan absensi QR",
				LocalDate.of(2026, 6, 6), null, null, "Aula", null, null, List.of(), null), coordinator.actor());

		mvc.perform(post("/staf/pembinaan/" + id + "/absensi/buka").with(user(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/staf/pembinaan/" + id + "/absensi"));
		Document code = page("/staf/pembinaan/" + id + "/absensi", coordinator);
		assertThat(code.select("#check-in-qr svg")).hasSize(1);
		String address = code.select("#check-in-address").text();
		assertThat(address).matches("http://localhost/hadir/[0-9a-f]{30}");
		String path = address.substring("http://localhost".length());

		Document form = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(form.select("#check-in-topic").text()).isEqualTo("Pembinaan dengan absensi QR");
		mvc.perform(post(path).with(csrf()).param("name", "Amar Rentua").param("capacity", "Pekerja Sosial"))
			.andExpect(redirectedUrl(path + "/terima-kasih"));
		Document duplicate = Jsoup.parse(mvc.perform(post(path).with(csrf()).param("name", " amar rentua "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(duplicate.select("#name ~ .invalid-feedback").text())
			.isEqualTo("Nama amar rentua sudah tercatat hadir pada kegiatan ini.");
		Document nameless = Jsoup.parse(mvc.perform(post(path).with(csrf()).param("name", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(nameless.select("#name ~ .invalid-feedback").text()).isEqualTo("Nama peserta wajib diisi.");

		assertThat(queries.details(id, coordinator.actor()).participants()).singleElement().satisfies(person -> {
			assertThat(person.name()).isEqualTo("Amar Rentua");
			assertThat(person.capacity()).isEqualTo("Pekerja Sosial");
			assertThat(person.selfCheckedIn()).isTrue();
		});

		mvc.perform(post("/staf/pembinaan/" + id + "/absensi/tutup").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document closed = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString());
		assertThat(closed.text()).contains("Absensi untuk kegiatan ini sudah ditutup, atau tautannya salah.");
		mvc.perform(post(path).with(csrf()).param("name", "Terlambat")).andExpect(status().isNotFound());
		mvc.perform(get("/hadir/bukan-token")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheCoordinatorOpensCheckIn() throws Exception {
		long id = planning.create(new SessionDraft(SessionKind.COACHING, "Rapat", LocalDate.of(2026, 6, 6), null, null,
				"Aula", null, null, List.of(), null), staff.coordinator().actor());

		mvc.perform(post("/staf/pembinaan/" + id + "/absensi/buka").with(user(staff.head())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/pembinaan/" + id + "/absensi").with(user(staff.head()))).andExpect(status().isForbidden());
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}

package id.aduan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.aduan.AduanTest;
import id.aduan.Staff;

/**
 * Where it happened: the complaint form offers the region's districts and villages and takes coordinates
 * (typed or from the phone's GPS); they are kept with the complaint, the village named in its place, and
 * Open311 shows the coordinates. Coordinates that cannot be used store nothing and keep what was typed.
 */
@AduanTest
class ComplaintLocationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void aComplaintCarriesItsVillageAndCoordinatesToOpen311() throws Exception {
		long elfule = jdbc.sql("select id from region_place where code = 'NAMROLE.ELFULE'").query(Long.class).single();
		Document form = page("/pengaduan/baru");
		assertThat(form.select("select[name=placeId] option").eachText()).contains("Kecamatan Namrole",
				"Desa Elfule, Kecamatan Namrole", "Kecamatan Ambalau");
		assertThat(form.select("#use-gps").attr("data-locating")).isEqualTo("Mencari lokasi…");

		MvcResult sent = mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Jembatan desa putus")
			.param("description", "Jembatan di Desa Elfule putus sejak banjir, anak-anak tidak bisa ke sekolah.")
			.param("placeId", String.valueOf(elfule))
			.param("latitude", "-3,8341")
			.param("longitude", "126.7213"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) sent.getFlashMap().get("trackingCode");
		var stored = jdbc.sql("""
				select c.id, c.incident_place, l.place_id, l.lat, l.lon from complaint c
				join complaint_location l on l.complaint_id = c.id where c.tracking_code = ?""")
			.param(code)
			.query()
			.singleRow();
		assertThat(stored.get("incident_place")).isEqualTo("Desa Elfule, Kecamatan Namrole");
		assertThat(((Number) stored.get("place_id")).longValue()).isEqualTo(elfule);
		assertThat(stored.get("lat").toString()).isEqualTo("-3.834100");
		assertThat(stored.get("lon").toString()).isEqualTo("126.721300");

		mvc.perform(get("/open311/v2/requests/{id}.json", stored.get("id")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].lat").value(-3.8341))
			.andExpect(jsonPath("$[0].long").value(126.7213))
			.andExpect(jsonPath("$[0].address").value("Desa Elfule, Kecamatan Namrole"));

		// The officer sees the point on the complaint's page, with a link to open it on a map.
		Document panel = Jsoup.parse(mvc.perform(get("/staf/pengaduan/{id}/lokasi", stored.get("id"))
			.with(user(staff.coordinator()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(panel.select("#location-point").text()).isEqualTo("-3.834100, 126.721300");
		assertThat(panel.select("a#location-osm").attr("href"))
			.isEqualTo("https://www.openstreetmap.org/?mlat=-3.834100&mlon=126.721300#map=17/-3.834100/126.721300");
		mvc.perform(get("/staf/pengaduan/{id}/lokasi", stored.get("id"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void theHelpDeskRecordsWhereAWalkInComplaintHappenedAndAMistypedPointIsNamed() throws Exception {
		long wailua = jdbc.sql("select id from region_place where code = 'AMBALAU.WAILUA'").query(Long.class).single();
		long walkIn = jdbc.sql("select id from channel where code = 'WALK_IN'").query(Long.class).single();
		Document form = Jsoup.parse(mvc.perform(get("/staf/pengaduan/baru").with(user(staff.helpDesk())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("select[name=placeId] option").eachText()).contains("Desa Wailua, Kecamatan Ambalau");
		assertThat(form.select("#location-map")).as("the map, where the browser is online").hasSize(1);

		Document wrong = Jsoup.parse(mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf())
			.param("channelId", String.valueOf(walkIn))
			.param("title", "Air bersih tidak mengalir")
			.param("description", "Warga Desa Wailua datang melapor air bersih tidak mengalir seminggu.")
			.param("placeId", String.valueOf(wailua))
			.param("latitude", "-3,9x"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select(".alert-danger").text()).contains("Lintang harus berupa angka desimal");
		assertThat(wrong.select("details").hasAttr("open")).as("the fields to fix are open").isTrue();
		assertThat(wrong.select("select[name=placeId] option[selected]").text()).isEqualTo("Desa Wailua, Kecamatan Ambalau");

		String code = (String) mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf())
			.param("channelId", String.valueOf(walkIn))
			.param("title", "Air bersih tidak mengalir")
			.param("description", "Warga Desa Wailua datang melapor air bersih tidak mengalir seminggu.")
			.param("placeId", String.valueOf(wailua))
			.param("latitude", "-3,9012")
			.param("longitude", "127.0456"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("registeredCode");
		var stored = jdbc.sql("""
				select c.incident_place, l.place_id, l.lat, l.lon from complaint c
				join complaint_location l on l.complaint_id = c.id where c.tracking_code = ?""")
			.param(code)
			.query()
			.singleRow();
		assertThat(stored.get("incident_place")).isEqualTo("Desa Wailua, Kecamatan Ambalau");
		assertThat(((Number) stored.get("place_id")).longValue()).isEqualTo(wailua);
		assertThat(stored.get("lat").toString()).isEqualTo("-3.901200");
		assertThat(stored.get("lon").toString()).isEqualTo("127.045600");
	}

	@Test
	void coordinatesThatCannotBeUsedStoreNothingAndKeepWhatWasTyped() throws Exception {
		long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
		Document page = Jsoup.parse(mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Lokasi salah")
			.param("description", "Pengaduan dengan koordinat yang tidak lengkap.")
			.param("latitude", "-95")
			.param("longitude", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".alert-danger").text()).contains("Lintang harus di antara -90 dan 90.");
		assertThat(page.select("input[name=latitude]").val()).isEqualTo("-95");

		Document half = Jsoup.parse(mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Lokasi setengah")
			.param("description", "Pengaduan dengan lintang tanpa bujur.")
			.param("latitude", "-3.5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(half.select(".alert-danger").text()).contains("Isi lintang dan bujur bersama-sama");
		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}

package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.open311.ApiKeys;

/**
 * The channels on a real PostgreSQL server: the same email piped by several instances at once becomes
 * one complaint, the same Idempotency-Key sent at once creates one, and the SQL of Open311, LAPOR!,
 * threads and duplicates runs there as on H2.
 */
@SpringBootTest(properties = "aduan.mail.intake.pipe-token=pipa-pg")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class ChannelsOnPostgresTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys keys;

	@Autowired
	Staff staff;

	@Autowired
	id.aduan.system.JobLocks locks;

	@Test
	void aJobLeaseOnPostgresKeepsASecondRunOutAndIsLetGoAfterwards() throws Exception {
		boolean[] secondRan = { true };
		assertThat(locks.runAlone("pg-lease", () -> {
			Thread other = new Thread(() -> secondRan[0] = locks.runAlone("pg-lease", () -> {
			}));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		})).isTrue();
		assertThat(secondRan[0]).isFalse();
		assertThat(locks.runAlone("pg-lease", () -> {
		})).isTrue();
	}

	@Test
	void theSameEmailPipedByFourInstancesAtOnceIsOneComplaint() throws Exception {
		String id = "<serentak-" + UUID.randomUUID() + "@example.id>";
		byte[] raw = ("Message-ID: " + id + "\r\nFrom: Irwan Kalidupa <irwan@example.id>\r\nTo: pengaduan@example.go.id\r\n"
				+ "Subject: Bantuan sembako belum diterima\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ "Bantuan sembako adaptif untuk keluarga kami belum diterima.\r\n").getBytes(StandardCharsets.UTF_8);
		List<String> outcomes = all(4, () -> JsonPath.read(mvc.perform(post("/api/v1/mail/inbound")
			.contentType("message/rfc822").content(raw).header("Authorization", "Bearer pipa-pg"))
			.andReturn().getResponse().getContentAsString(), "$.outcome"));
		assertThat(outcomes).containsOnlyOnce("COMPLAINT").containsOnly("COMPLAINT", "ALREADY_TAKEN");
		assertThat(jdbc.sql("select count(*) from complaint where channel_reference = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameIdempotencyKeySentAtOnceCreatesOneComplaint() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = """
				{"title": "Izin operasional LKS belum terbit", "complainant": {"email": "lks@example.id"},
				 "description": "Permohonan rekomendasi izin operasional LKS kami belum terbit sejak Agustus."}""";
		List<String> codes = all(4, () -> {
			var response = mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
			return response.getStatus() + " " + JsonPath.read(response.getContentAsString(), "$.trackingCode");
		});
		assertThat(codes).hasSize(4).allMatch(code -> code.startsWith("201 ADU-"));
		assertThat(Collections.frequency(codes, codes.get(0))).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = 'lks@example.id'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void open311LaporThreadsAndDuplicatesRunOnPostgres() throws Exception {
		String apiKey = keys.issue("Uji PostgreSQL", new Actor(null, "Admin", Role.ADMIN, null)).key();
		String created = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", apiKey).param("service_code", "L28").param("lat", "-3.39").param("long", "126.56")
			.param("description", "Orang terlantar di terminal Namrole perlu dipulangkan.")
			.param("attribute[LOKASI_ORANG]", "Terminal Namrole")
			.param("email", "wael@example.id"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String requestId = JsonPath.read(created, "$[0].service_request_id");
		String list = mvc.perform(get("/open311/v2/requests.json").param("service_code", "L28").param("status", "open"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(list, "$[*].service_request_id")).contains(requestId);
		assertThat(mvc.perform(get("/open311/v2/requests/" + requestId + ".xml")).andReturn().getResponse()
			.getContentAsString()).contains("<lat>-3.390000</lat>");

		StaffPrincipal coordinator = staff.coordinator();
		String laporId = String.valueOf(System.nanoTime() % 1_000_000_000L);
		String now = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(2));
		String csv = "ID Tracking,Tanggal Laporan,Judul Laporan,Isi Laporan,Email Pelapor\n" + laporId + "," + now
				+ ",Orang terlantar di terminal,Orang terlantar di terminal Namrole perlu dipulangkan segera.,wael@example.id\n";
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/staf/lapor/impor").file(new MockMultipartFile("file", "lapor.csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8))).with(user(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(*) from complaint where channel_reference = ?").param(laporId)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(new String(mvc.perform(get("/staf/lapor/tindak-lanjut.csv").with(user(coordinator))).andReturn()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains(laporId);

		long lapor = jdbc.sql("select id from complaint where channel_reference = ?").param(laporId).query(Long.class).single();
		String panel = mvc.perform(get("/staf/pengaduan/{id}/kemungkinan-duplikat", lapor).with(user(coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(panel).select("#candidate-" + requestId)).hasSize(1);

		mvc.perform(post("/staf/pengaduan/{id}/percakapan", lapor).param("text", "Mohon kirim foto lokasi.")
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/pengaduan/{id}/percakapan", lapor).param("text", "Petugas menuju lokasi.")
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from conversation where complaint_id = ?").param(lapor).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notification where kind = 'MESSAGE_TO_COMPLAINANT' and complaint_id = ?")
			.param(lapor).query(Long.class).single()).isEqualTo(2);
	}

	private static <T> List<T> all(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}

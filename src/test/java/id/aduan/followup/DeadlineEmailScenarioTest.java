package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

import id.aduan.MutableClock;
import id.aduan.StartingClock;
import id.aduan.TestMail;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.InboxQuery;

/**
 * One complaint walked past each of its deadlines on a clock the test moves, with a real SMTP server
 * (GreenMail) receiving what Aduan sends: the complainant, the coordinator and the unit's officer each
 * get exactly the emails they should, once.
 */
@SpringBootTest(properties = { "aduan.followup.public-url=https://aduan.example.go.id",
		"aduan.followup.mail-from=aduan@dinsos.example.go.id",
		"test.clock.start=2026-11-30T00:00:00Z" })
@Import(StartingClock.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeadlineEmailScenarioTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@BeforeEach
	void emptyMailboxes() throws Exception {
		mail.purgeEmailFromAllMailboxes();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	static final String COMPLAINANT = "warga@example.id";

	static final String COORDINATOR = "koordinator@dinsos.example.go.id";

	static final String OFFICER = "linjamsos@dinsos.example.go.id";

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpJobs jobs;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	Catalog catalog;

	@Test
	void aComplaintWalksPastEveryDeadlineAndEachNoticeArrivesOnce() throws Exception {
		Actor coordinator = account("koordinator.uji", Role.COORDINATOR, "HUMAS", COORDINATOR);
		Actor officer = account("petugas.uji", Role.UNIT_OFFICER, "LINJAMSOS", OFFICER);

		// Monday 30 November 2026, 09:00 WIT: a citizen complains through the API.
		clock.setWit("2026-11-30T09:00");
		Submitted submitted = submit();
		String code = submitted.code();
		long id = queries.inbox(search(code), coordinator).rows().get(0).id();
		runJobsTwice();
		assertThat(received()).containsExactly(entry(COMPLAINANT, "Pengaduan Anda telah diterima (" + code + ")"));

		// Tuesday: verification is due Thursday, nothing to remind yet.
		clock.setWit("2026-12-01T08:00");
		runJobsTwice();
		assertThat(received()).hasSize(1);

		// Wednesday: one working day before the verification deadline, the coordinator is reminded.
		clock.setWit("2026-12-02T08:00");
		runJobsTwice();
		assertThat(received()).contains(entry(COORDINATOR,
				"Pengingat: verifikasi pengaduan " + code + " paling lambat Kamis, 3 Desember 2026"));

		// Thursday after closing time: the deadline has passed; the coordinator is told.
		clock.setWit("2026-12-03T16:30");
		runJobsTwice();
		assertThat(received()).contains(entry(COORDINATOR, "Terlambat: pengaduan " + code + " melewati batas verifikasi"));

		// Friday: verified and routed; the unit hears of it, and gets its first morning digest.
		clock.setWit("2026-12-04T09:00");
		handling.verify(id, null, classification(), catalog.unitByCode("LINJAMSOS").orElseThrow().id(), null,
				coordinator);
		runJobsTwice();
		assertThat(received()).contains(entry(OFFICER, "Disposisi pengaduan " + code + ": Bantuan PKH belum diterima"),
				entry(OFFICER, "Ringkasan harian pengaduan Bidang Perlindungan dan Jaminan Sosial, Jumat, 4 Desember 2026: 1 terbuka, 0 terlambat"));

		// Thursday 10 December: follow-up is due Friday; the officer is reminded, answers the same morning.
		clock.setWit("2026-12-10T08:00");
		runJobsTwice();
		assertThat(received()).contains(entry(OFFICER,
				"Pengingat: tindak lanjut pengaduan " + code + " paling lambat Jumat, 11 Desember 2026"));
		clock.setWit("2026-12-10T10:00");
		handling.answer(id, null, "Bantuan PKH tahap IV telah ditransfer ke rekening KKS Anda.", officer);
		runJobsTwice();
		assertThat(received()).contains(entry(COMPLAINANT, "Tanggapan atas pengaduan " + code));
		String answerMail = bodyOf(COMPLAINANT, "Tanggapan atas pengaduan " + code);
		MimeMessage receipt = messageOf(COMPLAINANT, "Pengaduan Anda telah diterima (" + code + ")");
		MimeMessage answer = messageOf(COMPLAINANT, "Tanggapan atas pengaduan " + code);
		assertThat(answer.getHeader("In-Reply-To")).as("the answer threads under the receipt")
			.containsExactly(receipt.getMessageID());
		assertThat(answer.getHeader("References")).containsExactly(receipt.getMessageID());
		assertThat(receipt.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(answerMail).contains("Bantuan PKH tahap IV telah ditransfer",
				"paling lambat Senin, 28 Desember 2026", "https://aduan.example.go.id/lacak/" + code);
		assertThat(queries.details(id, coordinator).complaint().schedule().firstAnswerDays())
			.as("Dec 1, 2, 3, 4, 7, 8, 9, 10").isEqualTo(8);

		mvc.perform(post("/api/v1/public/complaints/{code}/rating", code).header("X-Access-Key", submitted.key()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"score\": 4, \"solved\": true, \"comment\": \"Terima kasih\"}"))
			.andExpect(status().isNoContent());

		// The dispute window runs to the end of Monday 28 December (Christmas and its leave skipped).
		clock.setWit("2026-12-28T15:00");
		runJobsTwice();
		mvc.perform(get("/api/v1/public/complaints/{code}", code)).andExpect(jsonPath("$.status").value("ANSWERED"));
		clock.setWit("2026-12-28T16:30");
		runJobsTwice();
		mvc.perform(get("/api/v1/public/complaints/{code}", code)).andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(received()).contains(entry(COMPLAINANT, "Pengaduan " + code + " telah selesai"));

		mvc.perform(post("/api/v1/public/complaints/{code}/dispute", code).header("X-Access-Key", submitted.key()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Terlambat saya sampaikan\"}")).andExpect(status().isConflict());

		Map<String, Integer> perRecipient = new TreeMap<>();
		received().forEach(e -> perRecipient.merge(e.getKey(), 1, Integer::sum));
		assertThat(perRecipient).containsEntry(COMPLAINANT, 3).containsEntry(COORDINATOR, 2).containsEntry(OFFICER, 4);
		assertThat(received()).doesNotHaveDuplicates();
	}

	@Test
	void aDisputeWithinTheWindowReopensTheComplaintAndTellsTheCoordinator() throws Exception {
		Actor coordinator = account("koordinator.keberatan", Role.COORDINATOR, "HUMAS", "koor2@dinsos.example.go.id");
		clock.setWit("2027-01-11T09:00");
		Submitted submitted = submit();
		String code = submitted.code();
		long id = queries.inbox(search(code), coordinator).rows().get(0).id();
		handling.verify(id, null, classification(), null, null, coordinator);
		handling.answer(id, null, "Silakan datang ke kantor dengan membawa KK.", coordinator);

		clock.setWit("2027-01-13T10:00");
		mvc.perform(post("/api/v1/public/complaints/{code}/dispute", code).header("X-Access-Key", submitted.key()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Sudah datang dua kali tetapi tidak dilayani.\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/public/complaints/{code}", code))
			.andExpect(jsonPath("$.status").value("REOPENED"))
			.andExpect(jsonPath("$.timeline[-1:].kind").value(org.hamcrest.Matchers.hasItem("DISPUTED")));
		jobs.runAll();
		assertThat(bodyOf("koor2@dinsos.example.go.id", "Keberatan pengadu atas pengaduan " + code))
			.contains("Sudah datang dua kali tetapi tidak dilayani.");
	}

	/** What the complainant got back: the tracking code and the access key. */
	record Submitted(String code, String key) {
	}

	private Submitted submit() throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "Bantuan PKH belum diterima",
				 "description": "Bantuan PKH tahap IV belum masuk ke rekening kami.",
				 "complainant": {"name": "Saida Tubutenan", "email": "%s"}}""".formatted(COMPLAINANT)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Submitted(JsonPath.read(answer, "$.trackingCode"), JsonPath.read(answer, "$.accessKey"));
	}

	private void runJobsTwice() {
		jobs.runAll();
		jobs.runAll();
	}

	private Actor account(String username, Role role, String unit, String email) {
		return accounts.create(new AccountDraft(username, "Uji " + username, email, role,
				catalog.unitByCode(unit).orElseThrow().id(), true)).account().asActor();
	}

	private Classification classification() {
		return new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null);
	}

	private static InboxQuery search(String code) {
		return new InboxQuery(null, null, null, null, null, null, null, code, 0, 20);
	}

	private static Map.Entry<String, String> entry(String to, String subject) {
		return Map.entry(to, subject);
	}

	/** Every email GreenMail received, as recipient and subject. */
	private static List<Map.Entry<String, String>> received() {
		return java.util.Arrays.stream(mail.getReceivedMessages()).map(message -> {
			try {
				return entry(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject());
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	private static MimeMessage messageOf(String to, String subject) throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
					&& message.getSubject().equals(subject)) {
				return message;
			}
		}
		throw new AssertionError("No email to " + to + " with subject " + subject);
	}

	private static String bodyOf(String to, String subject) throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
					&& message.getSubject().equals(subject)) {
				return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=\n", "");
			}
		}
		throw new AssertionError("No email to " + to + " with subject " + subject);
	}
}

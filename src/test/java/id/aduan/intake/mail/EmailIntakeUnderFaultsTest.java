package id.aduan.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.aduan.Staff;
import id.aduan.TestMail;
import id.aduan.followup.FollowUpJobs;

/**
 * The mailbox under faults, against a real mail server (GreenMail): a message Aduan cannot read is
 * tried a few times, then set aside for the coordinator and marked seen, and never holds up the mail
 * behind it; odd messages (a Message-ID of 600 characters, charset {@code unknown-8bit}) become
 * complaints; a mail without a sender is kept for the coordinator, not dropped.
 */
@SpringBootTest(properties = { "aduan.followup.mail-from=aduan@dinsos.example.go.id", "aduan.mail.intake.batch=5" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EmailIntakeUnderFaultsTest {

	static final String MAILBOX = "aduan-gangguan@dinsos.example.go.id";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	static GreenMailUser mailbox;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
		registry.add("aduan.mail.intake.host", () -> "localhost");
		registry.add("aduan.mail.intake.port", () -> mail.getImap().getPort());
		registry.add("aduan.mail.intake.protocol", () -> "imap");
		registry.add("aduan.mail.intake.username", () -> MAILBOX);
		registry.add("aduan.mail.intake.password", () -> "rahasia");
		registry.add("aduan.mail.intake.scheduled", () -> "false");
		registry.add("aduan.mail.intake.pipe-token", () -> "token-gangguan");
	}

	@BeforeAll
	static void mailboxUser() {
		mailbox = mail.setUser(MAILBOX, MAILBOX, "rahasia");
	}

	@Autowired
	MailJobs jobs;

	@Autowired
	FollowUpJobs followUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void unreadableMailIsSetAsideAfterThreeTriesAndNeverHoldsUpTheMailBehindIt() throws Exception {
		String run = String.valueOf(System.nanoTime());
		for (int i = 0; i < 7; i++) {
			deliver(raw("<rusak-" + i + "-" + run + "@example.id>", "rusak" + i + "@example.id", "Lampiran rusak " + i,
					"text/plain; charset=UTF-8", "Surel dengan lampiran yang rusak.", brokenAttachment()));
		}
		String good = "<baik-" + run + "@example.id>";
		deliver(raw(good, "baik@example.id", "Jalan desa rusak", "text/plain; charset=UTF-8",
				"Jalan desa Waelo rusak parah sejak musim hujan.", ""));

		assertThat(jobs.pollNow()).as("the readable mail behind seven unreadable ones").isEqualTo(1);
		assertThat(complaintFor(good)).isEqualTo(1);
		assertThat(unseenSubjects()).hasSize(7).allMatch(subject -> subject.startsWith("Lampiran rusak"));

		jobs.pollNow();
		assertThat(setAside()).isZero();
		jobs.pollNow();
		assertThat(setAside()).isEqualTo(7);
		assertThat(unseenSubjects()).isEmpty();
		assertThat(jdbc.sql("select count(*) from email_failure where set_aside_at is not null and raw is not null"
				+ " and attempts = 3 and sender like 'rusak%'").query(Long.class).single()).isEqualTo(7);

		Document page = Jsoup.parse(mvc.perform(get("/staf/surel-disisihkan").with(user(staff.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#set-aside tbody tr")).hasSizeGreaterThanOrEqualTo(7);
		assertThat(page.text()).contains("Lampiran rusak 0", "Gagal dibaca 3 kali");
		String download = page.select("#set-aside a[href$=.eml]").first().attr("href");
		byte[] kept = mvc.perform(get(download).with(user(staff.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(kept, StandardCharsets.UTF_8)).contains("Surel dengan lampiran yang rusak.");
		mvc.perform(get("/staf/surel-disisihkan").with(user(staff.head()))).andExpect(status().isForbidden());

		Document helpDesk = Jsoup.parse(mvc.perform(get("/staf/pengaduan/baru").with(user(staff.helpDesk())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(helpDesk.select("#set-aside-link").attr("href")).isEqualTo("/staf/surel-disisihkan");
	}

	@Test
	void aMessageIdOfSixHundredCharactersAndAnUnknownCharsetBecomeComplaints() throws Exception {
		String run = String.valueOf(System.nanoTime());
		String longId = "<" + "x".repeat(600) + run + "@example.id>";
		deliver(raw(longId, "panjang@example.id", "Message-ID panjang", "text/plain; charset=UTF-8",
				"Bantuan sembako belum diterima warga RT 03.", ""));
		String odd = "<aneh-" + run + "@example.id>";
		deliver(raw(odd, "aneh@example.id", "Charset aneh", "text/plain; charset=unknown-8bit",
				"Pelayanan KTP di kecamatan lambat sekali.", ""));

		assertThat(jobs.pollNow()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_email in ('panjang@example.id', 'aneh@example.id')")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select description from complaint where complainant_email = 'aneh@example.id'")
			.query(String.class).single()).contains("Pelayanan KTP di kecamatan lambat sekali.");
		assertThat(unseenSubjects()).isEmpty();

		String piped = "<" + "y".repeat(600) + run + "@example.id>";
		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822")
			.content(raw(piped, "pipa-panjang@example.id", "Lewat pipa", "text/plain; charset=UTF-8",
					"Air bersih di desa belum mengalir seminggu.", "").getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "Bearer token-gangguan"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("COMPLAINT"));
	}

	@Test
	void aPipedMailThatCannotBeTakenIsSetAsideForTheCoordinatorInsteadOfRefused() throws Exception {
		String run = String.valueOf(System.nanoTime());
		String broken = "<pipa-rusak-" + run + "@example.id>";
		pipe(raw(broken, "pipa-rusak@example.id", "Lampiran rusak lewat pipa", "text/plain; charset=UTF-8",
				"Surel dengan lampiran yang rusak.", brokenAttachment()));

		// The database refuses this one complaint, as it may refuse anything unforeseen.
		String refused = "<pipa-ditolak-" + run + "@example.id>";
		jdbc.sql("alter table complaint add constraint uji_pipa_ditolak check (title <> 'Ditolak basis data')").update();
		try {
			pipe(raw(refused, "pipa-ditolak@example.id", "Ditolak basis data", "text/plain; charset=UTF-8",
					"Bantuan beras belum dibagikan di dusun kami.", ""));
		}
		finally {
			jdbc.sql("alter table complaint drop constraint uji_pipa_ditolak").update();
		}

		for (String id : List.of(broken, refused)) {
			assertThat(jdbc.sql("select count(*) from email_failure where message_id = ? and source = 'PIPE'"
					+ " and set_aside_at is not null and raw is not null").param(id).query(Long.class).single())
				.as("set aside: " + id).isEqualTo(1);
			assertThat(complaintFor(id)).isZero();
			assertThat(jdbc.sql("select count(*) from email_message where message_id = ?").param(id).query(Long.class)
				.single()).as("nothing half-taken").isZero();
		}
		assertThat(Jsoup.parse(mvc.perform(get("/staf/surel-disisihkan").with(user(staff.coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).text()).contains("Lampiran rusak lewat pipa", "Ditolak basis data");
	}

	@Test
	void aMailWithoutSenderIsKeptForTheCoordinatorInsteadOfDropped() throws Exception {
		String id = "<tanpa-pengirim-" + System.nanoTime() + "@example.id>";
		deliver(raw(id, null, "Tanpa pengirim", "text/plain; charset=UTF-8", "Mohon bantuan untuk lansia.", ""));

		jobs.pollNow();
		assertThat(jdbc.sql("select count(*) from email_failure where message_id = ? and set_aside_at is not null"
				+ " and reason = 'NO_SENDER' and raw is not null").param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(unseenSubjects()).isEmpty();
		assertThat(Jsoup.parse(mvc.perform(get("/staf/surel-disisihkan").with(user(staff.helpDesk())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).text()).contains("Tanpa pengirim", "Tanpa alamat pengirim");
	}

	@Test
	void aReplyWithTheTrackingCodeInLowerCaseJoinsTheComplaintsThread() throws Exception {
		String run = String.valueOf(System.nanoTime());
		String citizen = "huruf-kecil-" + run + "@example.id";
		String first = "<pertama-" + run + "@example.id>";
		deliver(raw(first, citizen, "Beasiswa belum cair", "text/plain; charset=UTF-8",
				"Beasiswa anak kami belum cair sejak Agustus.", ""));
		jobs.pollNow();
		String code = jdbc.sql("select tracking_code from complaint where channel_reference = ?").param(first)
			.query(String.class).single();

		deliver(raw("<kedua-" + run + "@example.id>", citizen, "tentang " + code.toLowerCase(),
				"text/plain; charset=UTF-8", "Sudah ada kabar dari dinas?", ""));
		jobs.pollNow();

		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = ?").param(citizen)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select outcome from email_message where message_id = ?")
			.param("<kedua-" + run + "@example.id>").query(String.class).single()).isEqualTo("REPLY");
	}

	/** Pipes a raw message in; the mail server must always hear that it was accepted. */
	private void pipe(String raw) throws Exception {
		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822")
			.content(raw.getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "Bearer token-gangguan"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("SET_ASIDE"));
	}

	private long setAside() {
		return jdbc.sql("select count(*) from email_failure where set_aside_at is not null and sender like 'rusak%'")
			.query(Long.class).single();
	}

	private long complaintFor(String messageId) {
		return jdbc.sql("select count(*) from complaint where channel_reference = ?").param(messageId)
			.query(Long.class).single();
	}

	/** An attachment whose base64 ends halfway through a group: decoding it fails. */
	private static String brokenAttachment() {
		return "--b\r\nContent-Type: image/png; name=\"foto.png\"\r\nContent-Disposition: attachment; filename=\"foto.png\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9Q\r\nQ\r\n";
	}

	/** A raw message; with {@code extraParts} it is multipart/mixed with the text as its first part. */
	private static String raw(String messageId, String from, String subject, String textType, String text,
			String extraParts) {
		StringBuilder raw = new StringBuilder();
		if (from != null) {
			raw.append("From: ").append(from).append("\r\n");
		}
		raw.append("To: ").append(MAILBOX).append("\r\n")
			.append("Subject: ").append(subject).append("\r\n")
			.append("Date: ").append(new jakarta.mail.internet.MailDateFormat().format(new java.util.Date())).append("\r\n")
			.append("Message-ID: ").append(messageId).append("\r\n")
			.append("MIME-Version: 1.0\r\n");
		if (extraParts.isEmpty()) {
			raw.append("Content-Type: ").append(textType).append("\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
				.append(text).append("\r\n");
		}
		else {
			raw.append("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: ").append(textType)
				.append("\r\n\r\n").append(text).append("\r\n").append(extraParts).append("--b--\r\n");
		}
		return raw.toString();
	}

	private static void deliver(String raw) throws MessagingException {
		mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
	}

	private static List<String> unseenSubjects() throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.imap.peek", "true");
		Store store = Session.getInstance(properties).getStore("imap");
		store.connect("localhost", mail.getImap().getPort(), MAILBOX, "rahasia");
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			return Arrays.stream(inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)))
				.map(EmailIntakeUnderFaultsTest::subject)
				.toList();
		}
		finally {
			store.close();
		}
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException unreadable) {
			return "?";
		}
	}
}

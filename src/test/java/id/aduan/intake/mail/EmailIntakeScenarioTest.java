package id.aduan.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

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
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.aduan.TestMail;
import id.aduan.followup.FollowUpJobs;

/**
 * Email in, end to end, against a real mail server (GreenMail: SMTP in, IMAP for Aduan to read, SMTP for
 * Aduan's replies): a citizen's email becomes one complaint however often it arrives, the reply gives
 * the tracking code and access key and threads under the citizen's mail, the citizen's answer lands in
 * the complaint's thread, and neither strangers nor auto-replies get in.
 */
@SpringBootTest(properties = { "aduan.followup.mail-from=aduan@dinsos.example.go.id",
		"aduan.followup.public-url=https://aduan.example.go.id", "aduan.attachments.max-size=1MB" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EmailIntakeScenarioTest {

	static final String MAILBOX = "pengaduan@dinsos.example.go.id";

	static final String CITIZEN = "alexander.seleky@example.id";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
		registry.add("aduan.mail.intake.host", () -> "localhost");
		registry.add("aduan.mail.intake.port", () -> mail.getImap().getPort());
		registry.add("aduan.mail.intake.protocol", () -> "imap");
		registry.add("aduan.mail.intake.username", () -> MAILBOX);
		registry.add("aduan.mail.intake.password", () -> "rahasia");
		registry.add("aduan.mail.intake.scheduled", () -> "false");
		registry.add("aduan.mail.intake.pipe-token", () -> "token-pipa-uji");
	}

	@BeforeAll
	static void mailbox() {
		mail.setUser(MAILBOX, MAILBOX, "rahasia");
	}

	@Autowired
	MailJobs jobs;

	@Autowired
	FollowUpJobs followUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void anEmailBecomesOneComplaintItsReplyThreadsAndTheAnswerLandsInTheThread() throws Exception {
		String id = "<bansos-" + System.nanoTime() + "@example.id>";
		MimeMessage complaint = message(id, CITIZEN, "Alexander Seleky", "BPNT Desa Waelo belum cair", null);
		MimeMultipart parts = new MimeMultipart("mixed");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<p>Yth. Dinas Sosial,</p><p>Bantuan <b>BPNT</b> untuk 12 KPM di Desa Waelo belum cair"
				+ " sejak Oktober.<script>alert('x')</script><br>Terima kasih.</p>", "text/html; charset=UTF-8");
		parts.addBodyPart(html);
		parts.addBodyPart(file("daftar-kpm.png", "image/png", PNG));
		parts.addBodyPart(file("setup.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 }));
		complaint.setContent(parts);
		send(complaint);
		send(complaint);

		assertThat(jobs.pollNow()).isEqualTo(1);
		Map<String, Object> stored = jdbc.sql("""
				select c.id, c.tracking_code, c.title, c.description, c.complainant_email, c.complainant_name,
				       c.channel_reference, ch.code channel, (select count(*) from attachment a where a.complaint_id = c.id) files
				from complaint c join channel ch on ch.id = c.channel_id where c.channel_reference = ?""")
			.param(id)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("title", "BPNT Desa Waelo belum cair")
			.containsEntry("complainant_email", CITIZEN)
			.containsEntry("complainant_name", "Alexander Seleky")
			.containsEntry("channel", "EMAIL")
			.containsEntry("files", 1L);
		assertThat((String) stored.get("description")).contains("Yth. Dinas Sosial,", "Bantuan BPNT untuk 12 KPM",
				"setup.exe").doesNotContain("<", "alert");
		String code = (String) stored.get("tracking_code");

		followUp.runAll();
		MimeMessage receipt = only(CITIZEN, "Re: BPNT Desa Waelo belum cair [" + code + "]");
		assertThat(receipt.getHeader("In-Reply-To")).containsExactly(id);
		assertThat(receipt.getMessageID()).startsWith("<" + code + ".").endsWith("@dinsos.example.go.id>");
		String body = GreenMailUtil.getBody(receipt).replace("=\r\n", "");
		assertThat(body).contains(code, "https://aduan.example.go.id/lacak/" + code);
		assertThat(String.valueOf(receipt.getContent())).as("the refused file is named with why")
			.contains("- Berkas setup.exe bukan JPEG, PNG, atau PDF.").doesNotContain("daftar-kpm.png");
		assertThat(body).containsPattern("Kunci akses untuk percakapan dengan petugas: [2-9A-Z]{4}-[2-9A-Z]{4}");

		MimeMessage answer = message("<balasan-" + System.nanoTime() + "@example.id>", CITIZEN, "Alexander Seleky",
				"Re: Re: BPNT Desa Waelo belum cair [" + code + "]", null);
		answer.setHeader("In-Reply-To", receipt.getMessageID());
		answer.setHeader("References", id + " " + receipt.getMessageID());
		answer.setText("Daftar nama KPM menyusul besok.\n\nPada 30 Nov 2026, Aduan menulis:\n> Surel Anda telah kami terima",
				"UTF-8");
		send(answer);
		send(complaint);
		assertThat(jobs.pollNow()).isEqualTo(1);

		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = ?").param(CITIZEN)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select m.body from conversation_message m join conversation c on c.id = m.conversation_id
				where c.complaint_id = ? and m.via = 'EMAIL'""").param(stored.get("id")).query(String.class).list())
			.containsExactly("Daftar nama KPM menyusul besok.");
		assertThat(jdbc.sql("select outcome from email_message where message_id = ?").param(id).query(String.class).single())
			.isEqualTo("COMPLAINT");
	}

	@Test
	void theReceiptTellsTheCitizenWhichAttachmentWasLeftOutAndWhy() throws Exception {
		String citizen = "maria.tanamal@example.id";
		String id = "<banjir-" + System.nanoTime() + "@example.id>";
		MimeMessage complaint = message(id, citizen, "Maria Tanamal", "Rumah rusak diterjang banjir", null);
		MimeMultipart parts = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Rumah kami di Desa Hila rusak berat setelah banjir; mohon bantuan bahan bangunan.", "UTF-8");
		parts.addBodyPart(text);
		parts.addBodyPart(file("foto-rumah-rusak.png", "image/png", Arrays.copyOf(PNG, 1024 * 1024 + 1)));
		parts.addBodyPart(file("surat-keterangan-desa.png", "image/png", PNG));
		complaint.setContent(parts);
		send(complaint);

		assertThat(jobs.pollNow()).isEqualTo(1);
		Map<String, Object> stored = jdbc.sql("""
				select c.tracking_code, (select count(*) from attachment a where a.complaint_id = c.id) files
				from complaint c where c.channel_reference = ?""").param(id).query().singleRow();
		assertThat(stored).containsEntry("files", 1L);
		String code = (String) stored.get("tracking_code");

		followUp.runAll();
		MimeMessage receipt = only(citizen, "Re: Rumah rusak diterjang banjir [" + code + "]");
		String body = String.valueOf(receipt.getContent()).replace("\r\n", "\n");
		assertThat(body).contains(code, """

				Lampiran berikut tidak kami simpan:
				- Berkas foto-rumah-rusak.png terlalu besar; paling besar 1 MB.
				Bila berkas tersebut diperlukan, kirimkan kembali""")
			.doesNotContain("surat-keterangan-desa.png").doesNotContain("{lampiran}");
	}

	@Test
	void aStrangerWithATrackingCodeGetsAComplaintOfTheirOwnAndAutoRepliesGetNothing() throws Exception {
		String original = "<asli-" + System.nanoTime() + "@example.id>";
		MimeMessage first = message(original, "daniel@example.id", "Daniel Hukunala", "Rekomendasi KIP Kuliah", null);
		first.setText("Rekomendasi KIP Kuliah anak saya belum keluar sejak bulan lalu.", "UTF-8");
		send(first);
		jobs.pollNow();
		String code = jdbc.sql("select tracking_code from complaint where channel_reference = ?").param(original)
			.query(String.class).single();
		long before = complaints();

		MimeMessage stranger = message("<lain-" + System.nanoTime() + "@example.id>", "orang.lain@example.id", null,
				"Tentang " + code, null);
		stranger.setHeader("References", original);
		stranger.setText("Saya juga belum menerima rekomendasi KIP Kuliah.", "UTF-8");
		send(stranger);
		MimeMessage automatic = message("<otomatis-" + System.nanoTime() + "@example.id>", "daniel@example.id", null,
				"Di luar kantor: Re: Rekomendasi KIP Kuliah [" + code + "]", null);
		automatic.setHeader("Auto-Submitted", "auto-replied");
		automatic.setText("Saya sedang cuti sampai tanggal 5.", "UTF-8");
		send(automatic);

		jobs.pollNow();
		assertThat(complaints()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = 'orang.lain@example.id'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select outcome from email_message where subject like 'Di luar kantor%'").query(String.class)
			.single()).isEqualTo("IGNORED");
	}

	@Test
	void aPipedMessageIsTakenOnceAndThePipeWantsItsToken() throws Exception {
		MimeMessage piped = message("<pipa-" + System.nanoTime() + "@example.id>", "yanny@example.id", "Yanny Bugis",
				"Permakanan lansia terlambat", null);
		piped.setText("Permakanan lansia di Namrole terlambat dua minggu.", "UTF-8");
		piped.saveChanges();
		piped.setHeader("Message-ID", "<pipa-tetap-" + System.nanoTime() + "@example.id>");
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		piped.writeTo(raw);
		long before = complaints();

		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822").content(raw.toByteArray())
			.header("Authorization", "Bearer token-pipa-uji"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("COMPLAINT"))
			.andExpect(jsonPath("$.trackingCode").isString());
		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822").content(raw.toByteArray())
			.header("Authorization", "Bearer token-pipa-uji"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALREADY_TAKEN"));
		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822").content(raw.toByteArray())
			.header("Authorization", "Bearer salah")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mail/inbound").contentType("message/rfc822")
			.content("bukan surel".getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "Bearer token-pipa-uji")).andExpect(status().is2xxSuccessful());
		assertThat(complaints()).isEqualTo(before + 1);
	}

	private long complaints() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}

	/** A message whose Message-ID stays as given, as a real mail server keeps it on every copy. */
	private static MimeMessage message(String messageId, String from, String name, String subject, String text)
			throws Exception {
		Session session = GreenMailUtil.getSession(mail.getSmtp().getServerSetup());
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(new InternetAddress(from, name, "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		message.setSentDate(new Date());
		if (text != null) {
			message.setText(text, "UTF-8");
		}
		return message;
	}

	private static MimeBodyPart file(String name, String type, byte[] content) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(content, type);
		part.setFileName(name);
		part.setDisposition(MimeBodyPart.ATTACHMENT);
		part.setDataHandler(new jakarta.activation.DataHandler(
				new jakarta.mail.util.ByteArrayDataSource(content, type)));
		return part;
	}

	private static void send(MimeMessage message) throws MessagingException {
		Transport.send(message);
	}

	private static MimeMessage only(String to, String subject) throws MessagingException {
		List<MimeMessage> found = Arrays.stream(mail.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1)))
			.filter(message -> {
				try {
					return subject.equals(message.getSubject());
				}
				catch (MessagingException unreadable) {
					return false;
				}
			})
			.toList();
		assertThat(found).as("mail to " + to + " with subject " + subject).hasSize(1);
		return found.get(0);
	}
}

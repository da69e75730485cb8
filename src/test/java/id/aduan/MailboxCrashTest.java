package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.aduan.system.DsyncFilePath;

/**
 * A mail taken from the office's mailbox is never lost across a kill: a real Aduan process on the
 * embedded default reads a mailbox of {@value #MAILS} new mails on a real mail server (GreenMail, IMAP
 * and SMTP) and is killed with SIGKILL while it is taking them. At that moment every mail the mailbox
 * shows as seen is a complaint in the database (a mail is marked seen only after its complaint is
 * committed); started again, Aduan takes the rest, and every mail is exactly one complaint.
 */
class MailboxCrashTest {

	static final int MAILS = 40;

	static final String MAILBOX = "pengaduan@dinsos.example.go.id";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	@TempDir
	Path dir;

	@Test
	void everyMailMarkedSeenIsAComplaintAfterAKillAndEveryMailBecomesExactlyOne() throws Exception {
		GreenMailUser mailbox = mail.setUser(MAILBOX, MAILBOX, "rahasia");
		List<String> ids = new ArrayList<>();
		for (int n = 1; n <= MAILS; n++) {
			String id = "<kotak-" + n + "-" + System.nanoTime() + "@example.id>";
			mailbox.deliver(citizenMail(id, n));
			ids.add(id);
		}
		TestDatabase database = TestDatabase.embeddedDefault(dir);
		Path log = dir.resolve("aduan.log");

		// The poll starts a few seconds after start-up, so that the test is watching when it does.
		AduanProcess first = start(database, log, "PT4S");
		try {
			waitUntil(() -> seen().size() >= 3, Duration.ofSeconds(60));
		}
		finally {
			first.kill();
		}
		Set<String> seen = seen();
		assertThat(seen).as("mails seen when Aduan was killed").isNotEmpty();
		assertThat(seen.size()).as("Aduan was killed while taking the mails, not after").isLessThan(MAILS);

		DsyncFilePath.register();
		try (Connection db = database.connect()) {
			for (String id : seen) {
				assertThat(complaintsOf(db, id)).as("complaints of %s, seen in the mailbox before the kill", id)
					.containsExactly(1, 1);
			}
			// The killed instance's lease on the mailbox job runs out after three minutes
			// (JobLocks.AT_MOST); the test lets it go rather than wait.
			try (Statement leases = db.createStatement()) {
				leases.executeUpdate("delete from shedlock");
			}
		}

		try (AduanProcess again = start(database, log, "PT1S")) {
			assertThat(waitUntil(() -> seen().size() == MAILS, Duration.ofSeconds(60)))
				.as("every mail taken after the restart").isTrue();
		}
		try (Connection db = database.connect()) {
			for (String id : ids) {
				assertThat(complaintsOf(db, id)).as("complaints of %s", id).containsExactly(1, 1);
			}
			try (PreparedStatement taken = db.prepareStatement("select count(*) from email_message where outcome = 'COMPLAINT'");
					ResultSet count = taken.executeQuery()) {
				count.next();
				assertThat(count.getInt(1)).isEqualTo(MAILS);
			}
		}
	}

	private static AduanProcess start(TestDatabase database, Path log, String firstPoll) throws Exception {
		return AduanProcess.start(database, log, List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"),
				"--aduan.mail.intake.host=127.0.0.1", "--aduan.mail.intake.port=" + mail.getImap().getPort(),
				"--aduan.mail.intake.protocol=imap", "--aduan.mail.intake.username=" + MAILBOX,
				"--aduan.mail.intake.password=rahasia", "--aduan.mail.intake.poll-every=PT1S",
				"--aduan.mail.intake.first-poll-after=" + firstPoll, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mail.getSmtp().getPort(), "--aduan.followup.mail-from=aduan@dinsos.example.go.id");
	}

	/** The Message-IDs of the mails the mailbox shows as seen. */
	private static Set<String> seen() throws Exception {
		Set<String> seen = new HashSet<>();
		GreenMailUser mailbox = mail.getUserManager().getUser(MAILBOX);
		for (StoredMessage message : mail.getManagers().getImapHostManager().getInbox(mailbox).getMessages()) {
			if (message.isSet(Flags.Flag.SEEN)) {
				seen.add(message.getMimeMessage().getMessageID());
			}
		}
		return seen;
	}

	/**
	 * How many complaints the mail with this Message-ID became: complaints with it as their channel
	 * reference, and the same complaint named by its row in {@code email_message}; 1 and 1 is right.
	 */
	private static List<Integer> complaintsOf(Connection db, String messageId) throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (String sql : new String[] { "select count(*) from complaint where channel_reference = ?", """
				select count(*) from email_message m join complaint c on c.id = m.complaint_id
				where m.message_id = ? and m.outcome = 'COMPLAINT' and c.channel_reference = m.message_id""" }) {
			try (PreparedStatement query = db.prepareStatement(sql)) {
				query.setString(1, messageId);
				try (ResultSet count = query.executeQuery()) {
					count.next();
					counts.add(count.getInt(1));
				}
			}
		}
		return counts;
	}

	private interface Condition {

		boolean holds() throws Exception;
	}

	/** Waits for the condition (checked every few milliseconds); false when it did not come in time. */
	private static boolean waitUntil(Condition condition, Duration patience) throws Exception {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.holds()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(5);
		}
		return true;
	}

	private static MimeMessage citizenMail(String messageId, int n) throws MessagingException {
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(mail.getSmtp().getServerSetup())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		try {
			message.setFrom(new InternetAddress("warga" + n + "@example.id", "Warga " + n, "UTF-8"));
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject("Bantuan sosial belum diterima (" + n + ")", "UTF-8");
		message.setSentDate(new Date());
		message.setText("Kartu keluarga kami terdaftar, tetapi bantuan bulan ini belum kami terima (" + n + ").", "UTF-8");
		message.saveChanges();
		return message;
	}
}

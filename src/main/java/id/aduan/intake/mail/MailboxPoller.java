package id.aduan.intake.mail;

import java.io.IOException;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the office's complaint mailbox over IMAP: every unseen message is taken through
 * {@link MailIntake} and then marked seen. Messages are read without setting the seen flag, so one
 * that could not be stored (database down, a bug) is read again on the next poll; one that was stored
 * but not marked (the connection broke) is recognised by its Message-ID and only marked.
 */
@Component
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailIntakeSettings settings;

	private final MailIntake intake;

	MailboxPoller(MailIntakeSettings settings, MailIntake intake) {
		this.settings = settings;
		this.intake = intake;
	}

	/** One poll; returns how many messages were taken (new complaints and replies). */
	int poll() {
		if (!settings.mailboxConfigured()) {
			return 0;
		}
		int taken = 0;
		Store store = null;
		Folder folder = null;
		try {
			store = Session.getInstance(properties()).getStore(settings.protocol());
			store.connect(settings.host(), settings.port(), settings.username(), settings.password());
			folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
			for (int i = 0; i < Math.min(unseen.length, settings.batch()); i++) {
				if (takeOne((MimeMessage) unseen[i])) {
					taken++;
				}
			}
		}
		catch (MessagingException unreachable) {
			log.warn("Kotak surat {} tidak dapat dibaca: {}", settings.host(), unreachable.getMessage());
		}
		finally {
			close(folder, store);
		}
		return taken;
	}

	private boolean takeOne(MimeMessage message) {
		try {
			MailIntake.Taken result = intake.take(MailReading.read(new MimeMessage(message)), "IMAP");
			message.setFlag(Flags.Flag.SEEN, true);
			return result.outcome() == MailIntake.Outcome.COMPLAINT || result.outcome() == MailIntake.Outcome.REPLY;
		}
		catch (MessagingException | IOException | RuntimeException failed) {
			log.warn("Surel tidak dapat diambil, dicoba lagi pada pembacaan berikutnya: {}", failed.toString());
			return false;
		}
	}

	private Properties properties() {
		Properties properties = new Properties();
		String protocol = settings.protocol();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".peek", "true");
		properties.put("mail." + protocol + ".connectiontimeout", "20000");
		properties.put("mail." + protocol + ".timeout", "60000");
		if ("imap".equals(protocol)) {
			properties.put("mail.imap.starttls.enable", "true");
		}
		return properties;
	}

	private static void close(Folder folder, Store store) {
		try {
			if (folder != null && folder.isOpen()) {
				folder.close(false);
			}
			if (store != null) {
				store.close();
			}
		}
		catch (MessagingException ignored) {
			log.debug("Closing the mailbox failed: {}", ignored.getMessage());
		}
	}
}

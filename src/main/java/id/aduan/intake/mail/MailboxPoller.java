package id.aduan.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the office's complaint mailbox over IMAP: every unseen message is taken through
 * {@link MailIntake} and only then, once what it became is committed, marked seen. Messages are read
 * without setting the seen flag ({@code peek}), so one that could not be stored (database down, the
 * process killed) is read again on the next poll; one that was stored but not marked (the connection
 * broke, the process was killed right after the commit) is recognised by its Message-ID and only
 * marked.
 *
 * <p>Each message is taken on its own: one that fails is counted ({@link EmailFailures}) and the poll
 * goes on with the next; after {@link EmailFailures#ATTEMPTS} failures it is set aside for the
 * coordinator and marked seen. At most {@code batch} messages are taken per poll, and messages that fail
 * do not count against it, so a mailbox full of unreadable mail never stops the readable ones.
 */
@Component
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailIntakeSettings settings;

	private final MailIntake intake;

	private final EmailFailures failures;

	private final Clock clock;

	MailboxPoller(MailIntakeSettings settings, MailIntake intake, EmailFailures failures, Clock clock) {
		this.settings = settings;
		this.intake = intake;
		this.failures = failures;
		this.clock = clock;
	}

	/** One poll; returns how many messages were taken (new complaints and replies). */
	int poll() {
		if (!settings.mailboxConfigured()) {
			return 0;
		}
		int taken = 0;
		int handled = 0;
		Store store = null;
		Folder folder = null;
		try {
			store = Session.getInstance(properties()).getStore(settings.protocol());
			store.connect(settings.host(), settings.port(), settings.username(), settings.password());
			folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
			FetchProfile uids = new FetchProfile();
			uids.add(UIDFolder.FetchProfileItem.UID);
			folder.fetch(unseen, uids);
			String prefix = "imap:" + settings.folder() + ":" + validity(folder) + ":";
			for (Message message : unseen) {
				if (handled >= settings.batch()) {
					break;
				}
				String key = prefix + uid(folder, message);
				Result result = takeOne((MimeMessage) message, key);
				if (result == Result.TAKEN) {
					taken++;
				}
				if (result != Result.FAILED) {
					handled++;
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

	private enum Result {
		TAKEN, OTHER, FAILED
	}

	/**
	 * Takes one message; a failure of the message itself is counted and the poll goes on, a failure of
	 * the connection ends the poll (the messages are not at fault).
	 */
	private Result takeOne(MimeMessage message, String key) throws MessagingException {
		byte[] raw = null;
		try {
			if (failures.isSetAside(key)) {
				message.setFlag(Flags.Flag.SEEN, true);
				return Result.OTHER;
			}
			raw = raw(message);
			MailIntake.Taken result = intake.take(MailReading.read(MailReading.parse(new ByteArrayInputStream(raw))),
					"IMAP", key, raw);
			message.setFlag(Flags.Flag.SEEN, true);
			return result.outcome() == MailIntake.Outcome.COMPLAINT || result.outcome() == MailIntake.Outcome.REPLY
					? Result.TAKEN : Result.OTHER;
		}
		catch (FolderClosedException | StoreClosedException connectionLost) {
			throw connectionLost;
		}
		catch (MessagingException | IOException | RuntimeException failed) {
			failed(message, key, raw, failed);
			return Result.FAILED;
		}
	}

	private void failed(MimeMessage message, String key, byte[] raw, Exception failure) throws MessagingException {
		try {
			if (failures.failed(key, "IMAP", EmailFailures.Known.of(message, raw), failure.toString(), clock.instant())) {
				message.setFlag(Flags.Flag.SEEN, true);
				log.warn("Surel {} gagal diambil {} kali dan disisihkan untuk koordinator: {}", key,
						EmailFailures.ATTEMPTS, failure.toString());
			}
			else {
				log.warn("Surel {} tidak dapat diambil, dicoba lagi pada pembacaan berikutnya: {}", key,
						failure.toString());
			}
		}
		catch (RuntimeException notCounted) {
			log.warn("Surel {} tidak dapat diambil ({}) dan kegagalannya tidak dapat dicatat: {}", key, failure,
					notCounted.toString());
		}
	}

	/** The message as the server holds it (read with peek: not marked seen). */
	private static byte[] raw(MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

	private static long validity(Folder folder) throws MessagingException {
		return folder instanceof UIDFolder uids ? uids.getUIDValidity() : 0;
	}

	private static String uid(Folder folder, Message message) throws MessagingException {
		return folder instanceof UIDFolder uids ? String.valueOf(uids.getUID(message))
				: "n" + message.getMessageNumber();
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

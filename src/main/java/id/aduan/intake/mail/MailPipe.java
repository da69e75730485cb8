package id.aduan.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.aduan.system.Sha256;

/**
 * A piped message, taken through {@link MailIntake} like one from the mailbox, or set aside at once
 * when it cannot be read or taking it fails for whatever reason: the mail server that piped it offers
 * it only once, and a refusal would bounce the citizen's mail with a technical error the office never
 * sees. Set aside, it waits whole for the coordinator, as a mailbox message does after its last try.
 * Only when even that cannot be written (the database is down) does the failure reach the mail server.
 */
@Component
class MailPipe {

	private static final Logger log = LoggerFactory.getLogger(MailPipe.class);

	static final String SOURCE = "PIPE";

	private final MailIntake intake;

	private final EmailFailures failures;

	private final EmailMessages messages;

	private final Clock clock;

	MailPipe(MailIntake intake, EmailFailures failures, EmailMessages messages, Clock clock) {
		this.intake = intake;
		this.messages = messages;
		this.failures = failures;
		this.clock = clock;
	}

	MailIntake.Taken take(byte[] raw) {
		MimeMessage message = null;
		InboundMail mail = null;
		String key = "pipe:sha256:" + Sha256.hex(raw);
		try {
			message = MailReading.parse(new ByteArrayInputStream(raw));
			String messageId = MailReading.messageId(message);
			if (messageId != null) {
				key = "pipe:" + messageId;
			}
			mail = MailReading.read(message);
			return intake.take(mail, SOURCE, "pipe:" + mail.messageId(), raw);
		}
		catch (MessagingException | IOException | RuntimeException failed) {
			if (mail != null && messages.outcomeOf(mail.messageId()).isPresent()) {
				// The same mail piped twice at once: the other delivery took it while this one failed.
				return new MailIntake.Taken(MailIntake.Outcome.ALREADY_TAKEN, null);
			}
			failures.setAside(key, SOURCE, EmailFailures.Known.of(message, raw), failed.toString(), clock.instant());
			log.warn("Surel lewat pipa {} tidak dapat diambil dan disisihkan untuk koordinator: {}", key, failed.toString());
			return new MailIntake.Taken(MailIntake.Outcome.SET_ASIDE, null);
		}
	}
}

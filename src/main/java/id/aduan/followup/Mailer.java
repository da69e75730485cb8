package id.aduan.followup;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what waits in the outbox through the configured SMTP server ({@code spring.mail.host}).
 * Without one, emails stay queued and visible on the administrator's outbox page; a failure is retried
 * on the next run, up to {@code maxAttempts}. Each email is claimed before it is sent and marked sent
 * right after, each in its own commit (see {@link Outbox}). Every email carries
 * {@code Auto-Submitted: auto-generated} (RFC 3834), so that auto-responders do not answer it.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final Outbox outbox;

	private final FollowUpSettings settings;

	Mailer(ObjectProvider<JavaMailSender> senders, Outbox outbox, FollowUpSettings settings) {
		this.senders = senders;
		this.outbox = outbox;
		this.settings = settings;
	}

	boolean configured() {
		return senders.getIfAvailable() != null;
	}

	/** Sends up to {@code batch} queued emails; returns how many went out. */
	int sendPending(int batch) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Notification notification : outbox.pending(batch)) {
			if (!outbox.claim(notification.id())) {
				continue;
			}
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
				helper.setFrom(settings.mailFrom());
				helper.setTo(notification.recipient());
				helper.setSubject(notification.subject());
				helper.setText(notification.body(), false);
				Outbox.Threading threading = outbox.threading(notification.id());
				message.setHeader("Auto-Submitted", "auto-generated");
				if (threading.messageId() != null) {
					message.setHeader("Message-ID", threading.messageId());
				}
				if (threading.inReplyTo() != null) {
					message.setHeader("In-Reply-To", threading.inReplyTo());
					message.setHeader("References", threading.inReplyTo());
				}
				sender.send(message);
				outbox.sent(notification.id());
				sent++;
			}
			catch (MailException | MessagingException failure) {
				log.warn("Surel {} ke {} gagal dikirim: {}", notification.id(), notification.recipient(),
						failure.getMessage());
				outbox.failed(notification.id(), String.valueOf(failure.getMessage()), settings.maxAttempts());
			}
		}
		return sent;
	}
}

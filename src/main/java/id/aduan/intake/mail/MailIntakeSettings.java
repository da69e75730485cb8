package id.aduan.intake.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The office's complaint mailbox (e.g. siksdinsos@gmail.com of the seed) that Aduan reads. Nothing is
 * read until {@code host} is set. {@code protocol} is {@code imaps} (TLS, port 993) or {@code imap};
 * new (unseen) messages of {@code folder} are taken every {@code pollEvery}, at most {@code batch} at a
 * time, and marked seen once stored. {@code pipeToken}, when set, opens
 * {@code POST /api/v1/mail/inbound} for an office whose mail server pipes each message to Aduan instead;
 * a piped message may be up to {@code pipeMaxSize} (25 MB, a mail with a few phone photos).
 * {@code scheduled} lets tests poll by hand.
 */
@ConfigurationProperties("aduan.mail.intake")
record MailIntakeSettings(String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
		String username, String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("PT1M") Duration pollEvery, @DefaultValue("50") int batch, String pipeToken,
		@DefaultValue("25MB") DataSize pipeMaxSize, @DefaultValue("true") boolean scheduled) {

	boolean mailboxConfigured() {
		return host != null && !host.isBlank();
	}

	boolean pipeConfigured() {
		return pipeToken != null && !pipeToken.isBlank();
	}
}

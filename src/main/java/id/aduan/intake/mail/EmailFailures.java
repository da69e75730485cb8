package id.aduan.intake.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/**
 * Emails that failed while being taken, counted per mailbox message ({@code imap:folder:validity:uid})
 * or piped message: after {@link #ATTEMPTS} failures one is set aside, its raw message kept here, and
 * the poller marks it seen, so that a message Aduan cannot read never holds up the mail behind it and
 * never vanishes either: the coordinator reads it on the page of mail set aside and registers it by
 * hand. A mail without a sender is set aside at once (there is nobody to reply to), and so is a piped
 * message that failed (the mail server that piped it will not offer it again). Each failure is
 * written in its own short transaction, since the transaction that failed has rolled back.
 */
@Repository
class EmailFailures {

	private static final Logger log = LoggerFactory.getLogger(EmailFailures.class);

	/** How often a message may fail before it is set aside. */
	static final int ATTEMPTS = 3;

	/** Why a message was set aside (shown to the coordinator by this key). */
	enum Reason {
		/** It failed {@link #ATTEMPTS} times; the last error is kept. */
		UNREADABLE,
		/** It names no sender. */
		NO_SENDER
	}

	/** What is known of a message that failed: as much as could be read of it. */
	record Known(String messageId, String sender, String subject, byte[] raw) {

		/** What can be read of a message that failed, without failing again; {@code message} may be null. */
		static Known of(MimeMessage message, byte[] raw) {
			String id = null;
			String from = null;
			String subject = null;
			try {
				if (message != null) {
					String[] ids = message.getHeader("Message-ID");
					id = ids == null ? null : ids[0];
					from = message.getHeader("From", ",");
					subject = message.getHeader("Subject", " ");
				}
			}
			catch (MessagingException | RuntimeException unreadable) {
				log.debug("Headers of a failed mail unreadable: {}", unreadable.toString());
			}
			return new Known(id, from, subject, raw);
		}
	}

	/** A message set aside, as the coordinator's list shows it. */
	record SetAside(long id, String messageId, String sender, String subject, int attempts, String reason,
			Instant setAsideAt, String source, long size) {
	}

	private final JdbcClient jdbc;

	EmailFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isSetAside(String key) {
		return jdbc.sql("select count(*) from email_failure where mailbox_key = ? and set_aside_at is not null")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts one failure of the message; returns true when it is now set aside (this was its last
	 * attempt), and the caller marks it seen.
	 */
	boolean failed(String key, String source, Known known, String error, Instant now) {
		String reason = cut(Reason.UNREADABLE.name() + ": " + error, 1000);
		int updated = jdbc.sql("""
				update email_failure set attempts = attempts + 1, reason = ?, last_failed_at = ?,
				       set_aside_at = case when attempts + 1 >= ? then ? else set_aside_at end,
				       raw = case when attempts + 1 >= ? then ? else raw end
				where mailbox_key = ?""")
			.params(reason, DatabaseTime.of(now), ATTEMPTS, DatabaseTime.of(now), ATTEMPTS, known.raw(), key)
			.update();
		if (updated == 0) {
			insert(key, source, known, reason, 1, ATTEMPTS <= 1 ? now : null, now);
		}
		return isSetAside(key);
	}

	/**
	 * Sets the message aside at once after a failure that nobody will retry (a piped message), keeping
	 * the error; nothing when it already is.
	 */
	void setAside(String key, String source, Known known, String error, Instant now) {
		insert(key, source, known, Reason.UNREADABLE.name() + ": " + error, 1, now, now);
	}

	/** Sets the message aside at once, e.g. a mail without a sender; nothing when it already is. */
	void setAside(String key, String source, Known known, Reason why, Instant now) {
		insert(key, source, known, why.name(), 1, now, now);
	}

	private void insert(String key, String source, Known known, String reason, int attempts, Instant setAsideAt,
			Instant now) {
		jdbc.sql("""
				insert into email_failure (mailbox_key, message_id, sender, subject, attempts, reason, first_failed_at,
				                           last_failed_at, set_aside_at, source, raw)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(cut(key, 300), cut(known.messageId(), 500), cut(known.sender(), 200), cut(known.subject(), 300),
					attempts, cut(reason, 1000), DatabaseTime.of(now), DatabaseTime.of(now), DatabaseTime.of(setAsideAt),
					source, setAsideAt == null ? null : known.raw())
			.update();
	}

	/** The messages set aside, newest first. */
	List<SetAside> setAside(int limit) {
		return jdbc.sql("""
				select id, message_id, sender, subject, attempts, reason, set_aside_at, source,
				       coalesce(octet_length(raw), 0) size
				from email_failure where set_aside_at is not null order by set_aside_at desc, id desc
				fetch first ? rows only""")
			.param(limit)
			.query((rs, row) -> new SetAside(rs.getLong("id"), rs.getString("message_id"), rs.getString("sender"),
					rs.getString("subject"), rs.getInt("attempts"), rs.getString("reason"),
					DatabaseTime.instant(rs, "set_aside_at"), rs.getString("source"), rs.getLong("size")))
			.list();
	}

	/** The raw message (RFC 822) set aside, for the coordinator to download. */
	Optional<byte[]> raw(long id) {
		return jdbc.sql("select raw from email_failure where id = ? and set_aside_at is not null and raw is not null")
			.param(id)
			.query((rs, row) -> rs.getBytes("raw"))
			.optional();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}

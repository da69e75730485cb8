package id.aduan.intake.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/**
 * Every email message Aduan took, by Message-ID. Claiming a Message-ID is the first write of the
 * transaction that stores what the message becomes: a second instance (or a restart, or the same
 * email sent again) finds the ID taken and leaves the message alone; if storing fails, the claim goes
 * with it and the message is taken on the next poll.
 */
@Repository
class EmailMessages {

	private final JdbcClient jdbc;

	EmailMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the Message-ID; false when it was taken before (or is being taken right now elsewhere). */
	boolean claim(InboundMail mail, String source, Instant now) {
		return jdbc.sql("""
				insert into email_message (message_id, outcome, sender, subject, sent_at, taken_at, source)
				values (?, 'TAKING', ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(mail.messageId(), cut(mail.fromAddress(), 200), cut(mail.subject(), 300),
					DatabaseTime.of(mail.sentAt()), DatabaseTime.of(now), source)
			.update() == 1;
	}

	void settle(String messageId, MailIntake.Outcome outcome, Long complaintId) {
		jdbc.sql("update email_message set outcome = ?, complaint_id = ? where message_id = ?")
			.params(outcome.name(), complaintId, messageId)
			.update();
	}

	/** The complaint an earlier message (the complaint's own email, or a reply) belongs to. */
	Optional<Long> complaintOf(List<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select complaint_id from email_message where message_id in (:ids) and complaint_id is not null"
				+ " order by taken_at desc fetch first 1 rows only")
			.param("ids", messageIds)
			.query(Long.class)
			.optional();
	}

	Optional<String> outcomeOf(String messageId) {
		return jdbc.sql("select outcome from email_message where message_id = ?")
			.param(messageId)
			.query(String.class)
			.optional();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}

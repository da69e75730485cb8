package id.aduan.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.system.DatabaseTime;

/**
 * Notices waiting to be sent and the record of those sent: emails, and the WhatsApp messages and SMS
 * that go to complainants who asked for them, each once (its own dedupe key), retried the same way. Queuing happens in the caller's transaction,
 * so a notice exists exactly when the change it reports does; the {@code dedupeKey} makes a second
 * queuing of the same notice (a rerun job, another instance) a no-op.
 *
 * <p>Sending: an email is first {@link #claim claimed} (status {@code SENDING} until {@link #CLAIM} from
 * now), committed on its own, then handed to the SMTP server, then marked {@link #sent} in its own
 * short commit right after: two senders never take the same email, and a crash costs at most the one
 * email in hand. What remains is unavoidable with SMTP: when the process dies after the server accepted
 * an email and before {@code SENT} is committed, the email is sent again once its claim runs out
 * (at-least-once; the window is that of one commit).
 * <p>
 * A receipt's access key is a secret the register keeps only as a hash, while the outbox keeps its
 * emails for the record: so the stored body keeps the {@value #ACCESS_KEY} placeholder, the key waits
 * in its own column, is put in only as the email is {@linkplain #pending taken for sending}, and is
 * cleared once the email is sent or given up.
 */
@Component
public class Outbox {

	private static final RowMapper<Notification> NOTIFICATION = (rs, row) -> new Notification(rs.getLong("id"),
			rs.getString("dedupe_key"), NotificationKind.valueOf(rs.getString("kind")),
			rs.getObject("complaint_id", Long.class), rs.getBoolean("to_complainant"), rs.getString("recipient"),
			rs.getString("subject"), rs.getString("body"), Notification.Status.valueOf(rs.getString("status")),
			rs.getInt("attempts"), DatabaseTime.instant(rs, "created_at"), DatabaseTime.instant(rs, "sent_at"),
			rs.getString("last_error"), Medium.valueOf(rs.getString("medium")), rs.getString("delivery_status"),
			DatabaseTime.instant(rs, "delivery_at"));

	/** How long a claimed email is left to its sender before another may take it. */
	static final Duration CLAIM = Duration.ofMinutes(5);

	/** The stages a sent message goes through, in order; a failure outranks them all. */
	private static final List<String> DELIVERY_STAGES = List.of("sent", "delivered", "read", "failed");

	/** The placeholder of the access key, filled only on the way to the mail server. */
	static final String ACCESS_KEY = "kunci";

	private static final String ACCESS_KEY_PLACEHOLDER = "{" + ACCESS_KEY + "}";

	private final JdbcClient jdbc;

	private final NotificationTemplates templates;

	private final Clock clock;

	private final MessageIds messageIds;

	Outbox(JdbcClient jdbc, NotificationTemplates templates, Clock clock, MessageIds messageIds) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.clock = clock;
		this.messageIds = messageIds;
	}

	/** Queues one email from its template; returns false when the same notice was queued before. */
	boolean queue(String dedupeKey, NotificationKind kind, Long complaintId, String recipient,
			Map<String, String> values) {
		return queue(dedupeKey, kind, complaintId, recipient, values, null);
	}

	/**
	 * As {@link #queue(String, NotificationKind, Long, String, Map)}, as a reply to the email with
	 * Message-ID {@code inReplyTo}. Every email gets its own Message-ID carrying the tracking code
	 * ({@code kode} among the values), so that a reply to it finds its complaint even when the subject
	 * was changed.
	 */
	boolean queue(String dedupeKey, NotificationKind kind, Long complaintId, String recipient,
			Map<String, String> values, String inReplyTo) {
		return queue(dedupeKey, kind, complaintId, recipient, values, inReplyTo, null);
	}

	/**
	 * As {@link #queue(String, NotificationKind, Long, String, Map, String)}, with the complainant's
	 * access key for the {@value #ACCESS_KEY} placeholder, kept apart from the body and cleared once the
	 * email is sent or given up.
	 */
	boolean queue(String dedupeKey, NotificationKind kind, Long complaintId, String recipient,
			Map<String, String> values, String inReplyTo, String accessKey) {
		NotificationTemplate template = templates.of(kind);
		if (inReplyTo == null && complaintId != null && kind.toComplainant()) {
			inReplyTo = receiptMessageId(complaintId);
		}
		Map<String, String> stored = new HashMap<>(values);
		stored.remove(ACCESS_KEY);
		return insert(dedupeKey, kind, Medium.EMAIL, complaintId, recipient, template.subject(stored),
				template.body(stored), messageIds.next(values.get("kode")), inReplyTo, accessKey);
	}

	/**
	 * Queues a WhatsApp message or an SMS to a complainant, its text already written ({@code subject}: the
	 * WhatsApp template's name; {@code body}: its parameters, one a line, or the SMS's text), with the
	 * access key for the {@value #ACCESS_KEY} placeholder kept apart as for emails; false when the same
	 * message was queued before.
	 */
	boolean queueMessage(String dedupeKey, NotificationKind kind, Medium medium, long complaintId, String recipient,
			String subject, String body, String accessKey) {
		return insert(dedupeKey, kind, medium, complaintId, recipient, subject, body, null, null, accessKey);
	}

	private boolean insert(String dedupeKey, NotificationKind kind, Medium medium, Long complaintId, String recipient,
			String subject, String body, String messageId, String inReplyTo, String accessKey) {
		int inserted = jdbc.sql("""
				insert into notification (dedupe_key, kind, medium, complaint_id, to_complainant, recipient, subject, body,
				                          status, attempts, created_at, message_id, in_reply_to, access_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(dedupeKey, kind.name(), medium.name(), complaintId, kind.toComplainant(), recipient, subject, body,
					DatabaseTime.of(clock.instant()), messageId, inReplyTo, accessKey)
			.update();
		return inserted == 1;
	}

	/** A later notice to the complainant answers the receipt, so that they all thread in one conversation. */
	private String receiptMessageId(long complaintId) {
		return jdbc.sql("select message_id from notification where dedupe_key = ?")
			.param("receipt:" + complaintId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The Message-ID an email will go out with, and the one it answers. */
	record Threading(String messageId, String inReplyTo) {
	}

	Threading threading(long id) {
		return jdbc.sql("select message_id, in_reply_to from notification where id = ?")
			.param(id)
			.query((rs, row) -> new Threading(rs.getString("message_id"), rs.getString("in_reply_to")))
			.single();
	}

	/** Emails to send; see {@link #pending(Medium, int)}. */
	List<Notification> pending(int limit) {
		return pending(Medium.EMAIL, limit);
	}

	/**
	 * Notices of one medium to send: waiting, or claimed by a sender whose claim ran out (it died
	 * mid-send), oldest first, each with its access key (if any) put into its body.
	 */
	List<Notification> pending(Medium medium, int limit) {
		return jdbc.sql("""
				select * from notification
				where (status = 'PENDING' or status = 'SENDING' and claimed_until <= ?) and medium = ?
				order by id fetch first ? rows only""")
			.params(DatabaseTime.of(clock.instant()), medium.name(), limit)
			.query((rs, row) -> {
				Notification stored = NOTIFICATION.mapRow(rs, row);
				String accessKey = rs.getString("access_key");
				return accessKey == null ? stored : stored.withBody(stored.body().replace(ACCESS_KEY_PLACEHOLDER, accessKey));
			})
			.list();
	}

	/** Claims the email for sending, in its own commit; false when another sender has it. */
	boolean claim(long id) {
		Instant now = clock.instant();
		return jdbc.sql("""
				update notification set status = 'SENDING', claimed_until = ?
				where id = ? and (status = 'PENDING' or status = 'SENDING' and claimed_until <= ?)""")
			.params(DatabaseTime.of(now.plus(CLAIM)), id, DatabaseTime.of(now))
			.update() == 1;
	}

	void sent(long id) {
		sent(id, null);
	}

	/** Sent, and known to the platform by {@code providerId} (WhatsApp's wamid), which its statuses name. */
	void sent(long id, String providerId) {
		jdbc.sql("""
				update notification set status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = null,
				       access_key = null, provider_id = ?
				where id = ?""")
			.params(DatabaseTime.of(clock.instant()), providerId, id)
			.update();
	}

	/**
	 * What the platform reported of the message it knows as {@code providerId}. Reports may come out of
	 * order (read before delivered): a report never takes a message back to an earlier stage, and a
	 * failure is kept with its reason.
	 */
	void delivery(String providerId, String status, Instant at, String error) {
		int rank = status == null ? -1 : DELIVERY_STAGES.indexOf(status);
		if (rank < 0) {
			return;
		}
		for (Delivery known : jdbc.sql("select id, delivery_status from notification where provider_id = ?")
			.param(providerId)
			.query((rs, row) -> new Delivery(rs.getLong("id"), rs.getString("delivery_status")))
			.list()) {
			if (known.status() != null && DELIVERY_STAGES.indexOf(known.status()) >= rank) {
				continue;
			}
			jdbc.sql("""
					update notification set delivery_status = ?, delivery_at = ?,
					       last_error = coalesce(?, last_error)
					where id = ?""")
				.params(status, DatabaseTime.of(at == null ? clock.instant() : at),
						error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error, known.id())
				.update();
		}
	}

	private record Delivery(long id, String status) {
	}

	void failed(long id, String error, int maxAttempts) {
		jdbc.sql("""
				update notification set attempts = attempts + 1, last_error = ?, claimed_until = null,
				       status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
				       access_key = case when attempts + 1 >= ? then null else access_key end
				where id = ?""")
			.params(error.length() > 1000 ? error.substring(0, 1000) : error, maxAttempts, maxAttempts, id)
			.update();
	}

	/** The latest emails, newest first, for the administrator's outbox page. */
	public List<Notification> recent(int limit) {
		return jdbc.sql("select * from notification order by id desc fetch first ? rows only")
			.param(limit)
			.query(NOTIFICATION)
			.list();
	}

	public List<Notification> forComplaint(long complaintId) {
		return jdbc.sql("select * from notification where complaint_id = ? order by id")
			.param(complaintId)
			.query(NOTIFICATION)
			.list();
	}

	Instant now() {
		return clock.instant();
	}
}

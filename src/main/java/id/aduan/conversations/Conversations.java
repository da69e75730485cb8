package id.aduan.conversations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.aduan.complaints.AttachmentPolicy;
import id.aduan.system.DatabaseTime;

/**
 * Stores conversations, their messages and files. A complaint's thread is created the first time
 * someone writes in it (most complaints never need one), once: the unique complaint id makes a second
 * creation by a concurrent request a no-op.
 */
@Repository
class Conversations {

	private static final RowMapper<Conversation> CONVERSATION = (rs, row) -> new Conversation(rs.getLong("id"),
			rs.getString("public_id"), rs.getObject("complaint_id", Long.class),
			Conversation.Origin.valueOf(rs.getString("origin")), Conversation.Status.valueOf(rs.getString("status")),
			rs.getString("visitor_name"), rs.getString("visitor_email"), rs.getString("visitor_phone"),
			DatabaseTime.instant(rs, "created_at"), DatabaseTime.instant(rs, "last_message_at"),
			DatabaseTime.instant(rs, "converted_at"), rs.getString("converted_by"));

	private static final String COLUMNS = "id, public_id, complaint_id, origin, status, visitor_name, visitor_email, "
			+ "visitor_phone, created_at, last_message_at, converted_at, converted_by";

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Conversation> ofComplaint(long complaintId) {
		return jdbc.sql("select " + COLUMNS + " from conversation where complaint_id = ?")
			.param(complaintId)
			.query(CONVERSATION)
			.optional();
	}

	/** The complaint's thread, created now if nobody wrote in it before. */
	Conversation openForComplaint(long complaintId, Instant now) {
		jdbc.sql("""
				insert into conversation (public_id, complaint_id, origin, status, created_at, last_message_at)
				values (?, ?, 'COMPLAINT', 'OPEN', ?, ?) on conflict do nothing""")
			.params(ChatSecrets.publicId(), complaintId, DatabaseTime.of(now), DatabaseTime.of(now))
			.update();
		return ofComplaint(complaintId).orElseThrow();
	}

	Optional<Conversation> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from conversation where id = ?").param(id).query(CONVERSATION).optional();
	}

	Optional<Conversation> byPublicId(String publicId) {
		return jdbc.sql("select " + COLUMNS + " from conversation where public_id = ?")
			.param(publicId)
			.query(CONVERSATION)
			.optional();
	}

	Optional<String> tokenHash(long conversationId) {
		return jdbc.sql("select token_hash from conversation where id = ?")
			.param(conversationId)
			.query(String.class)
			.optional();
	}

	long startChat(String publicId, String tokenHash, String name, String email, String phone, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into conversation (public_id, token_hash, origin, status, visitor_name, visitor_email,
				                          visitor_phone, created_at, last_message_at)
				values (?, ?, 'WIDGET', 'OPEN', ?, ?, ?, ?, ?)""")
			.params(publicId, tokenHash, name, email, phone, DatabaseTime.of(now), DatabaseTime.of(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	long addMessage(long conversationId, Side side, String authorName, Long authorAccountId, Via via, String body,
			String emailMessageId, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into conversation_message (conversation_id, sent_at, side, author_name, author_account_id, via,
				                                  body, email_message_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(conversationId, DatabaseTime.of(at), side.name(), authorName, authorAccountId, via.name(), body,
					emailMessageId)
			.update(key, "id");
		jdbc.sql("update conversation set last_message_at = ? where id = ?")
			.params(DatabaseTime.of(at), conversationId)
			.update();
		return key.getKeyAs(Number.class).longValue();
	}

	void addFile(long conversationId, long messageId, AttachmentPolicy.Accepted file) {
		jdbc.sql("""
				insert into conversation_attachment (conversation_id, message_id, file_name, content_type, size_bytes,
				                                     sha256, content)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(conversationId, messageId, file.fileName(), file.contentType(), file.content().length,
					file.sha256(), file.content())
			.update();
	}

	List<Message> messages(long conversationId) {
		Map<Long, List<MessageFile>> files = new LinkedHashMap<>();
		jdbc.sql("""
				select id, message_id, file_name, content_type, size_bytes, sha256 from conversation_attachment
				where conversation_id = ? order by id""")
			.param(conversationId)
			.query((rs, row) -> new MessageFile(rs.getLong("id"), rs.getLong("message_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
			.list()
			.forEach(file -> files.computeIfAbsent(file.messageId(), id -> new ArrayList<>()).add(file));
		return jdbc.sql("select * from conversation_message where conversation_id = ? order by id")
			.param(conversationId)
			.query((rs, row) -> new Message(rs.getLong("id"), rs.getLong("conversation_id"),
					DatabaseTime.instant(rs, "sent_at"), Side.valueOf(rs.getString("side")), rs.getString("author_name"),
					rs.getObject("author_account_id", Long.class), Via.valueOf(rs.getString("via")),
					rs.getString("body"), files.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<Message> message(long messageId) {
		return jdbc.sql("select conversation_id from conversation_message where id = ?")
			.param(messageId)
			.query(Long.class)
			.optional()
			.flatMap(conversation -> messages(conversation).stream().filter(m -> m.id() == messageId).findFirst());
	}

	Optional<FileContent> file(long conversationId, long fileId) {
		return jdbc.sql("""
				select id, message_id, file_name, content_type, size_bytes, sha256, content from conversation_attachment
				where conversation_id = ? and id = ?""")
			.params(conversationId, fileId)
			.query((rs, row) -> new FileContent(new MessageFile(rs.getLong("id"), rs.getLong("message_id"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256")), rs.getBytes("content")))
			.optional();
	}

	List<Conversation> chats(Conversation.Status status, int limit) {
		return jdbc.sql("select " + COLUMNS
				+ " from conversation where origin = 'WIDGET' and status = ? order by last_message_at desc fetch first ? rows only")
			.params(status.name(), limit)
			.query(CONVERSATION)
			.list();
	}

	/** Turns a chat into a complaint's thread; refused (false) when someone else did it first. */
	boolean convert(long conversationId, long complaintId, String by, Instant at) {
		return jdbc.sql("""
				update conversation set status = 'CONVERTED', complaint_id = ?, converted_at = ?, converted_by = ?
				where id = ? and status = 'OPEN'""")
			.params(complaintId, DatabaseTime.of(at), by, conversationId)
			.update() == 1;
	}

	boolean close(long conversationId) {
		return jdbc.sql("update conversation set status = 'CLOSED' where id = ? and status = 'OPEN'")
			.param(conversationId)
			.update() == 1;
	}
}

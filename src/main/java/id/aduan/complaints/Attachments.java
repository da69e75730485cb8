package id.aduan.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/**
 * Files of complaints, kept in the database with the complaint so that one transaction stores both
 * and one backup holds both. Listing never loads the content.
 */
@Repository
class Attachments {

	private static final RowMapper<Attachment> ATTACHMENT = (rs, row) -> new Attachment(rs.getLong("id"),
			rs.getLong("complaint_id"), rs.getObject("event_id", Long.class),
			Attachment.Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
			rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
			DatabaseTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by"));

	private static final String COLUMNS = "id, complaint_id, event_id, purpose, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long complaintId, Long entryId, Attachment.Purpose purpose, AttachmentPolicy.Accepted file,
			String uploadedBy, Instant at) {
		jdbc.sql("""
				insert into attachment (complaint_id, event_id, purpose, file_name, content_type, size_bytes, sha256,
				                        content, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(complaintId, entryId, purpose.name(), file.fileName(), file.contentType(), file.content().length,
					file.sha256(), file.content(), DatabaseTime.of(at), uploadedBy)
			.update();
	}

	List<Attachment> of(long complaintId) {
		return jdbc.sql("select " + COLUMNS + " from attachment where complaint_id = ? order by id")
			.param(complaintId)
			.query(ATTACHMENT)
			.list();
	}

	Optional<Attachment> find(long complaintId, long attachmentId) {
		return jdbc.sql("select " + COLUMNS + " from attachment where complaint_id = ? and id = ?")
			.params(complaintId, attachmentId)
			.query(ATTACHMENT)
			.optional();
	}

	byte[] content(long attachmentId) {
		return jdbc.sql("select content from attachment where id = ?")
			.param(attachmentId)
			.query((rs, row) -> rs.getBytes("content"))
			.single();
	}

}

package id.aduan.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.complaints.AttachmentPolicy;
import id.aduan.system.DatabaseTime;

/**
 * A session's documentation: its photos (in the database, with a SHA-256 checksum, never loaded for
 * listing), the complaints it followed up, and which of their follow-up photos were chosen for the
 * report's appendix.
 */
@Repository
class SessionPhotos {

	private static final String COLUMNS = "id, session_id, file_name, content_type, size_bytes, sha256, caption, for_report, uploaded_at, uploaded_by";

	private static final RowMapper<SessionPhoto> PHOTO = (rs, n) -> new SessionPhoto(rs.getLong("id"),
			rs.getLong("session_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
			rs.getString("sha256"), rs.getString("caption"), rs.getBoolean("for_report"),
			DatabaseTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by"));

	private final JdbcClient jdbc;

	SessionPhotos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long sessionId, AttachmentPolicy.Accepted photo, String caption, Instant at, String by) {
		jdbc.sql("""
				insert into coaching_photo (session_id, file_name, content_type, size_bytes, sha256, content, caption,
				                            for_report, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
			.params(sessionId, photo.fileName(), photo.contentType(), photo.content().length, photo.sha256(),
					photo.content(), caption, DatabaseTime.of(at), by)
			.update();
	}

	List<SessionPhoto> of(long sessionId) {
		return jdbc.sql("select " + COLUMNS + " from coaching_photo where session_id = ? order by id")
			.param(sessionId)
			.query(PHOTO)
			.list();
	}

	Optional<SessionPhoto> find(long sessionId, long photoId) {
		return jdbc.sql("select " + COLUMNS + " from coaching_photo where session_id = ? and id = ?")
			.params(sessionId, photoId)
			.query(PHOTO)
			.optional();
	}

	byte[] content(long photoId) {
		return jdbc.sql("select content from coaching_photo where id = ?")
			.param(photoId)
			.query((rs, n) -> rs.getBytes("content"))
			.single();
	}

	void choose(long photoId, boolean forReport, Instant at, String by) {
		jdbc.sql("update coaching_photo set for_report = ?, chosen_at = ?, chosen_by = ? where id = ?")
			.params(forReport, DatabaseTime.of(at), by, photoId)
			.update();
	}

	/** Session photos chosen for the report, of sessions held in the period. */
	List<SessionPhoto> chosenBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS.replace("id, session_id", "p.id, p.session_id") + """
				 from coaching_photo p join coaching_session s on s.id = p.session_id
				where p.for_report = true and s.held_on >= ? and s.held_on <= ? order by s.held_on, s.id, p.id""")
			.params(from, to)
			.query(PHOTO)
			.list();
	}

	void link(long sessionId, long complaintId, String trackingCode, Instant at, String by) {
		jdbc.sql("""
				insert into coaching_complaint (session_id, complaint_id, tracking_code, linked_at, linked_by)
				values (?, ?, ?, ?, ?)""")
			.params(sessionId, complaintId, trackingCode, DatabaseTime.of(at), by)
			.update();
	}

	void unlink(long sessionId, long complaintId) {
		jdbc.sql("delete from coaching_complaint_photo where session_id = ? and complaint_id = ?")
			.params(sessionId, complaintId)
			.update();
		jdbc.sql("delete from coaching_complaint where session_id = ? and complaint_id = ?")
			.params(sessionId, complaintId)
			.update();
	}

	List<LinkedComplaint> links(long sessionId) {
		return jdbc.sql("select * from coaching_complaint where session_id = ? order by linked_at, complaint_id")
			.param(sessionId)
			.query((rs, n) -> new LinkedComplaint(rs.getLong("complaint_id"), rs.getString("tracking_code"),
					DatabaseTime.instant(rs, "linked_at"), rs.getString("linked_by")))
			.list();
	}

	void chooseComplaintPhoto(long sessionId, long complaintId, long attachmentId, String caption, Instant at,
			String by) {
		jdbc.sql("""
				insert into coaching_complaint_photo (session_id, complaint_id, attachment_id, caption, chosen_at, chosen_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(sessionId, complaintId, attachmentId, caption, DatabaseTime.of(at), by)
			.update();
	}

	void unchooseComplaintPhoto(long sessionId, long attachmentId) {
		jdbc.sql("delete from coaching_complaint_photo where session_id = ? and attachment_id = ?")
			.params(sessionId, attachmentId)
			.update();
	}

	List<ChosenComplaintPhoto> chosenComplaintPhotos(long sessionId) {
		return jdbc.sql("select * from coaching_complaint_photo where session_id = ? order by chosen_at, attachment_id")
			.param(sessionId)
			.query((rs, n) -> new ChosenComplaintPhoto(rs.getLong("complaint_id"), rs.getLong("attachment_id"),
					rs.getString("caption"), DatabaseTime.instant(rs, "chosen_at"), rs.getString("chosen_by")))
			.list();
	}

	/** Sessions held in the period that have a complaint photo chosen, in date order. */
	List<Long> sessionsWithComplaintPhotosBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select distinct s.id, s.held_on from coaching_session s join coaching_complaint_photo c on c.session_id = s.id
				where s.held_on >= ? and s.held_on <= ? order by s.held_on, s.id""")
			.params(from, to)
			.query((rs, n) -> rs.getLong("id"))
			.list();
	}

}

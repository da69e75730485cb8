package id.aduan.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.DatabaseTime;
import id.aduan.system.InvalidInput;
import id.aduan.system.Sha256;

/**
 * The emblem on the office's letterhead, kept by the administrator: replaced by a new upload, removed,
 * each change in the audit trail. Only a PNG or JPEG that really is one (read as an image, not judged
 * by its name) of at most {@link #MAX_BYTES} is taken.
 */
@Component
public class OfficeLogos {

	static final int MAX_BYTES = 1024 * 1024;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	OfficeLogos(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<OfficeLogo> current() {
		return jdbc.sql("select content, content_type, sha256, uploaded_at, uploaded_by from office_logo where id = 1")
			.query((rs, row) -> new OfficeLogo(rs.getBytes("content"), rs.getString("content_type"),
					rs.getString("sha256"), DatabaseTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
			.optional();
	}

	/** Puts this image on the letterhead in place of any earlier one. */
	@Transactional
	public OfficeLogo replace(byte[] content, String by) {
		if (content == null || content.length == 0) {
			throw InvalidInput.of("logo", "catalog.logo.missing");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInput.of("logo", "catalog.logo.tooLarge");
		}
		String type = contentType(content);
		if (type == null || !readable(content)) {
			throw InvalidInput.of("logo", "catalog.logo.notImage");
		}
		Instant now = clock.instant();
		String sha256 = Sha256.hex(content);
		jdbc.sql("delete from office_logo where id = 1").update();
		jdbc.sql("""
				insert into office_logo (id, content, content_type, sha256, uploaded_at, uploaded_by)
				values (1, ?, ?, ?, ?, ?)""")
			.params(content, type, sha256, DatabaseTime.of(now), by)
			.update();
		audit.record(by, "OFFICE_LOGO_CHANGED", "office_logo", "1", type + ", " + content.length + " bytes, SHA-256 " + sha256);
		return new OfficeLogo(content, type, sha256, now, by);
	}

	/** The letterhead goes back to text only. */
	@Transactional
	public void remove(String by) {
		if (jdbc.sql("delete from office_logo where id = 1").update() > 0) {
			audit.record(by, "OFFICE_LOGO_REMOVED", "office_logo", "1", null);
		}
	}

	/** PNG or JPEG by the file's own first bytes; null for anything else. */
	private static String contentType(byte[] content) {
		if (content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G') {
			return "image/png";
		}
		if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean readable(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			return image != null && image.getWidth() > 0 && image.getHeight() > 0;
		}
		catch (IOException | RuntimeException unreadable) {
			return false;
		}
	}
}

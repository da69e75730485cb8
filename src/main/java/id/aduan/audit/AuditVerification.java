package id.aduan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.system.DatabaseTime;

/**
 * Walks the sealed audit chain from its first entry to its head and recomputes every hash: an entry
 * edited, deleted, inserted or moved after sealing breaks the chain at that place, and entries cut
 * from its end no longer reach the head recorded in {@code audit_chain}. Someone able to rewrite the
 * whole table and the head could forge a consistent chain; against that the operator writes down the
 * head's hash now and then and passes it back as an anchor. Reads in one snapshot, so it runs beside
 * a working Aduan.
 */
@Component
public class AuditVerification {

	private final JdbcClient jdbc;

	/** Reads the chain in pages of a thousand rows rather than all at once. */
	private final JdbcTemplate streaming;

	AuditVerification(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/** An entry's hash as the operator wrote it down. */
	public record Anchor(long chainSeq, String hash) {
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainReport verify(Optional<Anchor> anchor) {
		long[] head = new long[1];
		String headHash = jdbc.sql("select last_seq, last_hash from audit_chain where id = 1").query(rs -> {
			rs.next();
			head[0] = rs.getLong("last_seq");
			return rs.getString("last_hash");
		});
		Walk walk = new Walk(anchor);
		streaming.query("""
				select chain_seq, id, occurred_at, actor, action, subject_type, subject_id, detail, prev_hash, entry_hash
				from audit_entry where chain_seq is not null order by chain_seq""", walk);
		if (walk.broken == null && (walk.expected - 1 != head[0] || !walk.previous.equals(headHash))) {
			walk.broken = new ChainReport.Break(walk.expected, null, null, null, null, ChainReport.Kind.TRUNCATED);
		}
		if (walk.broken == null && anchor.isPresent() && !walk.anchorSeen) {
			walk.broken = new ChainReport.Break(anchor.get().chainSeq(), null, null, null, null,
					ChainReport.Kind.ANCHOR);
		}
		long sealed = jdbc.sql("select count(*) from audit_entry where chain_seq is not null").query(Long.class).single();
		long unsealed = jdbc.sql("select count(*) from audit_entry where chain_seq is null").query(Long.class).single();
		Instant oldest = jdbc.sql("select min(occurred_at) as oldest from audit_entry where chain_seq is null")
			.query((rs, row) -> Optional.ofNullable(DatabaseTime.instant(rs, "oldest")))
			.single()
			.orElse(null);
		return new ChainReport(sealed, head[0], headHash, unsealed, oldest, Optional.ofNullable(walk.broken));
	}

	/** Follows the chain entry by entry and stops looking at the first break. */
	private static final class Walk implements RowCallbackHandler {

		private final Optional<Anchor> anchor;

		private long expected = 1;

		private String previous = ChainLink.GENESIS;

		private ChainReport.Break broken;

		private boolean anchorSeen;

		Walk(Optional<Anchor> anchor) {
			this.anchor = anchor;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (broken != null) {
				return;
			}
			long seq = rs.getLong("chain_seq");
			long id = rs.getLong("id");
			Instant at = DatabaseTime.instant(rs, "occurred_at");
			String actor = rs.getString("actor");
			String action = rs.getString("action");
			if (seq != expected) {
				broken = new ChainReport.Break(expected, null, null, null, null, ChainReport.Kind.MISSING);
				return;
			}
			ChainLink link = new ChainLink(seq, id, at, actor, action, rs.getString("subject_type"),
					rs.getString("subject_id"), rs.getString("detail"));
			String hash = rs.getString("entry_hash");
			if (!previous.equals(rs.getString("prev_hash"))) {
				broken = new ChainReport.Break(seq, id, at, actor, action, ChainReport.Kind.LINK);
				return;
			}
			if (!link.hash(previous).equals(hash)) {
				broken = new ChainReport.Break(seq, id, at, actor, action, ChainReport.Kind.CHANGED);
				return;
			}
			if (anchor.isPresent() && anchor.get().chainSeq() == seq) {
				anchorSeen = true;
				if (!anchor.get().hash().equalsIgnoreCase(hash)) {
					broken = new ChainReport.Break(seq, id, at, actor, action, ChainReport.Kind.ANCHOR);
					return;
				}
			}
			previous = hash;
			expected++;
		}
	}
}

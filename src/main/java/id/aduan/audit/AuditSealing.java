package id.aduan.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.system.DatabaseTime;

/**
 * Seals committed audit entries into the hash chain, oldest id first, a batch per transaction.
 * Writers never wait for this: they only insert, so a thousand complaints a second do not queue
 * behind one lock. The sealer locks the chain's head row ({@code audit_chain}) for the length of one
 * batch; a second instance that seals at the same moment waits for that row and then continues from
 * the new head, so each entry is sealed exactly once and the chain has one line. An entry written by
 * a transaction that commits late simply gets a later number: the chain's order is the order of
 * sealing, which follows the order of commits within a few seconds.
 */
@Component
@EnableScheduling
public class AuditSealing {

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AuditSettings settings;

	AuditSealing(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, Clock clock,
			AuditSettings settings) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = transaction;
		this.clock = clock;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${aduan.audit.seal-every:PT2S}", initialDelayString = "PT5S")
	void scheduledSeal() {
		if (settings.sealing()) {
			sealPending();
		}
	}

	/** Seals everything committed so far; returns how many entries were sealed. */
	public int sealPending() {
		int total = 0;
		int sealed;
		do {
			sealed = transaction.execute(status -> sealBatch());
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.single();
		List<ChainLink> pending = jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, detail
				from audit_entry where chain_seq is null order by id fetch first ? rows only""")
			.param(BATCH)
			.query((rs, row) -> new ChainLink(head.seq() + row + 1, rs.getLong("id"),
					DatabaseTime.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail")))
			.list();
		if (pending.isEmpty()) {
			return 0;
		}
		String previous = head.hash();
		Object[][] updates = new Object[pending.size()][];
		for (int i = 0; i < pending.size(); i++) {
			ChainLink link = pending.get(i);
			String hash = link.hash(previous);
			updates[i] = new Object[] { link.chainSeq(), previous, hash, link.id() };
			previous = hash;
		}
		int[] counts = template.batchUpdate(
				"update audit_entry set chain_seq = ?, prev_hash = ?, entry_hash = ? where id = ? and chain_seq is null",
				List.of(updates));
		for (int count : counts) {
			if (count == 0) {
				throw new IllegalStateException("An audit entry was sealed by someone not holding the chain's head");
			}
		}
		jdbc.sql("update audit_chain set last_seq = ?, last_hash = ?, sealed_at = ? where id = 1")
			.params(head.seq() + pending.size(), previous, DatabaseTime.of(clock.instant()))
			.update();
		return pending.size();
	}

	private record Head(long seq, String hash) {
	}
}

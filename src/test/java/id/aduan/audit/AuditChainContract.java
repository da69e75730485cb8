package id.aduan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain's promises, run on H2 and on PostgreSQL: every entry is sealed once, in one line;
 * any change after sealing is found and named; writers never wait for the sealer. Tests that tamper
 * with the trail put it back as it was, since other tests share the database.
 */
abstract class AuditChainContract {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditSealing sealing;

	@Autowired
	AuditVerification verification;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEntryIsSealedOnceInOrderAndTheChainVerifies() {
		String subject = write(5);
		sealing.sealPending();

		List<Map<String, Object>> entries = jdbc
			.sql("select id, chain_seq, prev_hash, entry_hash from audit_entry where subject_id = ? order by id")
			.param(subject)
			.query()
			.listOfRows();
		assertThat(entries).hasSize(5).allSatisfy(entry -> assertThat(entry.get("entry_hash")).isNotNull());
		for (int i = 1; i < entries.size(); i++) {
			assertThat(((Number) entries.get(i).get("chain_seq")).longValue())
				.isEqualTo(((Number) entries.get(i - 1).get("chain_seq")).longValue() + 1);
			assertThat(entries.get(i).get("prev_hash")).isEqualTo(entries.get(i - 1).get("entry_hash"));
		}
		ChainReport report = verification.verify(Optional.empty());
		assertThat(report.intact()).as(report.toString()).isTrue();
		assertThat(report.unsealed()).isZero();
		assertThat(report.headSeq()).isEqualTo(report.sealed());
		assertThat(sealing.sealPending()).as("nothing is sealed twice").isZero();
	}

	@Test
	void anEntryChangedAfterSealingIsNamedAsTheFirstBreak() {
		String subject = write(3);
		sealing.sealPending();
		Map<String, Object> second = entry(subject, 1);

		jdbc.sql("update audit_entry set detail = 'diubah diam-diam' where id = ?").param(second.get("id")).update();
		try {
			ChainReport report = verification.verify(Optional.empty());
			assertThat(report.firstBreak()).get().satisfies(broken -> {
				assertThat(broken.kind()).isEqualTo(ChainReport.Kind.CHANGED);
				assertThat(broken.entryId()).isEqualTo(((Number) second.get("id")).longValue());
				assertThat(broken.chainSeq()).isEqualTo(((Number) second.get("chain_seq")).longValue());
				assertThat(broken.action()).isEqualTo("UJI_RANTAI");
			});
		}
		finally {
			jdbc.sql("update audit_entry set detail = ? where id = ?").params(second.get("detail"), second.get("id")).update();
		}
		assertThat(verification.verify(Optional.empty()).intact()).as("the original content heals the chain").isTrue();
	}

	@Test
	void aDeletedEntryIsReportedMissing() {
		String subject = write(3);
		sealing.sealPending();
		Map<String, Object> second = entry(subject, 1);

		jdbc.sql("delete from audit_entry where id = ?").param(second.get("id")).update();
		try {
			ChainReport report = verification.verify(Optional.empty());
			assertThat(report.firstBreak()).get().satisfies(broken -> {
				assertThat(broken.kind()).isEqualTo(ChainReport.Kind.MISSING);
				assertThat(broken.chainSeq()).isEqualTo(((Number) second.get("chain_seq")).longValue());
			});
		}
		finally {
			putBack(second);
		}
		assertThat(verification.verify(Optional.empty()).intact()).isTrue();
	}

	@Test
	void entriesCutFromTheEndNoLongerReachTheHead() {
		String subject = write(2);
		sealing.sealPending();
		Map<String, Object> last = entry(subject, 1);

		jdbc.sql("delete from audit_entry where id = ?").param(last.get("id")).update();
		try {
			assertThat(verification.verify(Optional.empty()).firstBreak()).get()
				.extracting(ChainReport.Break::kind)
				.isEqualTo(ChainReport.Kind.TRUNCATED);
		}
		finally {
			putBack(last);
		}
		assertThat(verification.verify(Optional.empty()).intact()).isTrue();
	}

	@Test
	void aChainRewrittenFromAnEditedEntryOnFailsTheAnchorWrittenDownBefore() {
		String subject = write(3);
		sealing.sealPending();
		ChainReport before = verification.verify(Optional.empty());
		AuditVerification.Anchor anchor = new AuditVerification.Anchor(before.headSeq(), before.headHash());
		Map<String, Object> first = entry(subject, 0);
		long from = ((Number) first.get("chain_seq")).longValue();

		rewriteFrom(from, "diubah lalu disegel ulang", first.get("id"));
		try {
			assertThat(verification.verify(Optional.empty()).intact()).as("a consistent forgery passes alone").isTrue();
			assertThat(verification.verify(Optional.of(anchor)).firstBreak()).get()
				.extracting(ChainReport.Break::kind)
				.isEqualTo(ChainReport.Kind.ANCHOR);
		}
		finally {
			rewriteFrom(from, (String) first.get("detail"), first.get("id"));
		}
		assertThat(verification.verify(Optional.of(anchor)).intact()).isTrue();
	}

	@Test
	void aWriterDoesNotWaitWhileTheChainIsBeingSealed() throws Exception {
		CountDownLatch headLocked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService sealer = Executors.newSingleThreadExecutor();
		try {
			Future<?> holding = sealer.submit(() -> transaction.executeWithoutResult(status -> {
				jdbc.sql("select last_seq from audit_chain where id = 1 for update").query(Long.class).single();
				headLocked.countDown();
				await(release);
			}));
			assertThat(headLocked.await(10, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			write(1);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
			release.countDown();
			holding.get(10, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			sealer.shutdownNow();
		}
		sealing.sealPending();
		assertThat(verification.verify(Optional.empty()).intact()).isTrue();
	}

	@Test
	void twoSealersBesideFourWritersSealEveryEntryOnceInOneLine() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		ExecutorService threads = Executors.newFixedThreadPool(6);
		AtomicBoolean writing = new AtomicBoolean(true);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				writers.add(threads.submit(() -> write(150)));
			}
			List<Future<?>> sealers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sealers.add(threads.submit(() -> {
					while (writing.get()) {
						sealing.sealPending();
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(60, TimeUnit.SECONDS);
			}
			writing.set(false);
			for (Future<?> sealer : sealers) {
				sealer.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			writing.set(false);
			threads.shutdownNow();
		}
		sealing.sealPending();

		ChainReport report = verification.verify(Optional.empty());
		assertThat(report.intact()).as(report.toString()).isTrue();
		assertThat(report.unsealed()).isZero();
		assertThat(report.sealed()).isEqualTo(before + 600);
	}

	/** Writes entries for a new subject, each in its own transaction as real changes are; returns the subject. */
	private String write(int count) {
		String subject = UUID.randomUUID().toString();
		for (int i = 0; i < count; i++) {
			String detail = "langkah " + i;
			transaction.executeWithoutResult(status -> trail.record("Penguji", "UJI_RANTAI", "test", subject, detail));
		}
		return subject;
	}

	private Map<String, Object> entry(String subject, int index) {
		return jdbc.sql("select * from audit_entry where subject_id = ? order by id").param(subject).query().listOfRows()
			.get(index);
	}

	private void putBack(Map<String, Object> row) {
		jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, detail, chain_seq,
				                         prev_hash, entry_hash)
				values (:id, :occurred_at, :actor, :action, :subject_type, :subject_id, :detail, :chain_seq,
				        :prev_hash, :entry_hash)""").params(row).update();
	}

	/** What someone with write access could do: edit an entry, unseal it and all after it, and seal again. */
	private void rewriteFrom(long chainSeq, String detail, Object id) {
		jdbc.sql("update audit_entry set detail = ? where id = ?").params(detail, id).update();
		jdbc.sql("update audit_entry set chain_seq = null, prev_hash = null, entry_hash = null where chain_seq >= ?")
			.param(chainSeq)
			.update();
		String previous = chainSeq == 1 ? ChainLink.GENESIS
				: jdbc.sql("select entry_hash from audit_entry where chain_seq = ?").param(chainSeq - 1).query(String.class).single();
		jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where id = 1").params(chainSeq - 1, previous).update();
		sealing.sealPending();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}

package id.aduan.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Receipt;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.InvalidInput;
import id.aduan.system.Sha256;

/**
 * {@code Idempotency-Key} for POSTs that create a complaint: a client that did not get an answer (a
 * timeout, a dropped connection) sends the same request again with the same key and gets the first
 * answer back, and nothing new is created. The key is claimed in the transaction that creates the
 * complaint, just before it ({@link Claim}, a {@link ComplaintRegistration.Companion}): a concurrent
 * retry finds the key taken (in the same group commit, or waiting on the first's uncommitted claim) and
 * then reads the stored answer; a request that fails stores nothing, so it may be retried with the
 * same key. The same key with a different request is refused (422).
 * Answers are kept {@link #KEPT} and then removed. The access key is given only in the first answer:
 * the kept answer is made from the receipt {@linkplain Receipt#withoutAccessKey() without it}, because
 * the register keeps that key only as a hash and a backup must not hold it; a replay says so instead.
 */
@Component
public class Idempotency {

	public static final String HEADER = "Idempotency-Key";

	/** How long an answer is kept for retries. */
	static final Duration KEPT = Duration.ofHours(24);

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	/** An answer to give again: status, JSON body, and the Location header if any. */
	public record Answer(int status, String body, String location) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Idempotency(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A claim of {@code key} for this request, to be written in the registering transaction itself (see
	 * {@link ComplaintRegistration.Companion}), so that a complaint with an Idempotency-Key still shares a
	 * group commit: the key is claimed just before the complaint is stored and the answer kept just after.
	 * When the key is taken, nothing is registered and {@link #earlier(Claim)} gives the first answer.
	 */
	public Claim claim(String scope, String key, String request, Function<Receipt, Answer> answer) {
		if (!KEY.matcher(key).matches()) {
			throw InvalidInput.of(HEADER, "idempotency.key.invalid");
		}
		return new Claim(scope, key, Sha256.hex(request), answer);
	}

	/** The first answer given for a claim's key, without its access key: after the claim found the key taken. */
	public Answer earlier(Claim claim) {
		return earlier(claim.scope, claim.key, claim.hash);
	}

	/** One request's claim of an Idempotency-Key; see {@link Idempotency#claim}. */
	public final class Claim implements ComplaintRegistration.Companion {

		private final String scope;

		private final String key;

		private final String hash;

		private final Function<Receipt, Answer> answering;

		private volatile Answer answer;

		private Claim(String scope, String key, String hash, Function<Receipt, Answer> answering) {
			this.scope = scope;
			this.key = key;
			this.hash = hash;
			this.answering = answering;
		}

		@Override
		public boolean before() {
			return jdbc.sql("""
					insert into idempotency_key (scope, idem_key, request_hash, response_status, response_body, created_at)
					values (?, ?, ?, 0, '', ?) on conflict do nothing""")
				.params(scope, key, hash, DatabaseTime.of(clock.instant()))
				.update() == 1;
		}

		@Override
		public void after(Receipt receipt) {
			Answer kept = answering.apply(receipt.withoutAccessKey());
			jdbc.sql("""
					update idempotency_key set response_status = ?, response_body = ?, response_location = ?
					where scope = ? and idem_key = ?""")
				.params(kept.status(), kept.body(), kept.location(), scope, key)
				.update();
			answer = answering.apply(receipt);
		}

		/** The answer to give now, with the access key, once the complaint is registered. */
		public Answer answer() {
			return answer;
		}
	}

	/** Forgets answers older than {@link #KEPT}; returns how many. */
	@Transactional
	public int forgetOld() {
		return jdbc.sql("delete from idempotency_key where created_at < ?")
			.param(DatabaseTime.of(clock.instant().minus(KEPT)))
			.update();
	}

	private Answer earlier(String scope, String key, String hash) {
		record Stored(String hash, Answer answer) {
		}
		Optional<Stored> stored = jdbc
			.sql("select request_hash, response_status, response_body, response_location from idempotency_key where scope = ? and idem_key = ?")
			.params(scope, key)
			.query((rs, row) -> new Stored(rs.getString("request_hash"), new Answer(rs.getInt("response_status"),
					rs.getString("response_body"), rs.getString("response_location"))))
			.optional();
		if (stored.isEmpty() || stored.get().answer().status() == 0) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "idempotency.inFlight");
		}
		if (!stored.get().hash().equals(hash)) {
			throw InvalidInput.of(HEADER, "idempotency.mismatch");
		}
		return stored.get().answer();
	}
}

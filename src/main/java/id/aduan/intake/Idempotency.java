package id.aduan.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.complaints.Receipt;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.InvalidInput;
import id.aduan.system.Sha256;

/**
 * {@code Idempotency-Key} for POSTs that create a complaint: a client that did not get an answer (a
 * timeout, a dropped connection) sends the same request again with the same key and gets the first
 * answer back, and nothing new is created. The key is claimed in the transaction that creates the
 * complaint, as its first write ({@link #once}): a concurrent retry waits on the first's uncommitted
 * claim, finds the key taken and reads the stored answer; a request that fails stores nothing, so it
 * may be retried with the same key. The same key with a different request is refused (422).
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

	/** What a request with a key gets: the answer, and whether it is the first request's, given again. */
	public record Outcome(Answer answer, boolean replayed) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Idempotency(JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** Refuses a key that is not 1 to 200 visible ASCII characters (422 naming the header). */
	public void check(String key) {
		if (!KEY.matcher(key).matches()) {
			throw InvalidInput.of(HEADER, "idempotency.key.invalid");
		}
	}

	/**
	 * Registers at most once per {@code key} in {@code scope}: claims the key, runs {@code register}
	 * and keeps the answer {@code answering} makes of its receipt, all in one transaction; when the key
	 * was taken, nothing is registered and the first answer is given again.
	 */
	public Outcome once(String scope, String key, String request, Supplier<Receipt> register,
			Function<Receipt, Answer> answering) {
		check(key);
		String hash = Sha256.hex(request);
		Answer given = transaction.execute(status -> {
			boolean claimed = jdbc.sql("""
					insert into idempotency_key (scope, idem_key, request_hash, response_status, response_body, created_at)
					values (?, ?, ?, 0, '', ?) on conflict do nothing""")
				.params(scope, key, hash, DatabaseTime.of(clock.instant()))
				.update() == 1;
			if (!claimed) {
				return null;
			}
			Receipt receipt = register.get();
			Answer kept = answering.apply(receipt.withoutAccessKey());
			jdbc.sql("""
					update idempotency_key set response_status = ?, response_body = ?, response_location = ?
					where scope = ? and idem_key = ?""")
				.params(kept.status(), kept.body(), kept.location(), scope, key)
				.update();
			return answering.apply(receipt);
		});
		return given != null ? new Outcome(given, false) : new Outcome(earlier(scope, key, hash), true);
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

package id.aduan.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client and kind of request, in this instance's memory: each instance limits on
 * its own, so with several instances behind a balancer a client gets at most that many times the limit,
 * which is enough to stop a flood. The buckets live in a Caffeine cache bounded to {@code maxClients}:
 * a flood from very many addresses evicts the least used buckets one by one, never all of them, so a
 * client past its limit stays limited; a bucket left alone for {@link #IDLE} is full again, so it is
 * dropped then without anyone gaining a token.
 */
final class ClientBuckets {

	/** How long an untouched bucket takes to refill completely: the refill period of its one limit. */
	static final Duration IDLE = Duration.ofMinutes(1);

	private final int perMinute;

	private final Cache<String, Bucket> buckets;

	ClientBuckets(int perMinute, int maxClients) {
		this.perMinute = perMinute;
		// Maintenance (eviction) in the caller's thread: left to Caffeine's background executor, a flood
		// of new addresses outran it and the busiest bucket was evicted in most runs of
		// ClientBucketsTest; run at once, its frequency-aware eviction keeps a busy bucket every time.
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maxClients)
			.expireAfterAccess(IDLE)
			.executor(Runnable::run)
			.build();
	}

	/** Takes one token; returns 0 when allowed, else the seconds to wait. */
	long take(String client) {
		Bucket bucket = buckets.get(client, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, IDLE).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}
}

package id.aduan.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client and kind of request, in this instance's memory: each instance limits on
 * its own, so with several instances behind a balancer a client gets at most that many times the limit,
 * which is enough to stop a flood. Idle buckets (full again) are dropped now and then, and all of them
 * if an attack from very many addresses fills the map.
 */
final class ClientBuckets {

	private final int perMinute;

	private final int maxClients;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	ClientBuckets(int perMinute, int maxClients) {
		this.perMinute = perMinute;
		this.maxClients = maxClients;
	}

	/** Takes one token; returns 0 when allowed, else the seconds to wait. */
	long take(String client) {
		if (requests.incrementAndGet() % 10_000 == 0 || buckets.size() > maxClients) {
			tidy();
		}
		Bucket bucket = buckets.computeIfAbsent(client, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	private void tidy() {
		if (buckets.size() > maxClients) {
			buckets.clear();
			return;
		}
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
	}
}

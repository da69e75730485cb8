package id.aduan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * A closed-loop load generator: {@code clients} threads, each sending its next request as soon as the
 * previous one is answered, until {@code maxRequests} requests were sent or {@code maxTime} has passed,
 * whichever comes first; it always stops by itself. Only loopback addresses are accepted. Latency is
 * measured per request, from just before sending to the whole answer received; the result gives
 * throughput and percentiles.
 */
public final class LoadGenerator {

	/** What one run measured. */
	public record Result(String name, int clients, long requests, long failures, double seconds, double perSecond,
			double p50, double p95, double p99, double max) {

		public String line() {
			return String.format(Locale.ROOT,
					"%-28s clients=%d requests=%d failures=%d time=%.1fs throughput=%.0f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.1fms",
					name, clients, requests, failures, seconds, perSecond, p50, p95, p99, max);
		}
	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	public LoadGenerator(String base) {
		URI uri = URI.create(base);
		String host = uri.getHost();
		if (!("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host) || "::1".equals(host))) {
			throw new IllegalArgumentException("The load generator only targets loopback addresses: " + base);
		}
		this.base = base.replaceAll("/+$", "");
	}

	public URI uri(String path) {
		return URI.create(base + path);
	}

	/**
	 * Runs {@code request(n)} for n = 0, 1, 2, … from {@code clients} threads; {@code answered} sees every
	 * successful answer (status 2xx) with its n, e.g. to collect tracking codes.
	 */
	public Result run(String name, int clients, long maxRequests, Duration maxTime, LongFunction<HttpRequest> request,
			BiConsumer<Long, String> answered) throws InterruptedException {
		AtomicLong next = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long deadline = System.nanoTime() + maxTime.toNanos();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			long[] mine = new long[(int) Math.min(Integer.MAX_VALUE - 8, maxRequests / clients + maxRequests % clients + 1)];
			latencies.add(mine);
			Thread thread = new Thread(() -> {
				int count = 0;
				while (System.nanoTime() < deadline && count < mine.length) {
					long n = next.getAndIncrement();
					if (n >= maxRequests) {
						break;
					}
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request.apply(n), HttpResponse.BodyHandlers.ofString());
						mine[count++] = System.nanoTime() - sent;
						if (response.statusCode() / 100 == 2) {
							if (answered != null) {
								answered.accept(n, response.body());
							}
						}
						else {
							failures.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException failed) {
						mine[count++] = System.nanoTime() - sent;
						failures.incrementAndGet();
						if (failed instanceof InterruptedException) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
				latencies.set(latencies.indexOf(mine), Arrays.copyOf(mine, count));
			}, name + "-" + c);
			threads.add(thread);
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join(maxTime.toMillis() + 60_000);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(all);
		return new Result(name, clients, all.length, failures.get(), seconds, all.length / seconds, ms(all, 0.50),
				ms(all, 0.95), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}
}

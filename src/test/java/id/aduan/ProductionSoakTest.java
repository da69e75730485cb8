package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The bounded soak: a real Aduan process on PostgreSQL (-Xmx256m, serial GC) under a steady stream of
 * requests on loopback for {@code aduan.soak.minutes} minutes at {@code aduan.soak.rate} requests a
 * second (60% new complaints through the API, 30% tracking look-ups through the API, 10% tracking
 * pages), recording every error, the latencies (p50, p95, p99, max) and the heap after a full GC
 * every 30 seconds (over JMX). It is not part of {@code ./mvnw verify}; run it with
 *
 * <pre>
 * ./mvnw -q -B test -Dtest=ProductionSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Daduan.soak.minutes=10 -Daduan.soak.rate=50
 * </pre>
 *
 * The report is printed and written to {@code target/soak-report.md}; docs/benchmarks.md keeps the
 * figures of the runs made so far.
 */
@EnabledIfSystemProperty(named = "aduan.soak.minutes", matches = "\\d+")
class ProductionSoakTest {

	static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"(ADU-[A-Z0-9-]+)\"");

	@Test
	void aSteadyLoadRunsWithoutErrorsWithoutHeapGrowthAndWithItsP99Recorded() throws Exception {
		int minutes = Integer.getInteger("aduan.soak.minutes");
		int rate = Integer.getInteger("aduan.soak.rate", 50);
		Path target = Path.of("target");
		int jmxPort = AduanProcess.freePort();
		TestDatabase database = TestPostgres.newDatabase();
		try (AduanProcess aduan = AduanProcess.start(database, target.resolve("soak-aduan.log"),
				List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dcom.sun.management.jmxremote.port=" + jmxPort,
						"-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort, "-Dcom.sun.management.jmxremote.authenticate=false",
						"-Dcom.sun.management.jmxremote.ssl=false", "-Dcom.sun.management.jmxremote.host=127.0.0.1",
						"-Djava.rmi.server.hostname=127.0.0.1"));
				JMXConnector jmx = JMXConnectorFactory
					.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
			MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
					ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
				.executor(Executors.newFixedThreadPool(16)).build();
			List<String> codes = new CopyOnWriteArrayList<>();
			List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
			Map<Long, List<Long>> windows = new ConcurrentHashMap<>();
			List<String> loads = new ArrayList<>();
			Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
			AtomicLong sent = new AtomicLong();
			AtomicLong answered = new AtomicLong();
			List<String> heap = new ArrayList<>();
			List<Long> heapBytes = new ArrayList<>();

			warmUp(http, aduan, codes);
			ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
			Instant started = Instant.now();
			long startedNanos = System.nanoTime();
			clock.scheduleAtFixedRate(() -> {
				long n = sent.incrementAndGet();
				HttpRequest request = request(aduan, n, codes);
				long t0 = System.nanoTime();
				http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
					long micros = (System.nanoTime() - t0) / 1000;
					if (failure != null) {
						errors.computeIfAbsent(failure.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
						return;
					}
					latencies.add(micros);
					windows.computeIfAbsent((System.nanoTime() - startedNanos) / 30_000_000_000L,
							k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
					int expected = request.method().equals("POST") ? 201 : 200;
					if (answer.statusCode() != expected) {
						errors.computeIfAbsent("HTTP " + answer.statusCode() + " " + request.uri().getPath().replaceAll("ADU-.*", "{code}"),
								k -> new AtomicInteger()).incrementAndGet();
					}
					else if (expected == 201) {
						Matcher code = CODE.matcher(answer.body());
						if (code.find() && codes.size() < 5000) {
							codes.add(code.group(1));
						}
					}
				}).whenComplete((counted, failure) -> answered.incrementAndGet());
			}, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);

			long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
			while (System.nanoTime() < end) {
				Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
				memory.gc();
				long used = memory.getHeapMemoryUsage().getUsed();
				heapBytes.add(used);
				heap.add(Duration.between(started, Instant.now()).toSeconds() + " s: " + used / (1024 * 1024) + " MB");
				loads.add(loadAverage());
			}
			clock.shutdown();
			clock.awaitTermination(10, TimeUnit.SECONDS);
			await("answers to every request sent").atMost(Duration.ofMinutes(2)).until(() -> answered.get() == sent.get());

			List<Long> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			long complaints;
			try (var connection = database.connect(); var sql = connection.createStatement();
					var rs = sql.executeQuery("select count(*) from complaint")) {
				rs.next();
				complaints = rs.getLong(1);
			}
			String report = """
					## Soak run %s

					- command: `./mvnw -q -B test -Dtest=ProductionSoakTest -Dsurefire.failIfNoSpecifiedTests=false -Daduan.soak.minutes=%d -Daduan.soak.rate=%d`
					- load: %d requests in %d min at %d/s (60%% POST complaint, 30%% GET tracking API, 10%% GET tracking page), %d complaints stored
					- errors: %s
					- latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
					- heap after full GC: %s
					- machine load average (1 min, 2 cores shared with other builds) at the same moments: %s
					- per 30 s window (p50 / p99 / max ms): %s
					""".formatted(started, minutes, rate, latencies.size(), minutes, rate, complaints,
					errors.isEmpty() ? "none" : errors.toString(), percentile(sorted, 50), percentile(sorted, 95),
					percentile(sorted, 99), sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1000.0, String.join(", ", heap),
					String.join(", ", loads), windows(windows));
			System.out.println(report);
			Files.writeString(target.resolve("soak-report.md"), report);

			assertThat(errors).as("errors during the soak").isEmpty();
			assertThat(latencies).hasSizeGreaterThan(rate * minutes * 60 * 9 / 10);
			if (heapBytes.size() >= 4) {
				long settled = heapBytes.get(1);
				assertThat(heapBytes.get(heapBytes.size() - 1)).as("heap after GC at the end against after the first minute")
					.isLessThan(settled + settled / 2 + 16L * 1024 * 1024);
			}
		}
	}

	/** A few complaints first, so that look-ups have codes to look up from the first second. */
	private static void warmUp(HttpClient http, AduanProcess aduan, List<String> codes) throws Exception {
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> answer = http.send(request(aduan, -i, List.of()), HttpResponse.BodyHandlers.ofString());
			Matcher code = CODE.matcher(answer.body());
			if (code.find()) {
				codes.add(code.group(1));
			}
		}
	}

	private static HttpRequest request(AduanProcess aduan, long n, List<String> codes) {
		long kind = Math.floorMod(n * 7, 10);
		if (codes.isEmpty() || kind < 6) {
			String body = """
					{"title": "Bantuan belum diterima %1$d",
					 "description": "Kartu keluarga kami terdaftar tetapi bantuan bulan ini belum diterima (%1$d).",
					 "complainant": {"name": "Warga %1$d", "email": "warga%1$d@example.id"}, "category": "BANSOS"}""".formatted(n);
			return HttpRequest.newBuilder(URI.create(aduan.url("/api/v1/public/complaints")))
				.header("Content-Type", "application/json")
				.header("X-Request-Id", "soak-" + n)
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}
		String code = codes.get((int) Math.floorMod(n, (long) codes.size()));
		String path = kind < 9 ? "/api/v1/public/complaints/" + code : "/lacak/" + code;
		return HttpRequest.newBuilder(URI.create(aduan.url(path))).header("X-Request-Id", "soak-" + n)
			.timeout(Duration.ofSeconds(30)).build();
	}

	private static String windows(Map<Long, List<Long>> windows) {
		List<String> parts = new ArrayList<>();
		for (long window = 0; windows.containsKey(window); window++) {
			List<Long> sorted = new ArrayList<>(windows.get(window));
			Collections.sort(sorted);
			parts.add("%d–%d s: %.0f / %.0f / %.0f".formatted(window * 30, window * 30 + 30, percentile(sorted, 50),
					percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0));
		}
		return String.join("; ", parts);
	}

	/** The machine's 1-minute load average, so that a slow window can be told from a slow Aduan. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException | RuntimeException unavailable) {
			return "?";
		}
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}
}

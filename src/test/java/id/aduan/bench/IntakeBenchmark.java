package id.aduan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The intake benchmark of docs/benchmarks.md: Aduan on a real PostgreSQL (embedded, on loopback, every
 * commit durable: {@code fsync} and {@code synchronous_commit} on), 16 clients in a closed loop POSTing
 * complaints to the public API, then 16 clients GETting tracking lookups of the complaints just made.
 * Bounded in requests and time; run by name only (it is not a *Test):
 * {@code ./mvnw -q -B test -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Sizes:
 * {@code -Dbench.clients=16 -Dbench.requests=30000 -Dbench.seconds=30 -Dbench.warmup-seconds=60}; {@code -Dbench.idempotency-keys=true} sends every complaint with an Idempotency-Key;
 * {@code -Dbench.profile=true} records
 * the POST and GET phases with Java Flight Recorder into target/benchmark-intake.jfr and
 * target/benchmark-tracking.jfr (add
 * {@code -DargLine=-XX:FlightRecorderOptions:stackdepth=512} for whole stacks).
 */
class IntakeBenchmark {

	static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"(ADU-[A-Z0-9-]+)\"");

	@Test
	void intakeAndTrackingUnderLoad() throws Exception {
		int clients = Integer.getInteger("bench.clients", 16);
		long requests = Long.getLong("bench.requests", 30_000);
		Duration time = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("max_connections", "100")
			.start()) {
			try (ConfigurableApplicationContext aduan = new SpringApplicationBuilder(AduanApplication.class)
				.profiles("postgres")
				.run("--server.port=0", "--server.address=127.0.0.1",
						"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool", "20"),
						"--aduan.accounts.first-run=false", "--aduan.followup.jobs-enabled=false",
						"--aduan.mail.intake.scheduled=false", "--aduan.rate-limit.enabled=false",
						"--logging.level.root=WARN", "--server.tomcat.threads.max=" + System.getProperty("bench.threads", "32"))) {
				int port = ((WebServerApplicationContext) aduan).getWebServer().getPort();
				LoadGenerator load = new LoadGenerator("http://127.0.0.1:" + port);
				List<String> codes = Collections.synchronizedList(new ArrayList<>());

				// Long enough for the JIT to finish compiling the request path: on a busy two-core machine a
				// short warm-up leaves the compiler threads using more CPU than the requests themselves.
				Duration warming = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 60));
				LoadGenerator.Result warmup = load.run("warm-up", clients, Math.min(requests / 2, 10_000),
						warming, n -> complaint(load, -1 - n), null);
				CpuClock cpu = new CpuClock(postgres.getPort());
				Profile profile = Profile.start();
				double[] before = cpu.now();
				LoadGenerator.Result intake = load.run("POST /api/v1/public/complaints", clients, requests, time,
						n -> complaint(load, n), (n, body) -> {
							Matcher code = CODE.matcher(body);
							if (code.find()) {
								codes.add(code.group(1));
							}
						});
				double[] afterIntake = cpu.now();
				profile.stop("target/benchmark-intake.jfr");
				assertThat(codes).isNotEmpty();
				List<String> known = List.copyOf(codes);
				settle(aduan.getBean(org.springframework.jdbc.core.simple.JdbcClient.class));
				// Long enough for the compiler to finish the look-up's own path too (a profile of a 10,000-request
				// warm-up still found the JIT compiler using a tenth of the CPU during the measured phase).
				load.run("warm-up tracking", clients, Math.min(requests, 30_000), warming.dividedBy(2),
						n -> tracking(load, known), null);
				profile = Profile.start();
				double[] beforeTracking = cpu.now();
				LoadGenerator.Result tracking = load.run("GET /api/v1/public/complaints/{code}", clients, requests, time,
						n -> tracking(load, known), null);
				double[] afterTracking = cpu.now();
				profile.stop("target/benchmark-tracking.jfr");
				long stored = aduan.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("select count(*) from complaint").query(Long.class).single();
				report(List.of(warmup, intake, tracking), stored, clients, List.of(
						cost("POST", intake.requests(), before, afterIntake),
						cost("GET tracking", tracking.requests(), beforeTracking, afterTracking)));
				assertThat(intake.failures()).isZero();
				assertThat(tracking.failures()).isZero();
				assertThat(stored).isEqualTo(warmup.requests() + intake.requests());
			}
		}
	}

	/**
	 * Lets the intake phase's leftovers finish before the tracking phase, so that it measures look-ups
	 * and not them: the audit sealer's backlog (it seals every two seconds) and the vacuum of the tables
	 * the intake filled, which autovacuum would otherwise run in the middle of the look-ups.
	 */
	private static void settle(org.springframework.jdbc.core.simple.JdbcClient jdbc) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (jdbc.sql("select count(*) from audit_entry where chain_seq is null").query(Long.class).single() > 0
				&& System.nanoTime() < until) {
			Thread.sleep(500);
		}
		jdbc.sql("vacuum (analyze) complaint, complaint_event, audit_entry, complaint_tally").update();
	}

	/** A Java Flight Recorder recording of one phase, with {@code -Dbench.profile=true}. */
	private record Profile(jdk.jfr.Recording recording) {

		static Profile start() throws IOException, java.text.ParseException {
			if (!Boolean.getBoolean("bench.profile")) {
				return new Profile(null);
			}
			jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			recording.start();
			return new Profile(recording);
		}

		void stop(String file) throws IOException {
			if (recording != null) {
				recording.stop();
				recording.dump(Path.of(file));
				recording.close();
			}
		}
	}

	private static LoadGenerator.Request complaint(LoadGenerator load, long n) {
		String body = """
				{"title": "Bantuan BPNT belum diterima %d",
				 "description": "Keluarga kami terdaftar sebagai KPM tetapi bantuan bulan ini belum masuk ke rekening (uji beban %d).",
				 "complainant": {"name": "Warga Uji %d", "phone": "0812%08d"},
				 "reportType": "PENGADUAN", "category": "BANSOS", "service": "L09"}"""
			.formatted(n, n, n, Math.abs(n) % 100_000_000);
		LoadGenerator.Request request = LoadGenerator.Request.postJson("/api/v1/public/complaints", body);
		// -Dbench.idempotency-keys=true: every complaint with an Idempotency-Key, as a careful partner sends it.
		return Boolean.getBoolean("bench.idempotency-keys") ? request.with("Idempotency-Key", "bench-" + n) : request;
	}

	private static LoadGenerator.Request tracking(LoadGenerator load, List<String> codes) {
		String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
		return LoadGenerator.Request.get("/api/v1/public/complaints/" + code);
	}

	/** CPU per request: the JVM (Aduan and the load generator) and PostgreSQL, in milliseconds. */
	private static String cost(String name, long requests, double[] before, double[] after) {
		double jvm = (after[0] - before[0]) / Math.max(1, requests);
		double db = (after[1] - before[1]) / Math.max(1, requests);
		return String.format(java.util.Locale.ROOT,
				"CPU per request, %s: JVM (Aduan + load generator) %.2f ms, PostgreSQL %.2f ms, total %.2f ms"
						+ " -> at most %.0f/s on %d idle cores", name, jvm, db, jvm + db,
				Runtime.getRuntime().availableProcessors() * 1000 / (jvm + db), Runtime.getRuntime().availableProcessors());
	}

	private static void report(List<LoadGenerator.Result> results, long stored, int clients, List<String> costs)
			throws IOException {
		StringBuilder out = new StringBuilder("Benchmark " + Instant.now() + " (" + Runtime.getRuntime().availableProcessors()
				+ " cores, " + clients + " clients, PostgreSQL embedded, fsync and synchronous_commit on)\n");
		results.forEach(result -> out.append(result.line()).append('\n'));
		costs.forEach(line -> out.append(line).append('\n'));
		out.append("complaints stored: ").append(stored).append('\n');
		out.append(String.format(java.util.Locale.ROOT, "load average during the run: %.2f%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		System.out.println(out);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/benchmark-intake.txt"), out);
	}
}

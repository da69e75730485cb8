package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.io.TempDir;

import id.aduan.audit.AuditSealing;
import id.aduan.audit.AuditVerification;
import id.aduan.audit.ChainReport;

/**
 * The promise behind a tracking code: once Aduan has answered 201, the complaint is stored whole,
 * whatever happens next. A real Aduan process takes complaints from sixteen clients at once and is
 * killed with SIGKILL in the middle of it, started again on the same database and killed again, for
 * several rounds: on the embedded default (started with no database setting in a directory of its
 * own, as a small office runs it) and on PostgreSQL. Started a last time (in the test's JVM, where
 * the check can read the audit chain directly), it has every acknowledged complaint, each with its
 * timeline entry, its audit line and its receipt email, no receipt of a complaint that is not there,
 * nothing stored by halves, and an audit chain that verifies.
 */
class CrashTest {

	static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"(ADU-[A-Z0-9-]+)\"");

	static final int ROUNDS = 3;

	static final int CLIENTS = 16;

	@TempDir
	Path dir;

	static Stream<String> databases() {
		return Stream.of("embedded default", "PostgreSQL");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void everyAcknowledgedComplaintSurvivesSigkillsWholeAndNothingIsHalfStored(String kind) throws Exception {
		TestDatabase database = kind.equals("PostgreSQL") ? TestPostgres.newDatabase() : TestDatabase.embeddedDefault(dir);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Path log = dir.resolve("aduan.log");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		AtomicInteger sequence = new AtomicInteger();
		for (int round = 1; round <= ROUNDS; round++) {
			AduanProcess aduan = AduanProcess.start(database, log,
					List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"),
					"--logging.structured.format.console=ecs", "--logging.level.id.aduan.system.RequestIds=DEBUG");
			int before = acknowledged.size();
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int client = 0; client < CLIENTS; client++) {
				clients.submit(() -> {
					while (!killed.get()) {
						int n = sequence.incrementAndGet();
						try {
							HttpResponse<String> answer = http.send(submission(aduan, n), HttpResponse.BodyHandlers.ofString());
							Matcher code = CODE.matcher(answer.body());
							if (answer.statusCode() == 201 && code.find()) {
								acknowledged.add(code.group(1));
							}
						}
						catch (Exception connectionLost) {
							if (killed.get()) {
								return;
							}
						}
					}
				});
			}
			// The deadline only ends a round that stopped acknowledging, so that a busy machine (slower,
			// not broken) still reaches the 50 asserted below.
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (acknowledged.size() - before < 150 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			killed.set(true);
			aduan.kill();
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			assertThat(acknowledged.size() - before).as("complaints acknowledged in round " + round + " before the kill")
				.isGreaterThanOrEqualTo(50);
		}
		Set<String> before = new HashSet<>(acknowledged);

		try (AduanInstance again = AduanInstance.web(database, new Class<?>[0], "--spring.autoconfigure.exclude=")) {
			JdbcClient sql = again.bean(JdbcClient.class);
			Set<String> stored = new HashSet<>(sql.sql("select tracking_code from complaint").query(String.class).list());
			Set<String> missing = new HashSet<>(before);
			missing.removeAll(stored);
			assertThat(missing).as("acknowledged complaints missing after %d kills (of %d acknowledged)", ROUNDS, before.size())
				.isEmpty();
			assertThat(sql.sql("""
					select c.tracking_code from complaint c
					where (select count(*) from complaint_event e where e.complaint_id = c.id and e.kind = 'REGISTERED') <> 1
					   or (select count(*) from audit_entry a where a.subject_type = 'complaint'
					          and a.subject_id = cast(c.id as varchar(60)) and a.action = 'COMPLAINT_REGISTERED') <> 1
					   or (select count(*) from notification n where n.complaint_id = c.id and n.kind = 'RECEIPT') <> 1""")
				.query(String.class).list()).as("complaints stored by halves").isEmpty();
			assertThat(sql.sql("""
					select a.subject_id from audit_entry a where a.subject_type = 'complaint'
					and not exists (select 1 from complaint c where cast(c.id as varchar(60)) = a.subject_id)""")
				.query(String.class).list()).as("audit lines of complaints that are not there").isEmpty();
			assertThat(sql.sql("""
					select n.id from notification n where n.complaint_id is not null
					and not exists (select 1 from complaint c where c.id = n.complaint_id)""")
				.query(Long.class).list()).as("mail in the outbox for complaints that are not there").isEmpty();
			HttpResponse<String> tracked = http.send(
					HttpRequest.newBuilder(URI.create(again.url("/api/v1/public/complaints/" + before.iterator().next()))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(tracked.statusCode()).isEqualTo(200);
			again.bean(AuditSealing.class).sealPending();
			ChainReport chain = again.bean(AuditVerification.class).verify(Optional.empty());
			assertThat(chain.intact()).as(chain.toString()).isTrue();
			assertThat(chain.unsealed()).isZero();
		}

		assertThat(Files.readAllLines(log)).as("JSON log lines with the client's request id")
			.anySatisfy(line -> assertThat(line).startsWith("{").contains("\"requestId\":\"crash-"));
	}

	private static HttpRequest submission(AduanProcess aduan, int n) {
		String body = """
				{"title": "Bantuan belum diterima %1$d",
				 "description": "Kartu keluarga kami terdaftar tetapi bantuan bulan ini belum diterima (%1$d).",
				 "complainant": {"name": "Warga %1$d", "email": "warga%1$d@example.id"},
				 "anonymous": false, "confidential": false, "category": "BANSOS"}""".formatted(n);
		return HttpRequest.newBuilder(URI.create(aduan.url("/api/v1/public/complaints")))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", "crash-" + n)
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}

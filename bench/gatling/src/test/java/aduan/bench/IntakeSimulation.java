package aduan.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Complaints arriving at a fixed rate ({@code -Drate} a second for {@code -Dseconds}), whatever the
 * server's answers take: an open loop, so a slow answer shows in the latencies of the requests that
 * arrived meanwhile instead of slowing the arrivals (no coordinated omission). Each complaint is new.
 */
public class IntakeSimulation extends Simulation {

	private static final AtomicLong NUMBER = new AtomicLong();

	private static final Iterator<Map<String, Object>> NUMBERS = Stream
		.generate(() -> Map.<String, Object>of("n", NUMBER.incrementAndGet()))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("base", "http://127.0.0.1:8080"))
		.contentTypeHeader("application/json")
		.shareConnections();

	ScenarioBuilder intake = scenario("intake").feed(NUMBERS)
		.exec(http("POST /api/v1/public/complaints").post("/api/v1/public/complaints")
			.body(StringBody("""
					{"title": "Bantuan belum diterima #{n}",
					 "description": "Kartu keluarga kami terdaftar tetapi bantuan bulan ini belum diterima (#{n}).",
					 "complainant": {"name": "Warga #{n}", "email": "warga#{n}@example.id"},
					 "anonymous": false, "confidential": false, "category": "BANSOS"}"""))
			.check(status().is(201), jsonPath("$.trackingCode").exists()));

	{
		setUp(intake.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("rate", "100"))).during(
				Integer.parseInt(System.getProperty("seconds", "30")))))
			.protocols(protocol);
	}
}

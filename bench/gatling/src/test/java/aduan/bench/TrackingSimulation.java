package aduan.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Citizens looking up their complaints at a fixed rate ({@code -Drate} a second for
 * {@code -Dseconds}), open loop, with the tracking codes of a CSV file ({@code -Dcodes}, a header line
 * {@code code} then one code a line), taken round and round.
 */
public class TrackingSimulation extends Simulation {

	HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("base", "http://127.0.0.1:8080"))
		.shareConnections();

	ScenarioBuilder lookups = scenario("tracking").feed(csv(System.getProperty("codes")).circular())
		.exec(http("GET /api/v1/public/complaints/{code}").get("/api/v1/public/complaints/#{code}")
			.check(status().is(200)));

	{
		setUp(lookups.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("rate", "100"))).during(
				Integer.parseInt(System.getProperty("seconds", "30")))))
			.protocols(protocol);
	}
}

package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.TrackingCode;

/**
 * The default database, an H2 file, writes every exception its driver throws into
 * {@code aduan.trace.db} beside it, up to many megabytes, and one exception per column and row is
 * what a row mapper that asks for columns that are not there costs. So one instance runs on the
 * default database's settings in a directory of its own, people of every role walk through every
 * page they can reach, and the trace file must not appear.
 */
class H2TraceFileTest {

	/** How many pages each walk follows at most, so that a page listing thousands of links ends. */
	static final int PAGES_PER_WALK = 120;

	/** How many pages of one shape ({@code /admin/layanan/#}) each walk follows. */
	static final int SAME_SHAPE = 2;

	static final String PASSWORD = "Jejak-kosong-tanpa-galat-42";

	@TempDir
	static Path directory;

	static AduanInstance aduan;

	static List<TrackingCode> complaints;

	@BeforeAll
	static void startOnTheDefaultDatabaseInAFreshDirectory() throws IOException {
		aduan = AduanInstance.web(new TestDatabase(defaultUrlIn(directory), "aduan", "", null), new Class<?>[0],
				"--spring.autoconfigure.exclude=");
		complaints = SampleComplaints.register(aduan, 6);
	}

	@AfterAll
	static void stop() {
		if (aduan != null) {
			aduan.close();
		}
	}

	@Test
	void walkingThroughEveryPageAsEveryRoleWritesNothingIntoH2sTraceFile() throws Exception {
		Path trace = directory.resolve("aduan.trace.db");
		assertThat(sizeOf(trace)).as("size of %s after starting and registering complaints (-1: none)", trace)
			.isEqualTo(-1);
		Map<String, Integer> visited = new LinkedHashMap<>();

		visited.putAll(walk(browser(), "/", "/pengaduan/baru", "/lacak", "/lacak/" + complaints.get(0).value(),
				"/periksa-laporan", "/open311/v2/services.json", "/open311/v2/requests.json",
				"/open311/v2/requests.xml"));
		for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.HELPDESK, Role.HEAD, Role.UNIT_OFFICER)) {
			visited.putAll(walk(loggedIn(role), "/beranda"));
		}

		assertThat(visited.keySet()).as("pages walked through")
			.contains("/staf/pengaduan", "/staf/dasbor", "/staf/laporan", "/admin", "/admin/unit")
			.anyMatch(path -> path.matches("/staf/pengaduan/\\d+"));
		assertThat(visited).as("pages that failed").allSatisfy((path, status) -> assertThat(status).isLessThan(500));
		assertThat(sizeOf(trace)).as("size of %s after walking through %d pages (-1: none)", trace, visited.size())
			.isEqualTo(-1);
	}

	/**
	 * The datasource URL of application.properties, with its file in {@code directory} and H2's trace
	 * file at its own default level (errors), so that capping the file cannot hide what it would say.
	 */
	static String defaultUrlIn(Path directory) throws IOException {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String url = defaults.getProperty("spring.datasource.url");
		assertThat(url).as("the default database").matches("jdbc:h2:(\\w+:)?\\./data/aduan;.*");
		return url.replace("./data/aduan", directory.resolve("aduan").toAbsolutePath().toString())
			.replaceAll("(?i);TRACE_LEVEL_FILE=\\d+", "") + ";TRACE_LEVEL_FILE=1";
	}

	/** A member of staff of that role, logged in with a password of their own. */
	static HttpClient loggedIn(Role role) throws Exception {
		AccountManagement accounts = aduan.bean(AccountManagement.class);
		String unit = switch (role) {
			case ADMIN -> null;
			case UNIT_OFFICER -> "LINJAMSOS";
			case HEAD -> "DINSOS";
			default -> "HUMAS";
		};
		String username = "jejak." + role.name().toLowerCase().replace('_', '.');
		AccountManagement.OneTimeLogin login = accounts.create(new AccountDraft(username, "Jejak " + role.name(), null,
				role, unit == null ? null : aduan.bean(Catalog.class).unitByCode(unit).orElseThrow().id(), true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		HttpClient browser = browser();
		String form = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<Void> answer = browser.send(post("/login", Map.of("username", username, "password", PASSWORD,
				"_csrf", Jsoup.parse(form).select("input[name=_csrf]").val())), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.uri().getPath()).as("where the login of " + username + " lands").isNotEqualTo("/login");
		return browser;
	}

	/**
	 * Follows every link and htmx address on Aduan's own pages, breadth first from {@code starts},
	 * as a person clicking through would (never logging out), but only a few of the pages that differ
	 * in numbers or codes alone (the 44 services, every day of the calendar, every unit's recap);
	 * answers each path's status.
	 */
	static Map<String, Integer> walk(HttpClient browser, String... starts) throws Exception {
		Map<String, Integer> visited = new LinkedHashMap<>();
		Deque<String> next = new ArrayDeque<>(List.of(starts));
		Set<String> seen = new LinkedHashSet<>(next);
		Map<String, Integer> shapes = new HashMap<>();
		while (!next.isEmpty() && visited.size() < PAGES_PER_WALK) {
			String path = next.poll();
			HttpResponse<String> page = browser.send(get(path), HttpResponse.BodyHandlers.ofString());
			visited.put(path, page.statusCode());
			String landed = ownPath(page.uri().toString());
			if (landed != null && seen.add(landed)) {
				visited.put(landed, page.statusCode());
			}
			String type = page.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Document html = Jsoup.parse(page.body(), page.uri().toString());
			for (Element link : html.select("a[href], [hx-get]")) {
				String address = link.hasAttr("hx-get") ? link.absUrl("hx-get") : link.absUrl("href");
				String own = ownPath(address);
				if (own != null && !seen.contains(own)
						&& shapes.merge(own.replaceAll("\\d+|[A-Z][A-Z_]+", "#"), 1, Integer::sum) <= SAME_SHAPE) {
					seen.add(own);
					next.add(own);
				}
			}
		}
		return visited;
	}

	/** The path (and query) of an address on this instance worth following, or null. */
	static String ownPath(String address) {
		String origin = aduan.url("");
		if (!address.startsWith(origin)) {
			return null;
		}
		String path = address.substring(origin.length()).replaceFirst("#.*", "");
		boolean resource = path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/logout") || path.contains("lang=");
		return path.isEmpty() || resource ? null : path;
	}

	/** Keeps its cookies and follows redirects, as a browser does. */
	static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	static long sizeOf(Path file) throws IOException {
		return Files.exists(file) ? Files.size(file) : -1;
	}

	static HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(aduan.url(path))).build();
	}

	static HttpRequest post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(aduan.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}

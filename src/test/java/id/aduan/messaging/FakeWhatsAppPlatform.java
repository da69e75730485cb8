package id.aduan.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the platforms, speaking their published formats: the WhatsApp Cloud API's
 * {@code POST /{version}/{phone-number-id}/messages} (Bearer token checked, answered with
 * {@code {"messaging_product":"whatsapp","contacts":[...],"messages":[{"id":"wamid..."}]}} or the Graph
 * API's error object), its media endpoints ({@code GET /{version}/{media-id}} answering
 * {@code {url, mime_type, sha256, file_size, id}}, and {@code GET url} giving the bytes, both with the
 * Bearer token checked), and an SMS gateway's {@code POST /sms}. It records every request, can be told to
 * fail the next ones, and signs webhook payloads as the platform does ({@code X-Hub-Signature-256}).
 */
final class FakeWhatsAppPlatform implements AutoCloseable {

	static final String VERSION = "v23.0";

	/** A request as the platform received it. */
	record Received(String method, String path, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}
	}

	private record Scripted(int status, String body) {
	}

	private final HttpServer server;

	private final String token;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Scripted>> failures = new java.util.HashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	/** A file a person sent, as the platform holds it; {@code failWith} a status to answer instead. */
	private record Stored(String mimeType, byte[] content, int failWith) {
	}

	private final Map<String, Stored> media = new java.util.concurrent.ConcurrentHashMap<>();

	/** A platform listening on a free local port, for a test class's static field. */
	static FakeWhatsAppPlatform started(String token) {
		try {
			return new FakeWhatsAppPlatform(token);
		}
		catch (IOException failed) {
			throw new java.io.UncheckedIOException(failed);
		}
	}

	FakeWhatsAppPlatform(String token) throws IOException {
		this.token = token;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/" + VERSION + "/", this::messages);
		server.createContext("/sms", this::sms);
		server.createContext("/media/", this::download);
		server.start();
	}

	String apiUrl() {
		return base() + "/" + VERSION;
	}

	String smsUrl() {
		return base() + "/sms";
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The next send to {@code to} answers {@code status} with the Graph API's error object. */
	synchronized void failNext(String to, int status, int code, String message) {
		failures.computeIfAbsent(to, number -> new ArrayDeque<>()).add(new Scripted(status, """
				{"error":{"message":"%s","type":"OAuthException","code":%d,"fbtrace_id":"AbC123"}}"""
			.formatted(message, code)));
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	List<Received> received(String pathPrefix) {
		return received.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
	}

	/** The requests to this path that were for {@code to}, in order. */
	List<Received> received(String pathPrefix, String to) {
		return received(pathPrefix).stream().filter(request -> to.equals(recipient(request.body()))).toList();
	}

	private static String recipient(String body) {
		java.util.regex.Matcher to = java.util.regex.Pattern.compile("\"to\"\\s*:\\s*\"([0-9]+)\"").matcher(body);
		return to.find() ? to.group(1) : null;
	}

	private synchronized Scripted failureFor(String body) {
		Deque<Scripted> scripted = failures.get(recipient(body));
		return scripted == null ? null : scripted.poll();
	}

	/** Holds {@code content} as the file of media {@code id}, for a webhook call to name. */
	void holdMedia(String id, String mimeType, byte[] content) {
		media.put(id, new Stored(mimeType, content, 0));
	}

	/** Media {@code id}'s address and bytes answer {@code status} with the Graph API's error object. */
	void failMedia(String id, int status) {
		media.put(id, new Stored("image/jpeg", new byte[0], status));
	}

	/** How often the bytes of media {@code id} were downloaded. */
	long downloads(String id) {
		return received("/media/" + id).size();
	}

	private void messages(HttpExchange exchange) throws IOException {
		Received request = record(exchange);
		Scripted failure = failureFor(request.body());
		String mediaId = request.path().substring(VERSION.length() + 2);
		if (!("Bearer " + token).equals(request.header("Authorization"))) {
			answer(exchange, 401, """
					{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}""");
		}
		else if ("GET".equals(request.method()) && media.containsKey(mediaId)) {
			Stored file = media.get(mediaId);
			if (file.failWith() != 0) {
				answer(exchange, file.failWith(), """
						{"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1}}""");
			}
			else {
				answer(exchange, 200, """
						{"messaging_product":"whatsapp","url":"%s/media/%s?ext=1","mime_type":"%s","sha256":"%s","file_size":%d,"id":"%s"}"""
					.formatted(base(), mediaId, file.mimeType(), sha256Hex(file.content()), file.content().length, mediaId));
			}
		}
		else if (!request.path().endsWith("/messages") || !"POST".equals(request.method())) {
			answer(exchange, 404, "{\"error\":{\"message\":\"Unknown path\",\"code\":100}}");
		}
		else if (failure != null) {
			answer(exchange, failure.status(), failure.body());
		}
		else {
			String to = recipient(request.body());
			answer(exchange, 200, """
					{"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],"messages":[{"id":"wamid.TEST%d","message_status":"accepted"}]}"""
				.formatted(to, to, ids.incrementAndGet()));
		}
	}

	private void sms(HttpExchange exchange) throws IOException {
		Scripted failure = failureFor(record(exchange).body());
		if (failure != null) {
			answer(exchange, failure.status(), failure.body());
		}
		else {
			answer(exchange, 200, "{\"status\":\"queued\",\"id\":\"sms-" + ids.incrementAndGet() + "\"}");
		}
	}

	private void download(HttpExchange exchange) throws IOException {
		Received request = record(exchange);
		String path = request.path().replaceAll("\\?.*", "");
		Stored file = media.get(path.substring("/media/".length()));
		if (!("Bearer " + token).equals(request.header("Authorization"))) {
			answer(exchange, 401, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190}}");
		}
		else if (file == null) {
			answer(exchange, 404, "{\"error\":{\"message\":\"Unknown media\",\"code\":100}}");
		}
		else if (file.failWith() != 0) {
			answer(exchange, file.failWith(), "{\"error\":{\"message\":\"Service unavailable\",\"code\":2}}");
		}
		else {
			exchange.getResponseHeaders().add("Content-Type", file.mimeType());
			exchange.sendResponseHeaders(200, file.content().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(file.content());
			}
		}
	}

	static String sha256Hex(byte[] content) {
		return java.util.HexFormat.of().formatHex(sha256(content));
	}

	/** The SHA-256 as the webhook writes it: base64. */
	static String sha256Base64(byte[] content) {
		return java.util.Base64.getEncoder().encodeToString(sha256(content));
	}

	private static byte[] sha256(byte[] content) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private Received record(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			received.add(request);
			return request;
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** The {@code X-Hub-Signature-256} the platform sends with {@code body}, signed with {@code appSecret}. */
	static String signature(String appSecret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** A webhook call carrying one text message, in the platform's format. */
	static String incomingText(String phoneNumberId, String messageId, String from, String name, String text,
			long timestamp) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281200000000","phone_number_id":"%s"},
				"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","text":{"body":"%s"},"type":"text"}]},
				"field":"messages"}]}]}""".formatted(phoneNumberId, name, from, from, messageId, timestamp, text);
	}

	/**
	 * A webhook call carrying one photo ({@code type} image) or document, in the platform's format; a
	 * null {@code caption} or {@code fileName} is left out, as the platform leaves it out.
	 */
	static String incomingMedia(String phoneNumberId, String messageId, String from, String name, String type,
			String mediaId, String mimeType, String sha256, String fileName, String caption, long timestamp) {
		String media = "{\"mime_type\":\"" + mimeType + "\",\"sha256\":\"" + sha256 + "\",\"id\":\"" + mediaId + "\""
				+ (fileName == null ? "" : ",\"filename\":\"" + fileName + "\"")
				+ (caption == null ? "" : ",\"caption\":\"" + caption + "\"") + "}";
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281200000000","phone_number_id":"%s"},
				"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"%s","%s":%s}]},
				"field":"messages"}]}]}""".formatted(phoneNumberId, name, from, from, messageId, timestamp, type, type, media);
	}

	/** A webhook call carrying one delivery status, in the platform's format. */
	static String status(String phoneNumberId, String messageId, String status, String recipient, long timestamp) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281200000000","phone_number_id":"%s"},
				"statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s",
				"conversation":{"id":"CONVERSATION_ID","origin":{"type":"utility"}},
				"pricing":{"billable":true,"pricing_model":"PMP","category":"utility"}}]},
				"field":"messages"}]}]}""".formatted(phoneNumberId, messageId, status, timestamp, recipient);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}

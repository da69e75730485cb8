package id.aduan.messaging;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import id.aduan.system.Sha256;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Business Platform's Cloud API as Aduan uses it: a template message to a complainant
 * ({@code POST /{phone-number-id}/messages} with the system user's token as Bearer), answered with the
 * message's id ({@code wamid.…}) that the delivery statuses later name; and the check of the webhook's
 * {@code X-Hub-Signature-256}, an HMAC-SHA256 of the request's raw body with the app's secret. Business
 * messages outside a conversation the person opened must be approved templates, so every notice is one.
 * A photo or document a person sent is fetched as the platform documents it, with the same token: its
 * media id gives a short-lived address ({@code GET /{media-id}}), the address gives the bytes.
 */
@Component
public class WhatsAppCloud {

	private static final String PLATFORM = "WhatsApp";

	private final PlatformHttp http;

	private final MessagingSecrets secrets;

	private final MessagingSetup setup;

	private final JsonMapper json;

	WhatsAppCloud(PlatformHttp http, MessagingSecrets secrets, MessagingSetup setup, JsonMapper json) {
		this.http = http;
		this.secrets = secrets;
		this.setup = setup;
		this.json = json;
	}

	/**
	 * Sends the approved template {@code template} to {@code to} (digits with the country code) with its
	 * body's parameters in order; returns the platform's message id.
	 *
	 * @throws MessageNotSent when WhatsApp is off or the platform refuses or cannot be reached
	 */
	public String sendTemplate(String to, String template, List<String> parameters) {
		MessagingSettings settings = setup.settings();
		if (!setup.ready(PhoneChannel.WHATSAPP)) {
			throw new MessageNotSent("WhatsApp belum diaktifkan atau belum lengkap pengaturannya");
		}
		ObjectNode message = json.createObjectNode()
			.put("messaging_product", "whatsapp")
			.put("recipient_type", "individual")
			.put("to", to)
			.put("type", "template");
		ObjectNode body = message.putObject("template").put("name", template);
		body.putObject("language").put("code", settings.whatsappLanguage());
		if (!parameters.isEmpty()) {
			ArrayNode values = body.putArray("components").addObject().put("type", "body").putArray("parameters");
			parameters.forEach(value -> values.addObject().put("type", "text").put("text", value));
		}
		String address = secrets.whatsapp().apiUrl().replaceAll("/+$", "") + "/" + settings.whatsappPhoneNumberId()
				+ "/messages";
		PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(PlatformHttp.uri(address))
			.header("Authorization", "Bearer " + secrets.whatsapp().accessToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8)),
				PLATFORM);
		JsonNode read = read(answer.body());
		if (!answer.ok()) {
			JsonNode error = read.path("error");
			throw new MessageNotSent(PLATFORM + " menolak (HTTP " + answer.status() + "): "
					+ (error.isMissingNode() ? cut(answer.body()) : "(#" + error.path("code").asString("") + ") "
							+ error.path("message").asString("")
							+ details(error.path("error_data").path("details").asString(""))));
		}
		String id = read.path("messages").path(0).path("id").asString("");
		if (id.isEmpty()) {
			throw new MessageNotSent(PLATFORM + " menjawab tanpa id pesan: " + cut(answer.body()));
		}
		return id;
	}

	/** A photo or document fetched from the platform: the type it declares and its bytes. */
	public record Media(String mimeType, byte[] content) {
	}

	/**
	 * Fetches the file of an incoming message: {@code GET {api}/{mediaId}} with the token as Bearer
	 * answers {@code {url, mime_type, sha256, file_size, id}}; {@code GET url} with the same token gives
	 * the bytes, which must have {@code sha256} (the webhook's, else the platform's answer's; hex or
	 * base64, as the platform writes either) when one is given. A file declared or found larger than
	 * {@code maxBytes} is not downloaded whole.
	 *
	 * @throws MediaNotFetched.TooLarge when the file is over {@code maxBytes}
	 * @throws MediaNotFetched when the token is missing, the platform refuses or cannot be reached, or
	 *         the bytes are not the file named
	 */
	public Media media(String mediaId, String sha256, long maxBytes) {
		if (!secrets.whatsapp().canSend()) {
			throw new MediaNotFetched("token akses WhatsApp belum disetel");
		}
		if (mediaId == null || !mediaId.matches("[A-Za-z0-9_.-]{1,200}")) {
			throw new MediaNotFetched("id media tidak dikenal: " + cut(mediaId));
		}
		String bearer = "Bearer " + secrets.whatsapp().accessToken();
		try {
			PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(PlatformHttp.uri(
					secrets.whatsapp().apiUrl().replaceAll("/+$", "") + "/" + mediaId)).header("Authorization", bearer).GET(),
					PLATFORM);
			JsonNode about = read(answer.body());
			if (!answer.ok()) {
				throw new MediaNotFetched(PLATFORM + " menolak (HTTP " + answer.status() + "): " + error(about, answer.body()));
			}
			String url = about.path("url").asString("");
			if (!url.matches("(?i)https?://\\S+")) {
				throw new MediaNotFetched(PLATFORM + " menjawab tanpa alamat berkas: " + cut(answer.body()));
			}
			long declared = size(about.path("file_size").asString(""));
			if (declared > maxBytes) {
				throw new MediaNotFetched.TooLarge(declared, maxBytes);
			}
			PlatformHttp.Download file = http.download(HttpRequest.newBuilder(PlatformHttp.uri(url))
				.header("Authorization", bearer)
				.GET(), PLATFORM, maxBytes);
			if (!file.ok()) {
				throw new MediaNotFetched(PLATFORM + " menolak mengirim berkas (HTTP " + file.status() + ")");
			}
			if (!file.whole()) {
				throw new MediaNotFetched.TooLarge(declared, maxBytes);
			}
			String expected = sha256 != null && !sha256.isBlank() ? sha256 : about.path("sha256").asString("");
			if (!expected.isBlank() && !sameChecksum(expected.strip(), file.content())) {
				throw new MediaNotFetched(PLATFORM + ": berkas yang diterima tidak sesuai checksum SHA-256 pesan");
			}
			return new Media(about.path("mime_type").asString(null), file.content());
		}
		catch (MessageNotSent unreachable) {
			throw new MediaNotFetched(unreachable.getMessage(), unreachable);
		}
	}

	/** Whether {@code expected}, hex or base64 as the platform writes it, is the SHA-256 of {@code content}. */
	private static boolean sameChecksum(String expected, byte[] content) {
		byte[] actual = Sha256.digest().digest(content);
		return expected.equalsIgnoreCase(HexFormat.of().formatHex(actual))
				|| expected.equals(Base64.getEncoder().encodeToString(actual))
				|| expected.equals(Base64.getUrlEncoder().encodeToString(actual));
	}

	private static long size(String declared) {
		try {
			return Long.parseLong(declared.strip());
		}
		catch (NumberFormatException unknown) {
			return -1;
		}
	}

	private static String error(JsonNode read, String body) {
		JsonNode error = read.path("error");
		return error.isMissingNode() ? cut(body)
				: "(#" + error.path("code").asString("") + ") " + error.path("message").asString("");
	}

	/**
	 * Whether {@code signature} ({@code sha256=<hex>}) is the app secret's HMAC-SHA256 of {@code body}: the
	 * webhook's call came from the platform. False when no app secret is configured.
	 */
	public boolean signedByPlatform(byte[] body, String signature) {
		String secret = secrets.whatsapp().appSecret();
		if (!MessagingSecrets.present(secret) || signature == null || !signature.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal(body);
			byte[] given = HexFormat.of().parseHex(signature.substring("sha256=".length()).trim().toLowerCase());
			return MessageDigest.isEqual(expected, given);
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Whether {@code token} is the verify token the administrator typed in the app's webhook settings. */
	public boolean verifyToken(String token) {
		String expected = secrets.whatsapp().verifyToken();
		return MessagingSecrets.present(expected) && token != null
				&& MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}

	private JsonNode read(String body) {
		try {
			return json.readTree(body == null || body.isBlank() ? "{}" : body);
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

	private static String details(String text) {
		return text.isEmpty() ? "" : " — " + text;
	}

	static String cut(String text) {
		return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}
}

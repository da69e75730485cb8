package id.aduan.messaging;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

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

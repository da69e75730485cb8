package id.aduan.messaging;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A generic HTTP SMS gateway (the office's provider, or a phone running an SMS gateway app): the
 * administrator gives its address, method, content type and body, where {@code {nomor}} (62812…),
 * {@code {nomorLokal}} (0812…), {@code {pesan}} and {@code {kredensial}} are put in, each written the way
 * its place needs (JSON-escaped in a JSON body, URL-encoded in the address or a form body). The
 * credential comes from the configuration and goes in the header the administrator named, or where
 * {@code {kredensial}} stands. Any 2xx answer is taken as accepted.
 */
@Component
public class SmsGateway {

	private static final String PLATFORM = "Gerbang SMS";

	private final PlatformHttp http;

	private final MessagingSecrets secrets;

	private final MessagingSetup setup;

	private final JsonMapper json;

	SmsGateway(PlatformHttp http, MessagingSecrets secrets, MessagingSetup setup, JsonMapper json) {
		this.http = http;
		this.secrets = secrets;
		this.setup = setup;
		this.json = json;
	}

	/**
	 * Sends {@code text} to {@code to} (digits with the country code).
	 *
	 * @throws MessageNotSent when SMS is off or the gateway refuses or cannot be reached
	 */
	public void send(String to, String text) {
		MessagingSettings settings = setup.settings();
		if (!setup.ready(PhoneChannel.SMS)) {
			throw new MessageNotSent("SMS belum diaktifkan atau belum lengkap pengaturannya");
		}
		String credential = secrets.sms().credential() == null ? "" : secrets.sms().credential();
		String address = fill(settings.smsUrl(), to, text, credential, SmsGateway::urlEncoded);
		HttpRequest.Builder request = HttpRequest.newBuilder(PlatformHttp.uri(address));
		if (secrets.sms().hasCredential() && !settings.smsBody().contains("{kredensial}")
				&& !settings.smsUrl().contains("{kredensial}")) {
			request.header(settings.smsAuthHeader(), credential);
		}
		if ("GET".equals(settings.smsMethod())) {
			request.GET();
		}
		else {
			String contentType = settings.smsContentType().toLowerCase(Locale.ROOT);
			UnaryOperator<String> escape = contentType.contains("json") ? this::jsonEscaped
					: contentType.contains("x-www-form-urlencoded") ? SmsGateway::urlEncoded : UnaryOperator.identity();
			String body = fill(settings.smsBody(), to, text, credential, escape);
			request.header("Content-Type", settings.smsContentType())
				.method(settings.smsMethod(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		PlatformHttp.Answer answer = http.send(request, PLATFORM);
		if (!answer.ok()) {
			throw new MessageNotSent(PLATFORM + " menolak (HTTP " + answer.status() + "): "
					+ WhatsAppCloud.cut(answer.body()));
		}
	}

	private static String fill(String template, String to, String text, String credential, UnaryOperator<String> escape) {
		return template.replace("{nomorLokal}", escape.apply(MobileNumber.national(to)))
			.replace("{nomor}", escape.apply(to))
			.replace("{kredensial}", escape.apply(credential))
			.replace("{pesan}", escape.apply(text));
	}

	/** A text as the inside of a JSON string (the template supplies the quotes). */
	private String jsonEscaped(String text) {
		String quoted = json.writeValueAsString(text);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static String urlEncoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}

package id.aduan.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The one HTTP client Aduan talks to the platforms with (the JDK's): short timeouts, so that a platform
 * that hangs costs one attempt and not the outbox's whole run, and the JVM's proxy settings
 * ({@code -Dhttps.proxyHost}), which offices behind a proxy need.
 */
@Component
class PlatformHttp {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.proxy(ProxySelector.getDefault())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** The platform's answer: status and body. */
	record Answer(int status, String body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	Answer send(HttpRequest.Builder request, String platform) {
		try {
			HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException failure) {
			throw new MessageNotSent(platform + " tidak dapat dihubungi: " + failure, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new MessageNotSent(platform + ": pengiriman terputus", interrupted);
		}
		catch (IllegalArgumentException badAddress) {
			throw new MessageNotSent(platform + ": alamat tidak valid: " + badAddress.getMessage(), badAddress);
		}
	}

	/** A file's bytes as the platform gave them; none, and {@code whole} false, when it was over the limit. */
	record Download(int status, byte[] content, boolean whole) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	/**
	 * Fetches a file, reading at most {@code maxBytes} and one byte more, so that a file over the limit is
	 * known as such without being held in memory whole.
	 */
	Download download(HttpRequest.Builder request, String platform, long maxBytes) {
		try {
			HttpResponse<InputStream> response = client.send(request.timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
				boolean whole = content.length <= maxBytes;
				return new Download(response.statusCode(), whole ? content : new byte[0], whole);
			}
		}
		catch (IOException failure) {
			throw new MessageNotSent(platform + " tidak dapat dihubungi: " + failure, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new MessageNotSent(platform + ": unduhan terputus", interrupted);
		}
		catch (IllegalArgumentException badAddress) {
			throw new MessageNotSent(platform + ": alamat tidak valid: " + badAddress.getMessage(), badAddress);
		}
	}

	static URI uri(String address) {
		try {
			return URI.create(address);
		}
		catch (IllegalArgumentException bad) {
			throw new MessageNotSent("Alamat tidak valid: " + address, bad);
		}
	}
}

package id.aduan.followup;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Message-IDs for Aduan's emails: {@code <ADU-7K4M-Q2PX.3f9c…@dinsos.example.go.id>}. The tracking code
 * in the ID lets Aduan recognise a complainant's reply by its In-Reply-To or References header even when
 * the subject was changed; the random part keeps every ID unique; the domain is that of the sender
 * address, as RFC 5322 advises.
 */
@Component
class MessageIds {

	private final SecureRandom random = new SecureRandom();

	private final String domain;

	MessageIds(FollowUpSettings settings) {
		String from = settings.mailFrom();
		int at = from.lastIndexOf('@');
		String host = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
		this.domain = host.isBlank() ? "aduan.localhost" : host;
	}

	String next(String trackingCode) {
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		String local = (trackingCode == null || trackingCode.isBlank() ? "aduan" : trackingCode) + "."
				+ HexFormat.of().formatHex(bytes);
		return "<" + local + "@" + domain + ">";
	}
}

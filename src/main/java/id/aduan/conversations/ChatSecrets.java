package id.aduan.conversations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import id.aduan.system.Sha256;

/**
 * The secrets of a website chat: a public id that names it in URLs, and a token that only the visitor's
 * browser holds (in the widget's own storage). Only the token's SHA-256 is stored; without a login, the
 * token is what makes a chat the visitor's own.
 */
final class ChatSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ChatSecrets() {
	}

	static String publicId() {
		return random(12);
	}

	static String token() {
		return random(32);
	}

	static String sha256(String value) {
		return Sha256.hex(value);
	}

	static String sha256(byte[] content) {
		return Sha256.hex(content);
	}

	/** Whether {@code token} is the one whose hash is stored, in constant time. */
	static boolean matches(String token, String storedHash) {
		return token != null && storedHash != null && MessageDigest.isEqual(
				sha256(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}
}

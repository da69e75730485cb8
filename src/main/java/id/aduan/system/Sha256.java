package id.aduan.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of bytes or of a text (its UTF-8), as 64 lower-case hex digits: what Aduan keeps instead
 * of a secret (access keys, chat tokens, API keys) and beside a kept file, and what makes two requests
 * the same (Idempotency-Key, LAPOR! rows).
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A fresh digest, for content that is written as a stream (a backup's table files). */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java platform has SHA-256", impossible);
		}
	}

	/** The hex of what {@code digest} was fed; the digest is reset. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}
}

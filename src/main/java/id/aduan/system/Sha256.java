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
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java platform has SHA-256", impossible);
		}
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}
}

package id.aduan.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.random.RandomGenerator;

import id.aduan.system.Sha256;

/**
 * The complainant's second secret beside the tracking code, e.g. {@code K7M2-QX9P}: the tracking code
 * shows where a complaint stands (and may be read out at a desk or printed), the access key opens its
 * message thread, where the complainant writes as themselves. Drawn from the tracking code's alphabet
 * without look-alikes; only its SHA-256 is stored, so a copy of the database does not let anyone write
 * as the complainant.
 */
public record AccessKey(String value) {

	private static final int LENGTH = 8;

	public AccessKey {
		if (value == null || value.length() != LENGTH + 1 || value.charAt(4) != '-') {
			throw new IllegalArgumentException("Not an access key");
		}
	}

	static AccessKey generate(RandomGenerator random) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i == 4) {
				key.append('-');
			}
			key.append(TrackingCode.ALPHABET.charAt(random.nextInt(TrackingCode.ALPHABET.length())));
		}
		return new AccessKey(key.toString());
	}

	/** Reads a key as people type it: any case, with or without the dash or spaces. */
	public static Optional<AccessKey> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String compact = input.toUpperCase().replaceAll("[\\s-]", "");
		if (compact.length() != LENGTH || !compact.chars().allMatch(ch -> TrackingCode.ALPHABET.indexOf(ch) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(new AccessKey(compact.substring(0, 4) + "-" + compact.substring(4)));
	}

	/** What is stored instead of the key. */
	String hash() {
		return Sha256.hex(value);
	}

	/** Compares with a stored hash in constant time. */
	boolean matches(String storedHash) {
		return storedHash != null && MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "AccessKey[****]";
	}
}

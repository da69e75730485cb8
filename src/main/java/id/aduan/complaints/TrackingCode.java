package id.aduan.complaints;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a complainant follows a complaint with, e.g. {@code ADU-7K4M-Q2PX}: eight characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L, U), drawn from a secure random source, so that
 * codes can be read over the phone and cannot be guessed (30^8, about 6.5 × 10^11 codes).
 */
public record TrackingCode(String value) {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	public TrackingCode {
		if (!wellFormed(value)) {
			throw new IllegalArgumentException("Not a tracking code: " + value);
		}
	}

	/** {@code ADU-XXXX-XXXX} with X from the alphabet; checked by hand, being on every tracking look-up. */
	private static boolean wellFormed(String value) {
		if (value == null || value.length() != 13 || !value.startsWith("ADU-") || value.charAt(8) != '-') {
			return false;
		}
		for (int i = 4; i < 13; i++) {
			if (i != 8 && ALPHABET.indexOf(value.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	static TrackingCode generate(RandomGenerator random) {
		StringBuilder code = new StringBuilder("ADU-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new TrackingCode(code.toString());
	}

	/**
	 * Reads a code as people type it: any case, with or without dashes or spaces, with or without
	 * the {@code ADU} prefix.
	 */
	public static Optional<TrackingCode> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		StringBuilder compact = new StringBuilder(8);
		for (int i = 0; i < input.length(); i++) {
			char c = Character.toUpperCase(input.charAt(i));
			if (c != '-' && !Character.isWhitespace(c)) {
				compact.append(c);
			}
		}
		int start = compact.length() == 11 && compact.indexOf("ADU") == 0 ? 3 : 0;
		if (compact.length() - start != 8) {
			return Optional.empty();
		}
		for (int i = start; i < compact.length(); i++) {
			if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new TrackingCode("ADU-" + compact.substring(start, start + 4) + "-"
				+ compact.substring(start + 4)));
	}

	@Override
	public String toString() {
		return value;
	}
}

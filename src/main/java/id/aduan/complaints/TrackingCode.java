package id.aduan.complaints;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code a complainant follows a complaint with, e.g. {@code ADU-7K4M-Q2PX}: eight characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L, U), drawn from a secure random source, so that
 * codes can be read over the phone and cannot be guessed (30^8, about 6.5 × 10^11 codes).
 */
public record TrackingCode(String value) {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("ADU-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

	public TrackingCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tracking code: " + value);
		}
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
		String compact = input.toUpperCase().replaceAll("[\\s-]", "");
		if (compact.startsWith("ADU")) {
			compact = compact.substring(3);
		}
		if (compact.length() != 8) {
			return Optional.empty();
		}
		String candidate = "ADU-" + compact.substring(0, 4) + "-" + compact.substring(4);
		return FORMAT.matcher(candidate).matches() ? Optional.of(new TrackingCode(candidate)) : Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}

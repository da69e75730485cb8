package id.aduan.intake.regions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place's code: BPS's ({@code 81.09.01}, {@code 8109012001}) or the office's own ({@code NAMROLE.ELFULE}),
 * stored upper-case. It is how imports find a place again, so it is fixed once created.
 */
final class RegionCodes {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private RegionCodes() {
	}

	/** Trimmed and upper-case, or null when nothing was typed. */
	static String normalized(String raw) {
		return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
	}

	static boolean isWellFormed(String code) {
		return FORMAT.matcher(code).matches();
	}
}

package id.aduan.messaging;

/**
 * A mobile number the way WhatsApp and SMS gateways want it: digits with the country code, no plus
 * ({@code 6281234567890}), whether the complainant typed {@code 0812…}, {@code 62812…} or
 * {@code +62 812-…}.
 */
public final class MobileNumber {

	private MobileNumber() {
	}

	/** The number in international form, or null when it is not an Indonesian number. */
	public static String international(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s().-]", "");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		if (digits.startsWith("0")) {
			digits = "62" + digits.substring(1);
		}
		return digits.matches("62[0-9]{7,13}") ? digits : null;
	}

	/** The national form ({@code 0812…}) of an international number, for gateways that want it. */
	static String national(String international) {
		return international.startsWith("62") ? "0" + international.substring(2) : international;
	}
}

package id.aduan.complaints;

/**
 * Who complained, as far as they said: every part may be empty (a complaint may come without a name).
 * Whether others may see it is decided by the complaint's {@code anonymous} flag, not here.
 */
public record Complainant(String name, String phone, String email, String address) {

	public static final Complainant UNKNOWN = new Complainant(null, null, null, null);

	public boolean isEmpty() {
		return name == null && phone == null && email == null && address == null;
	}
}

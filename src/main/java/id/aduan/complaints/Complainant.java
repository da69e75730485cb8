package id.aduan.complaints;

import id.aduan.system.EmailAddress;
import id.aduan.system.MaxLength;
import id.aduan.system.PhoneNumber;
import id.aduan.system.PlainText;

/**
 * Who complained, as far as they said: every part may be empty (a complaint may come without a name).
 * Whether others may see it is decided by the complaint's {@code anonymous} flag, not here.
 */
public record Complainant(@MaxLength(200) @PlainText String name, @PhoneNumber String phone,
		@EmailAddress String email, @MaxLength(500) @PlainText String address) {

	public static final Complainant UNKNOWN = new Complainant(null, null, null, null);

	public boolean isEmpty() {
		return name == null && phone == null && email == null && address == null;
	}
}

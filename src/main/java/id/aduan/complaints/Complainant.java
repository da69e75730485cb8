package id.aduan.complaints;

import id.aduan.system.EmailAddress;
import id.aduan.system.MaxLength;
import id.aduan.system.PhoneNumber;
import id.aduan.system.PlainText;

/**
 * Who complained, as far as they said: every part may be empty (a complaint may come without a name).
 * Whether others may see it is decided by the complaint's {@code anonymous} flag, not here.
 * {@code phoneNotices} is the complainant's consent to hear of the complaint by WhatsApp or SMS on
 * {@code phone} as well as by email: a number given for a call back is not a number to write to. It is
 * a {@code Boolean} so that the public API's JSON may leave it out (no consent), never null once made.
 */
public record Complainant(@MaxLength(200) @PlainText String name, @PhoneNumber String phone,
		@EmailAddress String email, @MaxLength(500) @PlainText String address, Boolean phoneNotices) {

	public static final Complainant UNKNOWN = new Complainant(null, null, null, null);

	public Complainant {
		phoneNotices = Boolean.TRUE.equals(phoneNotices);
	}

	/** Someone who did not ask to hear by WhatsApp or SMS. */
	public Complainant(String name, String phone, String email, String address) {
		this(name, phone, email, address, false);
	}

	public boolean isEmpty() {
		return name == null && phone == null && email == null && address == null;
	}
}

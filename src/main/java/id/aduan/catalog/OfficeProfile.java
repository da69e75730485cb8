package id.aduan.catalog;

import java.time.ZoneId;

/**
 * The office as it appears on letterheads (kop surat) and signatures, and the time zone its working
 * hours and dates are counted in (WIB, WITA or WIT).
 */
public record OfficeProfile(String governmentName, String officeName, String fullName, String address,
		String city, String postalCode, String phone, String email, String website, String headName,
		String headTitle, String headNip, String timeZone) {

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}
}

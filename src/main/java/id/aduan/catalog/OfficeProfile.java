package id.aduan.catalog;

import java.time.ZoneId;

import id.aduan.system.EmailAddress;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/**
 * The office as it appears on letterheads (kop surat) and signatures, and the time zone its working
 * hours and dates are counted in (WIB, WITA or WIT).
 */
public record OfficeProfile(@Required @MaxLength(200) @PlainText String governmentName,
		@Required @MaxLength(200) @PlainText String officeName, @Required @MaxLength(200) @PlainText String fullName,
		@Required @MaxLength(300) @PlainText String address, @Required @MaxLength(100) @PlainText String city,
		String postalCode, @MaxLength(100) @PlainText String phone, @EmailAddress String email,
		@MaxLength(200) @PlainText String website, @Required @MaxLength(200) @PlainText String headName,
		@Required @MaxLength(200) @PlainText String headTitle, String headNip, String timeZone) {

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}
}

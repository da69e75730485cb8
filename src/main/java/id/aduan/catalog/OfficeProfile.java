package id.aduan.catalog;

import java.time.ZoneId;

import id.aduan.system.EmailAddress;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/**
 * The office as it appears on letterheads (kop surat) and signatures, and the time zone its working
 * hours and dates are counted in (WIB, WITA or WIT). {@code headRank} is the head's pangkat/golongan
 * ("Pembina Utama Muda (IV/c)"), printed under the name in signature blocks; null when not given.
 */
public record OfficeProfile(@Required @MaxLength(200) @PlainText String governmentName,
		@Required @MaxLength(200) @PlainText String officeName, @Required @MaxLength(200) @PlainText String fullName,
		@Required @MaxLength(300) @PlainText String address, @Required @MaxLength(100) @PlainText String city,
		String postalCode, @MaxLength(100) @PlainText String phone, @EmailAddress String email,
		@MaxLength(200) @PlainText String website, @Required @MaxLength(200) @PlainText String headName,
		@Required @MaxLength(200) @PlainText String headTitle, String headNip, String timeZone,
		@MaxLength(100) @PlainText String headRank) {

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}
}

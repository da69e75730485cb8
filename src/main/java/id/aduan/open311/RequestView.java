package id.aduan.open311;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.aduan.complaints.ComplaintStatus;

/** A complaint as Open311 shows it to anyone: never the complainant, never a confidential complaint. */
record RequestView(long id, ComplaintStatus status, String answer, String serviceCode, String serviceName,
		String description, String agency, Instant requested, Instant updated, LocalDate expected, String address,
		String addressId, BigDecimal lat, BigDecimal lon, String mediaUrl, String channelCode, ComplaintStatus heldFrom) {

	/** GeoReport v2 knows two statuses: a complaint is closed once Aduan's handling of it is final. */
	String openOrClosed() {
		return status.isFinal() ? "closed" : "open";
	}
}

package id.aduan.intake;

import java.math.BigDecimal;

/** Where a complaint happened, as the form gave it: a place of the region's list, coordinates, or both. */
public record ComplaintLocation(Long placeId, BigDecimal lat, BigDecimal lon) {

	public boolean isEmpty() {
		return placeId == null && lat == null && lon == null;
	}
}

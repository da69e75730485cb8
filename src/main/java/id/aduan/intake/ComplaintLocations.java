package id.aduan.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.system.Problems;

/**
 * Where complaints happened: the region's districts and villages for the form to offer, and each located
 * complaint's place and coordinates, kept beside the register (like an Open311 request's own row) so that
 * the complaint itself stays as every channel makes it. A complaint and its location are stored in one
 * transaction; coordinates come as a pair, within their ranges, at most six decimals (about 10 cm).
 */
@Component
public class ComplaintLocations {

	static final int LATITUDE = 90;

	static final int LONGITUDE = 180;

	private final JdbcClient jdbc;

	private final ComplaintRegistration registration;

	ComplaintLocations(JdbcClient jdbc, ComplaintRegistration registration) {
		this.jdbc = jdbc;
		this.registration = registration;
	}

	/**
	 * The active districts, each followed by its active villages, in the list's order; the villages of a
	 * deactivated district are not offered either.
	 */
	public List<RegionPlace> places() {
		return jdbc.sql("""
				select p.id, p.code, p.name, p.kind, d.name parent_name from region_place p
				left join region_place d on d.id = p.parent_id
				where p.active and (d.id is null or d.active) order by coalesce(d.sort_order, p.sort_order), p.parent_id nulls first, p.sort_order""")
			.query((rs, row) -> new RegionPlace(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("kind"), rs.getString("parent_name")))
			.list();
	}

	public Optional<RegionPlace> place(long id) {
		return places().stream().filter(place -> place.id() == id).findFirst();
	}

	/**
	 * Reads the form's location fields, adding a problem named by the field for each that cannot be used;
	 * empty fields are no location.
	 */
	public ComplaintLocation read(String placeId, String lat, String lon, Problems problems) {
		Long place = null;
		if (placeId != null && !placeId.isBlank()) {
			try {
				place = Long.parseLong(placeId.strip());
			}
			catch (NumberFormatException unreadable) {
				place = -1L;
			}
			if (place(place).isEmpty()) {
				problems.add("placeId", "location.place.unknown");
				place = null;
			}
		}
		BigDecimal latitude = coordinate("latitude", lat, LATITUDE, problems);
		BigDecimal longitude = coordinate("longitude", lon, LONGITUDE, problems);
		if ((latitude == null) != (longitude == null) && !problems.has("latitude") && !problems.has("longitude")) {
			problems.add(latitude == null ? "latitude" : "longitude", "location.pair");
		}
		return new ComplaintLocation(place, latitude, longitude);
	}

	/** Registers the complaint and, in the same transaction, where it happened. */
	@Transactional
	public Receipt registerAt(NewComplaint complaint, Actor by, ComplaintLocation location) {
		Receipt receipt = registration.registerWithReceipt(complaint, by);
		if (!location.isEmpty()) {
			jdbc.sql("insert into complaint_location (complaint_id, place_id, lat, lon) values (?, ?, ?, ?)")
				.params(receipt.complaintId(), location.placeId(), location.lat(), location.lon())
				.update();
		}
		return receipt;
	}

	/** The locations of these complaints, by complaint id; complaints without one are absent. */
	@Transactional(readOnly = true)
	public Map<Long, ComplaintLocation> of(List<Long> complaintIds) {
		Map<Long, ComplaintLocation> found = new HashMap<>();
		if (complaintIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select complaint_id, place_id, lat, lon from complaint_location where complaint_id in (:ids)")
			.param("ids", complaintIds)
			.query((rs, row) -> found.put(rs.getLong("complaint_id"), new ComplaintLocation(
					rs.getObject("place_id", Long.class), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"))))
			.list();
		return found;
	}

	private static BigDecimal coordinate(String field, String text, int limit, Problems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
			if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
				problems.add(field, "location." + field + ".range");
				return null;
			}
			return value.setScale(6, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException unreadable) {
			problems.add(field, "location." + field + ".number");
			return null;
		}
	}
}

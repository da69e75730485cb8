package id.aduan.open311;

import java.util.List;
import java.util.Map;

/**
 * A POST requests as an application sends it (GeoReport v2 parameters, all text as they came);
 * {@code attributes} holds {@code attribute[CODE]} values, several for a multivaluelist.
 */
public record ServiceRequest(String serviceCode, String lat, String lon, String addressString, String addressId,
		String email, String deviceId, String accountId, String firstName, String lastName, String phone,
		String description, String mediaUrl, Map<String, List<String>> attributes) {

	public ServiceRequest {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}
}

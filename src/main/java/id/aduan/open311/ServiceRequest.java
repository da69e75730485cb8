package id.aduan.open311;

import java.util.List;
import java.util.Map;

import id.aduan.system.FieldName;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;

/**
 * A POST requests as an application sends it (GeoReport v2 parameters, all text as they came);
 * {@code attributes} holds {@code attribute[CODE]} values, several for a multivaluelist.
 */
public record ServiceRequest(String serviceCode, String lat, String lon,
		@FieldName("address_string") @MaxLength(300) @PlainText String addressString,
		@FieldName("address_id") @MaxLength(100) @PlainText String addressId, String email,
		@FieldName("device_id") @MaxLength(100) @PlainText String deviceId,
		@FieldName("account_id") @MaxLength(100) @PlainText String accountId, String firstName, String lastName,
		String phone, String description, @FieldName("media_url") @MaxLength(1000) @PlainText String mediaUrl,
		Map<String, List<String>> attributes) {

	public ServiceRequest {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}
}

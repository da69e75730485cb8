package id.aduan.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Aduan presents itself as an Open311 endpoint: the {@code jurisdictionId} it answers to (any, when
 * empty: one office serves one jurisdiction), and the contact and key-service texts of discovery
 * (defaults are built from the office profile).
 */
@ConfigurationProperties("aduan.open311")
record Open311Settings(String jurisdictionId, String contact, String keyService) {

	boolean servesJurisdiction(String requested) {
		return requested == null || requested.isBlank() || jurisdictionId == null || jurisdictionId.isBlank()
				|| jurisdictionId.equalsIgnoreCase(requested.strip());
	}
}

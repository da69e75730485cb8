/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: discovery, the catalogue's services with their
 * attributes, POST requests from applications holding an API key (channel API, through the one
 * registration), GET requests with the spec's filters and paging, and tokens; JSON and XML; errors as
 * {@code [{code, description}]}. Confidential (rahasia) complaints are never shown, and complainants are
 * never named. The administrator issues and revokes the API keys; only their hashes are kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "complaints :: queries", "intake",
			"audit" })
package id.aduan.open311;

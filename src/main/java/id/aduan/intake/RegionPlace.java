package id.aduan.intake;

/**
 * A district (kecamatan) or village (desa) of the region, from the list the complaint form offers;
 * {@code parentName} is the district a village lies in.
 */
public record RegionPlace(long id, String code, String name, String kind, String parentName) {

	/** How the place reads in a complaint's "where it happened": "Desa Elfule, Kecamatan Namrole". */
	public String label() {
		return parentName == null ? "Kecamatan " + name : "Desa " + name + ", Kecamatan " + parentName;
	}
}

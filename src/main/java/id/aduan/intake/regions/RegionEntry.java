package id.aduan.intake.regions;

/**
 * A place of the region list as the administrator keeps it, inactive ones included; {@code parentId}
 * is the district of a village, null for a district.
 */
record RegionEntry(long id, String code, String name, String kind, Long parentId, boolean active, int sortOrder) {

	boolean isDistrict() {
		return PlaceKind.KECAMATAN.name().equals(kind);
	}
}

package id.aduan.intake.regions;

import java.util.Locale;

/** The two levels of the region list, as BPS names them: a district holds villages. */
enum PlaceKind {

	KECAMATAN, DESA;

	/** The kind a person typed ("desa", " Kecamatan "), or null when it is neither. */
	static PlaceKind read(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		for (PlaceKind kind : values()) {
			if (kind.name().equals(wanted)) {
				return kind;
			}
		}
		return null;
	}
}

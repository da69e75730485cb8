package id.aduan.catalog;

/**
 * The flat lists of reference data that share one shape (code, name, description, order, active).
 * Work units and services have their own types because they point at other items.
 */
public enum ReferenceList {

	CHANNEL("channel", "saluran"),
	REPORT_TYPE("report_type", "jenis-laporan"),
	FORM("complaint_form", "bentuk"),
	CATEGORY("category", "kategori");

	private final String table;

	private final String slug;

	ReferenceList(String table, String slug) {
		this.table = table;
		this.slug = slug;
	}

	String table() {
		return table;
	}

	/** The list's name in the administrator's URLs, e.g. {@code /admin/referensi/saluran}. */
	public String slug() {
		return slug;
	}

	public static ReferenceList fromSlug(String slug) {
		for (ReferenceList list : values()) {
			if (list.slug.equals(slug)) {
				return list;
			}
		}
		return null;
	}
}

package id.aduan.catalog;

/**
 * A work unit (satuan kerja / unit kerja) that complaints are routed to. Units form a tree whose root
 * is the office itself; an officer of a unit also sees the complaints of its sub-units.
 */
public record WorkUnit(long id, String code, String name, Long parentId, String email, boolean active,
		int sortOrder) {

	public boolean isRoot() {
		return parentId == null;
	}
}

package id.aduan.intake.regions;

/** The administrator's form for a place; bound field by field so that a mistyped order is shown back, not lost. */
public class RegionForm {

	private String code;

	private String name;

	private String kind;

	private Long parentId;

	private boolean active = true;

	private Integer sortOrder;

	static RegionForm of(RegionEntry place) {
		RegionForm form = new RegionForm();
		form.code = place.code();
		form.name = place.name();
		form.kind = place.kind();
		form.parentId = place.parentId();
		form.active = place.active();
		form.sortOrder = place.sortOrder();
		return form;
	}

	RegionListEditing.Draft toDraft() {
		return new RegionListEditing.Draft(code, name, kind, parentId, active, sortOrder);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}
}

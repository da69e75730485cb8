package id.aduan.catalog.web;

import id.aduan.catalog.CatalogEditing.UnitDraft;
import id.aduan.catalog.WorkUnit;

/** The administrator's form for a work unit. */
public class UnitForm {

	private String code;

	private String name;

	private Long parentId;

	private String email;

	private boolean active = true;

	private Integer sortOrder = 0;

	static UnitForm of(WorkUnit unit) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.parentId = unit.parentId();
		form.email = unit.email();
		form.active = unit.active();
		form.sortOrder = unit.sortOrder();
		return form;
	}

	UnitDraft toDraft() {
		return new UnitDraft(code, name, parentId, email, active, sortOrder);
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

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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

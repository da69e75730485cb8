package id.aduan.catalog.web;

import id.aduan.catalog.CatalogEditing.ServiceDraft;
import id.aduan.catalog.PublicService;

/** The administrator's form for a public service. */
public class ServiceForm {

	private String code;

	private String name;

	private Long unitId;

	private boolean active = true;

	private Integer sortOrder = 0;

	static ServiceForm of(PublicService service) {
		ServiceForm form = new ServiceForm();
		form.code = service.code();
		form.name = service.name();
		form.unitId = service.unitId();
		form.active = service.active();
		form.sortOrder = service.sortOrder();
		return form;
	}

	ServiceDraft toDraft() {
		return new ServiceDraft(code, name, unitId, active, sortOrder);
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

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
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

package id.aduan.catalog.web;

import id.aduan.catalog.CatalogEditing.ItemDraft;
import id.aduan.catalog.ReferenceItem;

/** The administrator's form for an item of a flat reference list; bound field by field so that a mistyped order is shown back, not lost. */
public class ItemForm {

	private String code;

	private String name;

	private String description;

	private boolean active = true;

	private Integer sortOrder = 0;

	private String sentenceForm;

	private String contact;

	static ItemForm of(ReferenceItem item) {
		ItemForm form = new ItemForm();
		form.code = item.code();
		form.name = item.name();
		form.description = item.description();
		form.active = item.active();
		form.sortOrder = item.sortOrder();
		form.sentenceForm = item.sentenceForm();
		form.contact = item.contact();
		return form;
	}

	ItemDraft toDraft() {
		return new ItemDraft(code, name, description, active, sortOrder, sentenceForm, contact);
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
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

	public String getSentenceForm() {
		return sentenceForm;
	}

	public void setSentenceForm(String sentenceForm) {
		this.sentenceForm = sentenceForm;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}
}

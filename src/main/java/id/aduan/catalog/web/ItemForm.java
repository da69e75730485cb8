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

	private String publicAddress;

	/** The form of an item; {@code publicAddress} is a channel's link on the front page, null otherwise. */
	static ItemForm of(ReferenceItem item, String publicAddress) {
		ItemForm form = new ItemForm();
		form.code = item.code();
		form.name = item.name();
		form.description = item.description();
		form.active = item.active();
		form.sortOrder = item.sortOrder();
		form.sentenceForm = item.sentenceForm();
		form.contact = item.contact();
		form.publicAddress = publicAddress;
		return form;
	}

	ItemDraft toDraft() {
		return new ItemDraft(code, name, description, active, sortOrder, sentenceForm, contact, publicAddress);
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

	public String getPublicAddress() {
		return publicAddress;
	}

	public void setPublicAddress(String publicAddress) {
		this.publicAddress = publicAddress;
	}
}

package id.aduan.recaps.web;

import id.aduan.recaps.EntryDraft;

/** A line of complaints received outside Aduan, as typed; mutable so that one unreadable field keeps the rest. */
public class EntryForm {

	private Long channelId;

	private Long categoryId;

	private Long formId;

	private Long serviceId;

	private String status;

	private Integer responseDays;

	private Integer complaints = 1;

	private String note;

	EntryDraft toDraft() {
		return new EntryDraft(channelId, categoryId, formId, serviceId, status, responseDays, complaints, note);
	}

	public Long getChannelId() {
		return channelId;
	}

	public void setChannelId(Long channelId) {
		this.channelId = channelId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getFormId() {
		return formId;
	}

	public void setFormId(Long formId) {
		this.formId = formId;
	}

	public Long getServiceId() {
		return serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public Integer getResponseDays() {
		return responseDays;
	}

	public void setResponseDays(Integer responseDays) {
		this.responseDays = responseDays;
	}

	public Integer getComplaints() {
		return complaints;
	}

	public void setComplaints(Integer complaints) {
		this.complaints = complaints;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}

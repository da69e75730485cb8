package id.aduan.intake;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintForm;

/**
 * The help desk's registration form: the complaint form plus the channel a complaint came by, its
 * reference (post link, letter number, caller's number), when it was received in office time, and
 * optionally its classification.
 */
public class HelpDeskForm extends ComplaintForm {

	private Long channelId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime receivedAt;

	private String channelReference;

	private Long reportTypeId;

	private Long formId;

	private Long categoryId;

	@Override
	protected Classification classification() {
		return new Classification(reportTypeId, formId, categoryId, getServiceId());
	}

	public Long getChannelId() {
		return channelId;
	}

	public void setChannelId(Long channelId) {
		this.channelId = channelId;
	}

	public LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public String getChannelReference() {
		return channelReference;
	}

	public void setChannelReference(String channelReference) {
		this.channelReference = channelReference;
	}

	public Long getReportTypeId() {
		return reportTypeId;
	}

	public void setReportTypeId(Long reportTypeId) {
		this.reportTypeId = reportTypeId;
	}

	public Long getFormId() {
		return formId;
	}

	public void setFormId(Long formId) {
		this.formId = formId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}
}

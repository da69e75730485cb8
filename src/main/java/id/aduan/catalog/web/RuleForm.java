package id.aduan.catalog.web;

import id.aduan.catalog.ServiceLevelRule;
import id.aduan.catalog.ServiceLevels.RuleDraft;

/** The administrator's form for a service-level rule. */
public class RuleForm {

	private String name;

	private Long reportTypeId;

	private Long categoryId;

	private Long serviceId;

	private Integer verifyDays = 3;

	private Integer followUpDays = 5;

	private Integer resolveDays = 14;

	private Integer autoCloseDays = 10;

	static RuleForm of(ServiceLevelRule rule) {
		RuleForm form = new RuleForm();
		form.name = rule.name();
		form.reportTypeId = rule.reportTypeId();
		form.categoryId = rule.categoryId();
		form.serviceId = rule.serviceId();
		form.verifyDays = rule.verifyDays();
		form.followUpDays = rule.followUpDays();
		form.resolveDays = rule.resolveDays();
		form.autoCloseDays = rule.autoCloseDays();
		return form;
	}

	RuleDraft toDraft() {
		return new RuleDraft(name, reportTypeId, categoryId, serviceId, verifyDays, followUpDays, resolveDays,
				autoCloseDays);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getReportTypeId() {
		return reportTypeId;
	}

	public void setReportTypeId(Long reportTypeId) {
		this.reportTypeId = reportTypeId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getServiceId() {
		return serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Integer getVerifyDays() {
		return verifyDays;
	}

	public void setVerifyDays(Integer verifyDays) {
		this.verifyDays = verifyDays;
	}

	public Integer getFollowUpDays() {
		return followUpDays;
	}

	public void setFollowUpDays(Integer followUpDays) {
		this.followUpDays = followUpDays;
	}

	public Integer getResolveDays() {
		return resolveDays;
	}

	public void setResolveDays(Integer resolveDays) {
		this.resolveDays = resolveDays;
	}

	public Integer getAutoCloseDays() {
		return autoCloseDays;
	}

	public void setAutoCloseDays(Integer autoCloseDays) {
		this.autoCloseDays = autoCloseDays;
	}
}

package id.aduan.recaps.web;

import id.aduan.recaps.RecapCycle;

/** The administrator's recap cycle form; the due day is text so that any typing gets a clear answer. */
public class CycleForm {

	private String dueDay;

	private boolean approvalRequired;

	private String firstMonth;

	static CycleForm of(RecapCycle.Current current) {
		CycleForm form = new CycleForm();
		form.dueDay = String.valueOf(current.dueDay());
		form.approvalRequired = current.approvalRequired();
		form.firstMonth = current.firstMonth() == null ? "" : current.firstMonth().toString();
		return form;
	}

	/** The due day as a number, or nothing when it is not one. */
	Integer dueDayNumber() {
		try {
			return dueDay == null ? null : Integer.valueOf(dueDay.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	public String getDueDay() {
		return dueDay;
	}

	public void setDueDay(String dueDay) {
		this.dueDay = dueDay;
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public void setApprovalRequired(boolean approvalRequired) {
		this.approvalRequired = approvalRequired;
	}

	public String getFirstMonth() {
		return firstMonth;
	}

	public void setFirstMonth(String firstMonth) {
		this.firstMonth = firstMonth;
	}
}

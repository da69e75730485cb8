package id.aduan.documents.web;

/** The administrator's reopening of a past year's register: which year, its last number used, why. */
public class ReopenForm {

	private Integer year;

	private Integer lastUsed;

	private String reason;

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getLastUsed() {
		return lastUsed;
	}

	public void setLastUsed(Integer lastUsed) {
		this.lastUsed = lastUsed;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}

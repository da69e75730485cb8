package id.aduan.documents.web;

/** The administrator's record of numbers already used outside Aduan this year. */
public class JumpForm {

	private Integer lastUsed;

	private String reason;

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

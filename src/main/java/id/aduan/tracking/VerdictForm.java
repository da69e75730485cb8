package id.aduan.tracking;

/** The complainant's verdict on an answer, and the reason when they dispute it. */
public class VerdictForm {

	private Integer score;

	private Boolean solved;

	private String comment;

	private String reason;

	public Integer getScore() {
		return score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public Boolean getSolved() {
		return solved;
	}

	public void setSolved(Boolean solved) {
		this.solved = solved;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}

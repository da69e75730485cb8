package id.aduan.recaps.web;

/** A few words: why a recap goes back to its unit, or why a closed month is corrected; or whom to name head. */
public class NoteForm {

	private String note;

	private Long headId;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getHeadId() {
		return headId;
	}

	public void setHeadId(Long headId) {
		this.headId = headId;
	}
}

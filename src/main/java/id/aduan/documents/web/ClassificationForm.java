package id.aduan.documents.web;

/** The administrator's change of one document kind's classification code. */
public class ClassificationForm {

	private String kind;

	private String classificationCode;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getClassificationCode() {
		return classificationCode;
	}

	public void setClassificationCode(String classificationCode) {
		this.classificationCode = classificationCode;
	}
}

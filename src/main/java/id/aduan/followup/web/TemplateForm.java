package id.aduan.followup.web;

/** An email template as the administrator edits it. */
public class TemplateForm {

	private String subject;

	private String body;

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}

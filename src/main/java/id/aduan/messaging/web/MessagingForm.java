package id.aduan.messaging.web;

import java.util.ArrayList;
import java.util.List;

import id.aduan.messaging.MessagingSettings;
import id.aduan.messaging.PhoneNotice;
import id.aduan.messaging.PhoneNoticeText;

/** The administrator's WhatsApp and SMS settings as a page binds them, field by field. */
public class MessagingForm {

	private boolean whatsappEnabled;

	private String whatsappPhoneNumberId;

	private String whatsappLanguage;

	private boolean smsEnabled;

	private String smsUrl;

	private String smsMethod;

	private String smsContentType;

	private String smsBody;

	private String smsAuthHeader;

	private List<Text> texts = new ArrayList<>();

	/** One notice's WhatsApp template name and SMS text. */
	public static class Text {

		private PhoneNotice notice;

		private String whatsappTemplate;

		private String smsText;

		public PhoneNotice getNotice() {
			return notice;
		}

		public void setNotice(PhoneNotice notice) {
			this.notice = notice;
		}

		public String getWhatsappTemplate() {
			return whatsappTemplate;
		}

		public void setWhatsappTemplate(String whatsappTemplate) {
			this.whatsappTemplate = whatsappTemplate;
		}

		public String getSmsText() {
			return smsText;
		}

		public void setSmsText(String smsText) {
			this.smsText = smsText;
		}
	}

	static MessagingForm of(MessagingSettings settings, List<PhoneNoticeText> texts) {
		MessagingForm form = new MessagingForm();
		form.whatsappEnabled = settings.whatsappEnabled();
		form.whatsappPhoneNumberId = settings.whatsappPhoneNumberId();
		form.whatsappLanguage = settings.whatsappLanguage();
		form.smsEnabled = settings.smsEnabled();
		form.smsUrl = settings.smsUrl();
		form.smsMethod = settings.smsMethod();
		form.smsContentType = settings.smsContentType();
		form.smsBody = settings.smsBody();
		form.smsAuthHeader = settings.smsAuthHeader();
		for (PhoneNoticeText text : texts) {
			Text row = new Text();
			row.notice = text.notice();
			row.whatsappTemplate = text.whatsappTemplate();
			row.smsText = text.smsText();
			form.texts.add(row);
		}
		return form;
	}

	MessagingSettings settings() {
		return new MessagingSettings(whatsappEnabled, whatsappPhoneNumberId, whatsappLanguage, smsEnabled, smsUrl,
				smsMethod, smsContentType, smsBody, smsAuthHeader);
	}

	List<PhoneNoticeText> noticeTexts() {
		return texts.stream()
			.filter(text -> text.notice != null)
			.map(text -> new PhoneNoticeText(text.notice, text.whatsappTemplate, text.smsText))
			.toList();
	}

	public boolean isWhatsappEnabled() {
		return whatsappEnabled;
	}

	public void setWhatsappEnabled(boolean whatsappEnabled) {
		this.whatsappEnabled = whatsappEnabled;
	}

	public String getWhatsappPhoneNumberId() {
		return whatsappPhoneNumberId;
	}

	public void setWhatsappPhoneNumberId(String whatsappPhoneNumberId) {
		this.whatsappPhoneNumberId = whatsappPhoneNumberId;
	}

	public String getWhatsappLanguage() {
		return whatsappLanguage;
	}

	public void setWhatsappLanguage(String whatsappLanguage) {
		this.whatsappLanguage = whatsappLanguage;
	}

	public boolean isSmsEnabled() {
		return smsEnabled;
	}

	public void setSmsEnabled(boolean smsEnabled) {
		this.smsEnabled = smsEnabled;
	}

	public String getSmsUrl() {
		return smsUrl;
	}

	public void setSmsUrl(String smsUrl) {
		this.smsUrl = smsUrl;
	}

	public String getSmsMethod() {
		return smsMethod;
	}

	public void setSmsMethod(String smsMethod) {
		this.smsMethod = smsMethod;
	}

	public String getSmsContentType() {
		return smsContentType;
	}

	public void setSmsContentType(String smsContentType) {
		this.smsContentType = smsContentType;
	}

	public String getSmsBody() {
		return smsBody;
	}

	public void setSmsBody(String smsBody) {
		this.smsBody = smsBody;
	}

	public String getSmsAuthHeader() {
		return smsAuthHeader;
	}

	public void setSmsAuthHeader(String smsAuthHeader) {
		this.smsAuthHeader = smsAuthHeader;
	}

	public List<Text> getTexts() {
		return texts;
	}

	public void setTexts(List<Text> texts) {
		this.texts = texts;
	}
}

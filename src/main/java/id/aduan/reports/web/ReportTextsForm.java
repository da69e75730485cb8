package id.aduan.reports.web;

import id.aduan.reports.ReportSettings;

/** The report's editable texts as typed. */
public class ReportTextsForm {

	private String generalText;

	private String mechanismText;

	private String closingText;

	private boolean listZeroItems;

	static ReportTextsForm of(ReportSettings.Texts texts) {
		ReportTextsForm form = new ReportTextsForm();
		form.generalText = texts.generalText();
		form.mechanismText = texts.mechanismText();
		form.closingText = texts.closingText();
		form.listZeroItems = texts.listZeroItems();
		return form;
	}

	ReportSettings.Texts toTexts() {
		return new ReportSettings.Texts(generalText, mechanismText, closingText, listZeroItems);
	}

	public String getGeneralText() {
		return generalText;
	}

	public void setGeneralText(String generalText) {
		this.generalText = generalText;
	}

	public String getMechanismText() {
		return mechanismText;
	}

	public void setMechanismText(String mechanismText) {
		this.mechanismText = mechanismText;
	}

	public String getClosingText() {
		return closingText;
	}

	public void setClosingText(String closingText) {
		this.closingText = closingText;
	}

	public boolean isListZeroItems() {
		return listZeroItems;
	}

	public void setListZeroItems(boolean listZeroItems) {
		this.listZeroItems = listZeroItems;
	}
}

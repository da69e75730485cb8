package id.aduan.catalog.web;

import id.aduan.catalog.OfficeProfile;

/** The administrator's form for the office profile. */
public class OfficeForm {

	private String governmentName;

	private String officeName;

	private String fullName;

	private String address;

	private String city;

	private String postalCode;

	private String phone;

	private String email;

	private String website;

	private String headName;

	private String headTitle;

	private String headNip;

	private String timeZone;

	private String headRank;

	static OfficeForm of(OfficeProfile p) {
		OfficeForm form = new OfficeForm();
		form.governmentName = p.governmentName();
		form.officeName = p.officeName();
		form.fullName = p.fullName();
		form.address = p.address();
		form.city = p.city();
		form.postalCode = p.postalCode();
		form.phone = p.phone();
		form.email = p.email();
		form.website = p.website();
		form.headName = p.headName();
		form.headTitle = p.headTitle();
		form.headNip = p.headNip();
		form.timeZone = p.timeZone();
		form.headRank = p.headRank();
		return form;
	}

	OfficeProfile toProfile() {
		return new OfficeProfile(governmentName, officeName, fullName, address, city, postalCode, phone, email, website, headName, headTitle, headNip, timeZone, headRank);
	}

	public String getGovernmentName() {
		return governmentName;
	}

	public void setGovernmentName(String governmentName) {
		this.governmentName = governmentName;
	}

	public String getOfficeName() {
		return officeName;
	}

	public void setOfficeName(String officeName) {
		this.officeName = officeName;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getHeadName() {
		return headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public String getHeadTitle() {
		return headTitle;
	}

	public void setHeadTitle(String headTitle) {
		this.headTitle = headTitle;
	}

	public String getHeadNip() {
		return headNip;
	}

	public void setHeadNip(String headNip) {
		this.headNip = headNip;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getHeadRank() {
		return headRank;
	}

	public void setHeadRank(String headRank) {
		this.headRank = headRank;
	}
}

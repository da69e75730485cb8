package id.aduan.intake;

import id.aduan.complaints.Complainant;

/** The complainant part of a complaint form. */
public class ComplainantFields {

	private String name;

	private String phone;

	private String email;

	private String address;

	Complainant toComplainant() {
		return new Complainant(name, phone, email, address);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}
}

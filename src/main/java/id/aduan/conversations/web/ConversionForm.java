package id.aduan.conversations.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.conversations.ChatConversion;

/** Turning a website chat into a complaint, as the officer fills it in; prefilled from the chat. */
public class ConversionForm {

	private String name;

	private String phone;

	private String email;

	private boolean anonymous;

	private boolean confidential;

	private String title;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate incidentDate;

	private String incidentPlace;

	private Long serviceId;

	ChatConversion toConversion() {
		return new ChatConversion(name, phone, email, anonymous, confidential, title, description, incidentDate,
				incidentPlace, serviceId);
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

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getIncidentDate() {
		return incidentDate;
	}

	public void setIncidentDate(LocalDate incidentDate) {
		this.incidentDate = incidentDate;
	}

	public String getIncidentPlace() {
		return incidentPlace;
	}

	public void setIncidentPlace(String incidentPlace) {
		this.incidentPlace = incidentPlace;
	}

	public Long getServiceId() {
		return serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}
}

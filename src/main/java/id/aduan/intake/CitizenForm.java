package id.aduan.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form as a citizen fills it in. A mutable form object on purpose: bound field by
 * field, it survives a value that cannot be read (a mistyped date) and shows it back with its error,
 * where a record bound through its constructor would be lost whole.
 */
public class CitizenForm {

	private ComplainantFields complainant = new ComplainantFields();

	private boolean anonymous;

	private boolean confidential;

	private String title;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate incidentDate;

	private String incidentPlace;

	private Long serviceId;

	private List<MultipartFile> attachments = new ArrayList<>();

	/** The honeypot: hidden from people, so only a bot fills it in. */
	private String website;

	public ComplainantFields getComplainant() {
		return complainant;
	}

	public void setComplainant(ComplainantFields complainant) {
		this.complainant = complainant;
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

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}
}

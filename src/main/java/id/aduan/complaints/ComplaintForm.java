package id.aduan.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A complaint as a person fills it in on a page: the citizen's form, the help desk's (which adds how the
 * complaint arrived and its classification) and an officer's turning a website chat into a complaint. One
 * form for all three, so that a field has one name everywhere: the name the pages post and the name
 * {@link ComplaintRegistration} gives a problem with it ({@code title}, {@code complainant.email}, ...),
 * so that each error shows next to its field. A mutable form object on purpose: bound field by field, it
 * survives a value that cannot be read (a mistyped date) and shows it back with its error, where a
 * record bound through its constructor would be lost whole.
 */
public class ComplaintForm {

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

	/** The complaint this form describes, arrived as {@code arrival}; checked only when it is registered. */
	public NewComplaint toNewComplaint(Arrival arrival) {
		return NewComplaint.of(arrival, new Matter(title, description, incidentDate, incidentPlace))
			.from(complainant.toComplainant(), anonymous, confidential)
			.classifiedAs(classification())
			.attaching(AttachmentUpload.from(attachments));
	}

	/** As far as this form classifies the complaint: the service, if the person knows it. */
	protected Classification classification() {
		return Classification.ofService(serviceId);
	}

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

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

	/** The complainant part of the form ({@code complainant.name}, ...). */
	public static class ComplainantFields {

		private String name;

		private String phone;

		private String email;

		private String address;

		private boolean phoneNotices;

		Complainant toComplainant() {
			return new Complainant(name, phone, email, address, phoneNotices);
		}

		/** "Kirim pemberitahuan ke WhatsApp/SMS": the complainant's consent to notices on their phone. */
		public boolean isPhoneNotices() {
			return phoneNotices;
		}

		public void setPhoneNotices(boolean phoneNotices) {
			this.phoneNotices = phoneNotices;
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
}

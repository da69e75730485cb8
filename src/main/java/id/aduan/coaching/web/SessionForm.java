package id.aduan.coaching.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.catalog.PublicService;
import id.aduan.coaching.CoachingSession;
import id.aduan.coaching.SessionDraft;
import id.aduan.coaching.SessionKind;

/** The coordinator's form for a session (new or changed). */
public class SessionForm {

	private Integer version;

	private SessionKind kind = SessionKind.COACHING;

	private String topic;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private String startTime;

	private String endTime;

	private String place;

	private String purpose;

	private String outcome;

	private List<Long> serviceIds = new ArrayList<>();

	private String integratedServices;

	static SessionForm of(CoachingSession session) {
		SessionForm form = new SessionForm();
		form.version = session.version();
		form.kind = session.kind();
		form.topic = session.topic();
		form.date = session.date();
		form.startTime = session.startTime();
		form.endTime = session.endTime();
		form.place = session.place();
		form.purpose = session.purpose();
		form.outcome = session.outcome();
		form.serviceIds = new ArrayList<>(session.services().stream().map(PublicService::id).toList());
		form.integratedServices = String.join("\n", session.integratedServices());
		return form;
	}

	SessionDraft toDraft(boolean dateUnreadable) {
		return new SessionDraft(kind, topic, dateUnreadable ? null : date, startTime, endTime, place, purpose, outcome,
				serviceIds, integratedServices);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public SessionKind getKind() {
		return kind;
	}

	public void setKind(SessionKind kind) {
		this.kind = kind;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public List<Long> getServiceIds() {
		return serviceIds;
	}

	public void setServiceIds(List<Long> serviceIds) {
		this.serviceIds = serviceIds;
	}

	public String getIntegratedServices() {
		return integratedServices;
	}

	public void setIntegratedServices(String integratedServices) {
		this.integratedServices = integratedServices;
	}
}

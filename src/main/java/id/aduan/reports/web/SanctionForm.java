package id.aduan.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.reports.SanctionKind;
import id.aduan.reports.Sanctions;

/** The sanction form as typed; mutable so that one mistyped field keeps the rest of the form. */
public class SanctionForm {

	private String trackingCode;

	private Long unitId;

	private SanctionKind kind;

	private String person;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate imposedOn;

	private String decreeNumber;

	private String note;

	Sanctions.Draft toDraft() {
		return new Sanctions.Draft(trackingCode, unitId, kind, person, imposedOn, decreeNumber, note);
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public void setTrackingCode(String trackingCode) {
		this.trackingCode = trackingCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public SanctionKind getKind() {
		return kind;
	}

	public void setKind(SanctionKind kind) {
		this.kind = kind;
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public LocalDate getImposedOn() {
		return imposedOn;
	}

	public void setImposedOn(LocalDate imposedOn) {
		this.imposedOn = imposedOn;
	}

	public String getDecreeNumber() {
		return decreeNumber;
	}

	public void setDecreeNumber(String decreeNumber) {
		this.decreeNumber = decreeNumber;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}

package id.aduan.coaching.web;

import id.aduan.coaching.AttendeeKind;
import id.aduan.coaching.PersonDraft;

/** One representative or participant, or a pasted list of them. */
public class PersonForm {

	private AttendeeKind kind = AttendeeKind.PARTICIPANT;

	private String name;

	private String capacity;

	private String institution;

	private String list;

	PersonDraft toDraft() {
		return new PersonDraft(name, capacity, institution);
	}

	public AttendeeKind getKind() {
		return kind;
	}

	public void setKind(AttendeeKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getInstitution() {
		return institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public String getList() {
		return list;
	}

	public void setList(String list) {
		this.list = list;
	}
}

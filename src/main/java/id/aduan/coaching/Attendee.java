package id.aduan.coaching;

import java.time.Instant;

/**
 * A representative or participant of a session. {@code capacity} is the representative's title
 * (jabatan) or the participant's role (peran); both it and the institution may be empty.
 */
public record Attendee(long id, AttendeeKind kind, int position, String name, String capacity,
		String institution, boolean selfCheckedIn, Instant addedAt, String addedBy) {

	/** Capacity and institution as one line, as the Daftar Hadir's INSTANSI column shows them. */
	public String capacityAndInstitution() {
		if (capacity == null) {
			return institution == null ? "" : institution;
		}
		return institution == null ? capacity : capacity + ", " + institution;
	}
}

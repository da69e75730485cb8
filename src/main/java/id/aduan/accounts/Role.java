package id.aduan.accounts;

/**
 * Who someone is in the complaint process. The first two never log in: a citizen acts through the
 * public pages and the system acts on its own (reminders, automatic closure).
 */
public enum Role {

	/** Pengadu / masyarakat: submits, follows and answers through the public pages. */
	CITIZEN,
	/** Aduan itself, e.g. an automatic closure. */
	SYSTEM,
	/** Petugas help desk (Ruang PPID): registers complaints arriving by phone, walk-in, letter, social media. */
	HELPDESK,
	/** Poksi Humas dan Protokol: verifies, classifies, routes, watches deadlines, closes, reports. */
	COORDINATOR,
	/** Petugas unit kerja: follows up and answers the complaints routed to its unit. */
	UNIT_OFFICER,
	/** Kepala Dinas: sees everything, changes nothing. */
	HEAD,
	/** Administrator: reference data and accounts; handles no complaint. */
	ADMIN;

	public boolean isStaff() {
		return this != CITIZEN && this != SYSTEM;
	}

	/** The roles an administrator can give to an account. */
	public static Role[] assignable() {
		return new Role[] { HELPDESK, COORDINATOR, UNIT_OFFICER, HEAD, ADMIN };
	}
}

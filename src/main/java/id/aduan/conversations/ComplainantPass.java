package id.aduan.conversations;

import java.io.Serial;
import java.io.Serializable;

/**
 * Proof that a visitor typed a complaint's access key right, for the browser session to keep instead of
 * the key: sessions are stored in the database (Spring Session JDBC), where the plain key must never be.
 * Only {@link ComplaintThreads#open} issues one; it names the complaint it opens and holds nothing secret,
 * so a copy of the session table lets nobody into a thread from another browser.
 */
public final class ComplainantPass implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long complaintId;

	private final String trackingCode;

	ComplainantPass(long complaintId, String trackingCode) {
		this.complaintId = complaintId;
		this.trackingCode = trackingCode;
	}

	long complaintId() {
		return complaintId;
	}

	public String trackingCode() {
		return trackingCode;
	}
}

package id.aduan.coaching;

/**
 * What kind of meeting a session was; each kind's Berita Acara is numbered as its own document kind,
 * so that the administrator can give each its classification code.
 */
public enum SessionKind {

	/** Pembinaan: coaching of staff and partners on service and complaint handling. */
	COACHING("BERITA_ACARA_PEMBINAAN"),
	/** Kunjungan tindak lanjut: a visit to follow up complaints in the field. */
	FOLLOW_UP_VISIT("BERITA_ACARA_KUNJUNGAN"),
	/** Rapat koordinasi: a meeting with other bodies, e.g. the poverty reduction team. */
	COORDINATION_MEETING("BERITA_ACARA_RAPAT");

	private final String documentKind;

	SessionKind(String documentKind) {
		this.documentKind = documentKind;
	}

	/** The document kind whose classification code the Berita Acara's number carries. */
	public String documentKind() {
		return documentKind;
	}
}

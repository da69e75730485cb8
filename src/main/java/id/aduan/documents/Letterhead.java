package id.aduan.documents;

/**
 * The kop surat at the top of every official document, as lines ready to print: the government
 * ("PEMERINTAH KABUPATEN BURU SELATAN"), the office ("DINAS SOSIAL"), its address, its telephone, and
 * its website and email, with the office's emblem at the left when the administrator uploaded one. A
 * line that the office profile leaves empty is null and not printed; so is a missing emblem.
 */
public record Letterhead(String governmentName, String officeName, String addressLine, String phoneLine,
		String onlineLine, Picture logo) {

	/** The emblem's box: it is fitted into a square of this side. */
	static final double LOGO_CM = 2.4;

	/** A letterhead of text only. */
	public Letterhead(String governmentName, String officeName, String addressLine, String phoneLine,
			String onlineLine) {
		this(governmentName, officeName, addressLine, phoneLine, onlineLine, null);
	}
}

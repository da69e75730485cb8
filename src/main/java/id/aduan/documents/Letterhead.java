package id.aduan.documents;

/**
 * The kop surat at the top of every official document, as lines ready to print: the government
 * ("PEMERINTAH KABUPATEN BURU SELATAN"), the office ("DINAS SOSIAL"), its address, its telephone, and
 * its website and email. A line that the office profile leaves empty is null and not printed.
 */
public record Letterhead(String governmentName, String officeName, String addressLine, String phoneLine,
		String onlineLine) {
}

package id.aduan.documents;

/**
 * Who signs a document: the title they sign under ("Kepala Dinas Sosial Kabupaten Buru Selatan"),
 * their name, and for a civil servant the rank (pangkat/golongan, "Pembina Utama Muda (IV/c)", printed
 * between the name and the NIP) and the NIP (nomor induk pegawai, 18 digits).
 */
public record Signatory(String title, String name, String nip, String rank) {

	/** A signatory without a rank. */
	public Signatory(String title, String name, String nip) {
		this(title, name, nip, null);
	}

	/** Whether a rank is printed under the name. */
	public boolean hasRank() {
		return rank != null && !rank.isBlank();
	}

	/**
	 * The NIP grouped as it is printed under a signature: birth date, appointment month, sex, serial
	 * ("196507031988031017" → "19650703 198803 1 017"); anything that is not 18 digits as it was given;
	 * null when there is none.
	 */
	public String formattedNip() {
		if (nip == null || nip.isBlank()) {
			return null;
		}
		String digits = nip.replaceAll("\\s", "");
		if (!digits.matches("\\d{18}")) {
			return nip.trim();
		}
		return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.substring(14, 15) + " "
				+ digits.substring(15);
	}
}

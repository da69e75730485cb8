package id.aduan.messaging;

import java.util.List;

/**
 * The notices a complainant may get on their phone, each with the parameters of its WhatsApp template in
 * order ({@code {{1}}}, {@code {{2}}}, ...): the administrator creates the templates in WhatsApp Manager
 * with exactly these, and WhatsApp accepts a template message only with the parameters it was approved
 * with. The names are those of the email templates' placeholders.
 */
public enum PhoneNotice {

	/** The complaint is in: tracking code and the access key, given only once. */
	RECEIPT(List.of("nama", "kode", "kunci", "tautan")),
	/** The office answered; until when it may be disputed. */
	ANSWERED(List.of("nama", "kode", "tanggapan", "batas", "tautan")),
	/** Staff wrote in the complaint's thread, often asking for more information. */
	INFORMATION_REQUESTED(List.of("nama", "kode", "pesan", "tautan")),
	/** The complaint is closed. */
	CLOSED(List.of("nama", "kode", "tautan"));

	private final List<String> parameters;

	PhoneNotice(List<String> parameters) {
		this.parameters = parameters;
	}

	public List<String> parameters() {
		return parameters;
	}
}

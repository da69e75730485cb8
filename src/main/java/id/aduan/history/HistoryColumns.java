package id.aduan.history;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a history file, by header name (the order in the file does not matter; unknown
 * columns are refused, so that a misspelt header is not silently ignored). {@code reference},
 * {@code received_at}, {@code channel} and {@code description} are required; the rest may be empty.
 * {@code report_type} and {@code form} are the classification's other two parts, {@code rating}
 * (1 to 5) and {@code solved} the complainant's verdict, and {@code sanction} (a kind of
 * {@link #SANCTION_KINDS}), {@code sanction_on}, {@code sanction_decree} and {@code sanction_person} a
 * sanction imposed after the complaint, on its unit, for offices that recorded them.
 */
final class HistoryColumns {

	static final String REFERENCE = "reference";

	static final String RECEIVED_AT = "received_at";

	static final String CHANNEL = "channel";

	static final String TITLE = "title";

	static final String DESCRIPTION = "description";

	static final String NAME = "complainant_name";

	static final String PHONE = "complainant_phone";

	static final String EMAIL = "complainant_email";

	static final String ANONYMOUS = "anonymous";

	static final String REPORT_TYPE = "report_type";

	static final String FORM = "form";

	static final String CATEGORY = "category";

	static final String SERVICE = "service";

	static final String UNIT = "unit";

	static final String VERIFIED_AT = "verified_at";

	static final String ROUTED_AT = "routed_at";

	static final String ANSWERED_AT = "answered_at";

	static final String ANSWER = "answer";

	static final String CLOSED_AT = "closed_at";

	static final String RATING = "rating";

	static final String SOLVED = "solved";

	static final String SANCTION = "sanction";

	static final String SANCTION_ON = "sanction_on";

	static final String SANCTION_DECREE = "sanction_decree";

	static final String SANCTION_PERSON = "sanction_person";

	/** In the template's order: the complaint, who complained, its classification, its handling. */
	static final List<String> ALL = List.of(REFERENCE, RECEIVED_AT, CHANNEL, TITLE, DESCRIPTION, NAME, PHONE, EMAIL,
			ANONYMOUS, REPORT_TYPE, FORM, CATEGORY, SERVICE, UNIT, VERIFIED_AT, ROUTED_AT, ANSWERED_AT, ANSWER,
			CLOSED_AT, RATING, SOLVED, SANCTION, SANCTION_ON, SANCTION_DECREE, SANCTION_PERSON);

	/** The kinds of sanction as the office writes them (PP 94/2021), each with Aduan's own kind. */
	static final java.util.Map<String, String> SANCTION_KINDS = java.util.Map.of("TEGURAN_LISAN", "ORAL_WARNING",
			"TEGURAN_TERTULIS", "WRITTEN_WARNING", "PERNYATAAN_TIDAK_PUAS", "WRITTEN_DISSATISFACTION",
			"POTONGAN_TUNJANGAN", "ALLOWANCE_CUT", "PENURUNAN_JABATAN", "DEMOTION", "PEMBEBASAN_JABATAN",
			"RELIEF_FROM_POSITION", "PEMBERHENTIAN", "DISMISSAL", "LAINNYA", "OTHER");

	static final Set<String> REQUIRED = Set.of(REFERENCE, RECEIVED_AT, CHANNEL, DESCRIPTION);

	private HistoryColumns() {
	}

	/** A header as people write it: any case, spaces or dashes for underscores, around spaces trimmed. */
	static String normalized(String header) {
		String name = header == null ? "" : header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
		return name.replace(' ', '_').replace('-', '_');
	}
}

package id.aduan.intake.lapor;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a SP4N-LAPOR! export as Aduan reads it (docs/lapor-format.md), by the header names the
 * officer sees, with the other names the same column has had in exports. Headers are matched without
 * regard to case, spaces or punctuation; columns Aduan does not know are ignored.
 */
final class LaporColumns {

	static final String ID = "ID Tracking";

	static final String REPORTED = "Tanggal Laporan";

	static final String TITLE = "Judul Laporan";

	static final String TEXT = "Isi Laporan";

	static final String TYPE = "Jenis Laporan";

	static final String CATEGORY = "Kategori";

	static final String NAME = "Nama Pelapor";

	static final String EMAIL = "Email Pelapor";

	static final String PHONE = "Telepon Pelapor";

	static final String ANONYMOUS = "Anonim";

	static final String CONFIDENTIAL = "Rahasia";

	static final String PLACE = "Lokasi Kejadian";

	static final String INCIDENT = "Tanggal Kejadian";

	static final String STATUS = "Status";

	static final String UPDATED = "Tanggal Pembaruan";

	/** Every column in the order of the export, each with the names it may also carry. */
	static final Map<String, List<String>> ALL = new LinkedHashMap<>();

	static {
		ALL.put(ID, List.of("No Tracking", "Nomor Tracking", "Tracking ID", "ID Laporan"));
		ALL.put(REPORTED, List.of("Tanggal", "Waktu Laporan", "Tanggal Dibuat"));
		ALL.put(TITLE, List.of("Judul"));
		ALL.put(TEXT, List.of("Isi", "Laporan", "Uraian"));
		ALL.put(TYPE, List.of("Jenis", "Klasifikasi"));
		ALL.put(CATEGORY, List.of("Kategori Laporan"));
		ALL.put(NAME, List.of("Nama", "Pelapor"));
		ALL.put(EMAIL, List.of("Email", "Surel Pelapor"));
		ALL.put(PHONE, List.of("Telepon", "No HP", "Nomor Telepon"));
		ALL.put(ANONYMOUS, List.of("Anonim?"));
		ALL.put(CONFIDENTIAL, List.of("Rahasia?"));
		ALL.put(PLACE, List.of("Lokasi"));
		ALL.put(INCIDENT, List.of("Tanggal Kejadian Laporan"));
		ALL.put(STATUS, List.of("Status Laporan", "Status LAPOR"));
		ALL.put(UPDATED, List.of("Terakhir Diperbarui", "Tanggal Update"));
	}

	static final List<String> REQUIRED = List.of(ID, REPORTED, TITLE, TEXT);

	private LaporColumns() {
	}

	/** The column a header names, or null. */
	static String of(String header) {
		String key = key(header);
		for (Map.Entry<String, List<String>> column : ALL.entrySet()) {
			if (key(column.getKey()).equals(key) || column.getValue().stream().anyMatch(name -> key(name).equals(key))) {
				return column.getKey();
			}
		}
		return null;
	}

	private static String key(String header) {
		return header == null ? ""
				: Normalizer.normalize(header, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}

package id.aduan.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.language.IndonesianDates;

/** The values an email template's placeholders are filled with, written the way an office writes them. */
@Component
class NoticeValues {

	private final Catalog catalog;

	private final FollowUpSettings settings;

	NoticeValues(Catalog catalog, FollowUpSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	Map<String, String> of(ComplaintFacts complaint) {
		Map<String, String> values = new HashMap<>();
		values.put("kantor", catalog.office().fullName());
		values.put("kode", complaint.trackingCode());
		values.put("judul", complaint.title());
		values.put("tautan", settings.link("/lacak/" + complaint.trackingCode()));
		values.put("tautanStaf", settings.link("/staf/pengaduan/" + complaint.id()));
		values.put("waktu", time(complaint.receivedAt()));
		values.put("unit", complaint.unitName() == null ? "-" : complaint.unitName());
		values.put("tanggapan", complaint.answer() == null ? "" : complaint.answer());
		values.put("nama", complaint.complainantName() == null ? "Bapak/Ibu Pengadu" : complaint.complainantName());
		return values;
	}

	Map<String, String> office() {
		Map<String, String> values = new HashMap<>();
		values.put("kantor", catalog.office().fullName());
		values.put("tautanStaf", settings.link("/staf/pengaduan"));
		return values;
	}

	static String date(LocalDate date) {
		return date == null ? "-" : IndonesianDates.formalWithDay(date);
	}

	/** "Senin, 30 November 2026 pukul 09.15 WIT". */
	String time(Instant instant) {
		ZoneId zone = catalog.office().zone();
		ZonedDateTime local = instant.atZone(zone);
		return IndonesianDates.formalWithDay(local.toLocalDate()) + String.format(" pukul %02d.%02d ", local.getHour(),
				local.getMinute()) + zoneName(zone);
	}

	private static String zoneName(ZoneId zone) {
		return switch (zone.getId()) {
			case "Asia/Jakarta" -> "WIB";
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> zone.getId();
		};
	}
}

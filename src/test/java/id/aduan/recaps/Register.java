package id.aduan.recaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/** Puts complaints straight into the register, as they would stand after handling, for recap tests. */
final class Register {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	Register(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** A complaint received on {@code day} by {@code channel}, routed to {@code unit} (null: none). */
	void complaint(String code, String day, String channel, String category, String unit, String status,
			Integer answeredInDays) {
		LocalDate received = LocalDate.parse(day);
		OffsetDateTime at = OffsetDateTime.of(received.atTime(1, 0), ZoneOffset.UTC);
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       anonymous, confidential, title, description, category_id, unit_id, status, first_answer_days,
				       current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, false, false, ?, 'Pengaduan uji rekapitulasi', ?, ?, ?, ?, 'DONE', 0)""")
			.params(code, at, received, at, catalog.itemByCode(ReferenceList.CHANNEL, channel).orElseThrow().id(),
					"Rekap " + code,
					category == null ? null : catalog.itemByCode(ReferenceList.CATEGORY, category).orElseThrow().id(),
					unit == null ? null : catalog.unitByCode(unit).orElseThrow().id(), status, answeredInDays)
			.update();
	}

	long channel(String code) {
		return catalog.itemByCode(ReferenceList.CHANNEL, code).orElseThrow().id();
	}

	long category(String code) {
		return catalog.itemByCode(ReferenceList.CATEGORY, code).orElseThrow().id();
	}

	long unit(String code) {
		return catalog.unitByCode(code).orElseThrow().id();
	}
}

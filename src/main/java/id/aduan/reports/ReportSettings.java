package id.aduan.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.RecordRowMapper;
import id.aduan.system.Required;

/**
 * The report's editable parts: the general description with its legal basis (section 1), the
 * mechanism (section 3), the closing paragraph, and whether items nobody complained about are listed.
 */
@Component
public class ReportSettings {

	/** The texts as they stand. */
	public record Texts(@Required @MaxLength(10000) @PlainText String generalText,
			@Required @MaxLength(10000) @PlainText String mechanismText,
			@Required @MaxLength(4000) @PlainText String closingText, boolean listZeroItems) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReportSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Texts current() {
		return jdbc.sql("select general_text, mechanism_text, closing_text, list_zero_items from report_setting where id = 1")
			.query(RecordRowMapper.of(Texts.class))
			.single();
	}

	/** Who last changed the texts and when; empty while they are still those Aduan came with. */
	public Optional<Change> lastChange() {
		return jdbc.sql("select changed_at, changed_by from report_setting where id = 1 and changed_at is not null")
			.query((rs, row) -> new Change(DatabaseTime.instant(rs, "changed_at"), rs.getString("changed_by")))
			.optional();
	}

	/** A change of the texts: when, and by whom. */
	public record Change(Instant at, String by) {
	}

	/** Saves the texts; only the coordinator, who writes the report, changes them. */
	@Transactional
	public void save(Texts texts, Actor by) {
		if (by.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "report.settings.role");
		}
		new Problems().validate(texts).throwIfAny();
		jdbc.sql("""
				update report_setting set general_text = ?, mechanism_text = ?, closing_text = ?, list_zero_items = ?,
				       changed_at = ?, changed_by = ? where id = 1""")
			.params(texts.generalText().strip(), texts.mechanismText().strip(), texts.closingText().strip(),
					texts.listZeroItems(), DatabaseTime.of(clock.instant()), by.name())
			.update();
		audit.record(by.name(), "REPORT_TEXTS_CHANGED", "report_setting", "1",
				texts.listZeroItems() ? "items without complaints listed" : "items without complaints left out");
	}
}

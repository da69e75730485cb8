package id.aduan.reports;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.system.DatabaseTime;
import id.aduan.system.Problems;

/**
 * The report's editable parts: the general description with its legal basis (section 1), the
 * mechanism (section 3), the closing paragraph, and whether items nobody complained about are listed.
 */
@Component
public class ReportSettings {

	/** The texts as they stand. */
	public record Texts(String generalText, String mechanismText, String closingText, boolean listZeroItems) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Texts current() {
		return jdbc.sql("select general_text, mechanism_text, closing_text, list_zero_items from report_setting where id = 1")
			.query(Texts.class)
			.single();
	}

	@Transactional
	public void save(Texts texts, String by) {
		new Problems().required("generalText", texts.generalText(), 10000)
			.required("mechanismText", texts.mechanismText(), 10000)
			.required("closingText", texts.closingText(), 4000)
			.throwIfAny();
		jdbc.sql("""
				update report_setting set general_text = ?, mechanism_text = ?, closing_text = ?, list_zero_items = ?,
				       changed_at = ?, changed_by = ? where id = 1""")
			.params(texts.generalText().strip(), texts.mechanismText().strip(), texts.closingText().strip(),
					texts.listZeroItems(), DatabaseTime.of(clock.instant()), by)
			.update();
	}
}

package id.aduan.complaints.queries;

import java.time.LocalDate;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintStatus;

/**
 * Every complaint of a period as one line, as the register holds it now, for the reports' spreadsheet.
 * The lines are streamed from the database a few hundred at a time (in the caller's transaction, which
 * PostgreSQL needs to stream), so a year of a province's complaints fits in little memory. No
 * complainant identity is in them.
 */
@Component
public class RegisterLines {

	/** One complaint: its reference items by name, and its response and closure times in working days. */
	public record Line(String trackingCode, LocalDate receivedOn, String channel, String reportType, String category,
			String service, String unit, ComplaintStatus status, Integer firstAnswerDays, Integer closureDays) {
	}

	private final JdbcTemplate streaming;

	RegisterLines(DataSource dataSource) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(500);
	}

	/** Hands the complaints received from {@code from} to {@code to} (inclusive) to {@code lines}, oldest first. */
	@Transactional(readOnly = true)
	public void receivedBetween(LocalDate from, LocalDate to, Consumer<Line> lines) {
		streaming.query("""
				select c.tracking_code, c.received_on, ch.name channel, rt.name report_type, cat.name category,
				       s.name service, u.name unit, c.status, c.first_answer_days, c.closure_days
				from complaint c join channel ch on ch.id = c.channel_id
				left join report_type rt on rt.id = c.report_type_id left join category cat on cat.id = c.category_id
				left join public_service s on s.id = c.service_id left join work_unit u on u.id = c.unit_id
				where c.received_on between ? and ? order by c.received_on, c.id""",
				(RowCallbackHandler) rs -> lines.accept(new Line(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						ComplaintStatus.valueOf(rs.getString(8)), rs.getObject(9, Integer.class),
						rs.getObject(10, Integer.class))),
				from, to);
	}
}

package id.aduan.complaints.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.DatabaseTime;

/**
 * The complaints that may be the same matter as another: the same channel reference (a post link, a
 * ticket), or the same complainant's email or phone within a window of time. What the duplicates module
 * compares and offers; which of them are alike enough is its to decide.
 */
@Component
@Transactional(readOnly = true)
public class SimilarComplaints {

	/** The facts a comparison needs of one complaint. */
	public record Facts(long id, String trackingCode, String title, String description, Instant receivedAt,
			String email, String phone, String reference, String channelName, ComplaintStatus status) {
	}

	private static final String COLUMNS = """
			c.id, c.tracking_code, c.title, c.description, c.received_at, c.complainant_email, c.complainant_phone,
			c.channel_reference, ch.name channel_name, c.status""";

	private final JdbcClient jdbc;

	SimilarComplaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Facts> facts(long id) {
		return jdbc.sql("select " + COLUMNS + " from complaint c join channel ch on ch.id = c.channel_id where c.id = ?")
			.param(id)
			.query((rs, row) -> facts(rs))
			.optional();
	}

	/**
	 * The other complaints, not themselves duplicates, with the same channel reference as {@code self}, or
	 * received within {@code window} of it from the same email (in any case) or phone; oldest first. Those in
	 * {@code except} are left out.
	 */
	public List<Facts> sameLinkOrContact(Facts self, Duration window, Set<Long> except) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", self.id());
		params.put("email", self.email() == null ? "" : self.email().toLowerCase(Locale.ROOT));
		params.put("phone", self.phone() == null ? "" : self.phone());
		params.put("reference", self.reference() == null ? "" : self.reference());
		params.put("from", DatabaseTime.of(self.receivedAt().minus(window)));
		params.put("to", DatabaseTime.of(self.receivedAt().plus(window)));
		String exceptThese = "";
		if (!except.isEmpty()) {
			exceptThese = " and c.id not in (:except)";
			params.put("except", except);
		}
		return jdbc.sql("select " + COLUMNS + """
				 from complaint c join channel ch on ch.id = c.channel_id
				where c.id <> :id and c.status <> 'DUPLICATE'
				  and (c.channel_reference = :reference
				       or (c.received_at between :from and :to
				           and (lower(c.complainant_email) = :email or c.complainant_phone = :phone)))""" + exceptThese
				+ " order by c.received_at, c.id")
			.params(params)
			.query((rs, row) -> facts(rs))
			.list();
	}

	private static Facts facts(ResultSet rs) throws SQLException {
		return new Facts(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("title"),
				rs.getString("description"), DatabaseTime.instant(rs, "received_at"), rs.getString("complainant_email"),
				rs.getString("complainant_phone"), rs.getString("channel_reference"), rs.getString("channel_name"),
				ComplaintStatus.valueOf(rs.getString("status")));
	}
}

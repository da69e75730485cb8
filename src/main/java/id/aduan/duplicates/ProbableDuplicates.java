package id.aduan.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.NotFound;

/**
 * Finds, when the coordinator opens a complaint, the complaints that are probably the same matter, and
 * carries out the coordinator's decision. Found on demand rather than at intake, so that intake stays
 * fast and the offer is always current. Merging is the register's own "mark duplicate" (the later one
 * becomes the duplicate of the earlier); keeping apart is remembered for the pair and noted in the
 * complaint's history with who and when.
 */
@Component
public class ProbableDuplicates {

	/** The facts a comparison needs of one complaint, read from the register. */
	private record Facts(long id, String trackingCode, String title, String description, Instant receivedAt,
			String email, String phone, String reference, String channelName, ComplaintStatus status) {
	}

	private static final String COLUMNS = """
			c.id, c.tracking_code, c.title, c.description, c.received_at, c.complainant_email, c.complainant_phone,
			c.channel_reference, ch.name channel_name, c.status""";

	private final JdbcClient jdbc;

	private final ComplaintQueries complaints;

	private final ComplaintHandling handling;

	private final AuditTrail audit;

	private final DuplicateSettings settings;

	private final Clock clock;

	ProbableDuplicates(JdbcClient jdbc, ComplaintQueries complaints, ComplaintHandling handling, AuditTrail audit,
			DuplicateSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.handling = handling;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** What to offer this person on this complaint's page: only the coordinator decides on duplicates. */
	@Transactional(readOnly = true)
	public List<Candidate> of(long complaintId, Actor actor) {
		complaints.details(complaintId, actor);
		if (actor.role() != Role.COORDINATOR) {
			return List.of();
		}
		Facts self = facts(complaintId).orElseThrow(() -> new NotFound("complaint.notFound"));
		if (self.status() == ComplaintStatus.DUPLICATE) {
			return List.of();
		}
		Duration window = Duration.ofDays(settings.windowDays());
		Map<String, Object> params = new HashMap<>();
		params.put("id", self.id());
		params.put("email", self.email() == null ? "" : self.email().toLowerCase(Locale.ROOT));
		params.put("phone", self.phone() == null ? "" : self.phone());
		params.put("reference", self.reference() == null ? "" : self.reference());
		params.put("from", DatabaseTime.of(self.receivedAt().minus(window)));
		params.put("to", DatabaseTime.of(self.receivedAt().plus(window)));
		List<Facts> others = jdbc.sql("select " + COLUMNS + """
				 from complaint c join channel ch on ch.id = c.channel_id
				where c.id <> :id and c.status <> 'DUPLICATE'
				  and (c.channel_reference = :reference
				       or (c.received_at between :from and :to
				           and (lower(c.complainant_email) = :email or c.complainant_phone = :phone)))
				  and not exists (select 1 from duplicate_decision d
				                  where (d.complaint_id = :id and d.other_id = c.id) or (d.complaint_id = c.id and d.other_id = :id))
				order by c.received_at, c.id""")
			.params(params)
			.query((rs, row) -> facts(rs))
			.list();
		List<Candidate> candidates = new ArrayList<>();
		for (Facts other : others) {
			boolean earlier = other.receivedAt().isBefore(self.receivedAt())
					|| other.receivedAt().equals(self.receivedAt()) && other.id() < self.id();
			double alike = TextSimilarity.of(self.title() + " " + self.description(), other.title() + " " + other.description());
			boolean sameLink = self.reference() != null && self.reference().equals(other.reference());
			if (sameLink || alike >= settings.similarity()) {
				candidates.add(new Candidate(other.id(), other.trackingCode(), other.title(), other.receivedAt(),
						other.channelName(), other.status(), sameLink ? Candidate.Reason.SAME_LINK : Candidate.Reason.SAME_CONTACT,
						(int) Math.round(alike * 100), earlier));
			}
		}
		return candidates;
	}

	/** Merges: the later of the two is marked a duplicate of the earlier, by the register's own action. */
	@Transactional
	public void merge(long complaintId, long otherId, Actor actor) {
		Candidate other = offered(complaintId, otherId, actor);
		Facts self = facts(complaintId).orElseThrow();
		if (other.earlier()) {
			handling.markDuplicate(complaintId, null, other.trackingCode(), reason(other), actor);
		}
		else {
			handling.markDuplicate(otherId, null, self.trackingCode(), reason(other), actor);
		}
	}

	/** Keeps the two apart: not offered again, and noted in this complaint's history. */
	@Transactional
	public void keepApart(long complaintId, long otherId, Actor actor) {
		Candidate other = offered(complaintId, otherId, actor);
		jdbc.sql("insert into duplicate_decision (complaint_id, other_id, decided_by, decided_at) values (?, ?, ?, ?)")
			.params(Math.min(complaintId, otherId), Math.max(complaintId, otherId), actor.name(),
					DatabaseTime.of(clock.instant()))
			.update();
		handling.addNote(complaintId, null, "Bukan duplikat dari " + other.trackingCode()
				+ " (ditawarkan sebagai kemungkinan duplikat; diputuskan terpisah).", actor);
		audit.record(actor.name(), "DUPLICATE_KEPT_APART", "complaint", String.valueOf(complaintId),
				other.trackingCode());
	}

	private Candidate offered(long complaintId, long otherId, Actor actor) {
		if (actor.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "duplicates.role");
		}
		return of(complaintId, actor).stream()
			.filter(candidate -> candidate.id() == otherId)
			.findFirst()
			.orElseThrow(() -> new ActionRefused(ActionRefused.Reason.STATE, "duplicates.notOffered"));
	}

	private static String reason(Candidate other) {
		return other.reason() == Candidate.Reason.SAME_LINK ? "Tautan/rujukan saluran yang sama."
				: "Pengadu yang sama dengan isi serupa (" + other.similarity() + "%).";
	}

	private Optional<Facts> facts(long id) {
		return jdbc.sql("select " + COLUMNS + " from complaint c join channel ch on ch.id = c.channel_id where c.id = ?")
			.param(id)
			.query((rs, row) -> facts(rs))
			.optional();
	}

	private static Facts facts(ResultSet rs) throws SQLException {
		return new Facts(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("title"),
				rs.getString("description"), DatabaseTime.instant(rs, "received_at"), rs.getString("complainant_email"),
				rs.getString("complainant_phone"), rs.getString("channel_reference"), rs.getString("channel_name"),
				ComplaintStatus.valueOf(rs.getString("status")));
	}
}

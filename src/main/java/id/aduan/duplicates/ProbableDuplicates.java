package id.aduan.duplicates;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.queries.SimilarComplaints;
import id.aduan.complaints.queries.SimilarComplaints.Facts;
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

	private final JdbcClient jdbc;

	private final ComplaintQueries complaints;

	private final SimilarComplaints similar;

	private final ComplaintHandling handling;

	private final AuditTrail audit;

	private final DuplicateSettings settings;

	private final Clock clock;

	ProbableDuplicates(JdbcClient jdbc, ComplaintQueries complaints, SimilarComplaints similar,
			ComplaintHandling handling, AuditTrail audit, DuplicateSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.similar = similar;
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
		Facts self = similar.facts(complaintId).orElseThrow(() -> new NotFound("complaint.notFound"));
		if (self.status() == ComplaintStatus.DUPLICATE) {
			return List.of();
		}
		List<Facts> others = similar.sameLinkOrContact(self, Duration.ofDays(settings.windowDays()),
				keptApartFrom(self.id()));
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
		Facts self = similar.facts(complaintId).orElseThrow();
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

	/** The complaints the coordinator kept apart from this one: never offered again. */
	private Set<Long> keptApartFrom(long id) {
		return new HashSet<>(jdbc.sql("""
				select case when complaint_id = :id then other_id else complaint_id end from duplicate_decision
				where complaint_id = :id or other_id = :id""")
			.param("id", id)
			.query(Long.class)
			.list());
	}
}

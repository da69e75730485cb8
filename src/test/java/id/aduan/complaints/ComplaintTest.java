package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.system.ActionRefused;

/** The complaint's lifecycle and who may move it, without Spring or a database. */
class ComplaintTest {

	static final long SOCIAL_AID_UNIT = 10;

	static final long SUB_UNIT = 11;

	static final long OTHER_UNIT = 20;

	final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

	final Handler coordinator = new Handler(new Actor(1L, "Koordinator", Role.COORDINATOR, null), Set.of());

	final Handler unitOfficer = new Handler(new Actor(2L, "Petugas Unit", Role.UNIT_OFFICER, SOCIAL_AID_UNIT),
			Set.of(SOCIAL_AID_UNIT, SUB_UNIT));

	final Handler otherOfficer = new Handler(new Actor(3L, "Petugas Lain", Role.UNIT_OFFICER, OTHER_UNIT),
			Set.of(OTHER_UNIT));

	final Handler helpDesk = new Handler(new Actor(4L, "Help Desk", Role.HELPDESK, null), Set.of());

	final Handler head = new Handler(new Actor(5L, "Kepala", Role.HEAD, null), Set.of());

	final Classification classified = new Classification(1L, 1L, 2L, null);

	static final AccessKey KEY = new AccessKey("K7M2-QX9P");

	@Test
	void aNewComplaintIsReceivedWithItsRegistrationInTheTimeline() {
		Complaint complaint = received(false);

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(complaint.timeline()).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.REGISTERED);
			assertThat(entry.actorRole()).isEqualTo(Role.CITIZEN);
			assertThat(entry.occurredAt()).isEqualTo(t0);
		});
	}

	@Test
	void theMainPathRunsFromReceivedToClosedAndRecordsEveryStep() {
		Complaint complaint = received(false);

		complaint.verify(classified, null, coordinator, t0.plusSeconds(60));
		complaint.routeTo(SUB_UNIT, "Seksi Bantuan", "Mohon ditindaklanjuti", coordinator, t0.plusSeconds(120));
		complaint.recordFollowUp("Survei lapangan dilakukan", unitOfficer, t0.plusSeconds(180));
		complaint.answer("Bantuan telah disalurkan", unitOfficer, t0.plusSeconds(240));
		complaint.close(null, coordinator, t0.plusSeconds(300));

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(complaint.timeline()).extracting(TimelineEntry::kind)
			.containsExactly(TimelineEntry.Kind.REGISTERED, TimelineEntry.Kind.VERIFIED, TimelineEntry.Kind.ROUTED,
					TimelineEntry.Kind.FOLLOWED_UP, TimelineEntry.Kind.ANSWERED, TimelineEntry.Kind.CLOSED);
		assertThat(complaint.timeline()).extracting(TimelineEntry::actorName)
			.containsExactly("Siti Aminah", "Koordinator", "Koordinator", "Petugas Unit", "Petugas Unit", "Koordinator");
		assertThat(complaint.answer()).isEqualTo("Bantuan telah disalurkan");
		assertThat(complaint.answeredAt()).isEqualTo(t0.plusSeconds(240));
		assertThat(complaint.closedAt()).isEqualTo(t0.plusSeconds(300));
		assertThat(complaint.classification()).isEqualTo(classified);
	}

	@Test
	void onlyTheCoordinatorVerifiesAndRoutes() {
		Complaint complaint = received(false);

		for (Handler notCoordinator : List.of(helpDesk, head, unitOfficer)) {
			assertThatThrownBy(() -> complaint.verify(classified, null, notCoordinator, t0))
				.isInstanceOfSatisfying(ActionRefused.class,
						refused -> assertThat(refused.reason()).isEqualTo(ActionRefused.Reason.ROLE));
		}
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(complaint.timeline()).hasSize(1);
	}

	@Test
	void aComplaintCannotBeRoutedBeforeItIsVerifiedNorClosedBeforeItIsAnswered() {
		Complaint complaint = received(false);

		assertThatThrownBy(() -> complaint.routeTo(SOCIAL_AID_UNIT, "Unit", null, coordinator, t0))
			.isInstanceOfSatisfying(ActionRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(ActionRefused.Reason.STATE));
		complaint.verify(classified, null, coordinator, t0);
		assertThatThrownBy(() -> complaint.close(null, coordinator, t0)).isInstanceOf(ActionRefused.class);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.VERIFIED);
	}

	@Test
	void aUnitOfficerActsOnlyOnComplaintsOfTheirUnitOrItsSubUnits() {
		Complaint complaint = routedTo(SUB_UNIT);

		assertThatThrownBy(() -> complaint.answer("Bukan urusan saya", otherOfficer, t0))
			.isInstanceOf(ActionRefused.class);
		assertThat(complaint.isVisibleTo(otherOfficer)).isFalse();
		assertThat(complaint.isVisibleTo(unitOfficer)).isTrue();
		assertThat(complaint.allowedActions(otherOfficer)).isEmpty();
		assertThat(complaint.allowedActions(unitOfficer)).contains(Action.FOLLOW_UP, Action.ANSWER, Action.RETURN)
			.doesNotContain(Action.ROUTE, Action.CLOSE, Action.VIEW_IDENTITY);

		complaint.answer("Sudah ditangani", unitOfficer, t0);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ANSWERED);
	}

	@Test
	void theHeadAndTheHelpDeskSeeEverythingButChangeNothing() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT);

		assertThat(complaint.isVisibleTo(head)).isTrue();
		assertThat(complaint.isVisibleTo(helpDesk)).isTrue();
		assertThat(complaint.allowedActions(head)).isEmpty();
		assertThat(complaint.allowedActions(helpDesk)).isEmpty();
	}

	@Test
	void holdingAndResumingReturnsTheComplaintToWhereItWas() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT);
		complaint.recordFollowUp("Menunggu data", unitOfficer, t0);

		complaint.hold("Menunggu fotokopi KTP dari pengadu", unitOfficer, t0.plusSeconds(10));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ON_HOLD);
		assertThat(complaint.status().publicStage(complaint.heldFromStatus())).isEqualTo(PublicStage.FOLLOW_UP);
		assertThatThrownBy(() -> complaint.answer("x", unitOfficer, t0)).isInstanceOf(ActionRefused.class);

		complaint.resume(null, coordinator, t0.plusSeconds(20));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_FOLLOW_UP);
		assertThat(complaint.heldFromStatus()).isNull();
	}

	@Test
	void aUnitCanHandAComplaintBackAndTheCoordinatorRoutesItElsewhere() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT);

		complaint.returnToCoordinator("Bukan layanan bidang kami", unitOfficer, t0);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.VERIFIED);
		assertThat(complaint.unitId()).isNull();
		assertThat(complaint.isVisibleTo(unitOfficer)).isFalse();

		complaint.routeTo(OTHER_UNIT, "Bidang Lain", null, coordinator, t0);
		assertThat(complaint.isVisibleTo(otherOfficer)).isTrue();
	}

	@Test
	void routingAgainToTheSameUnitIsRefused() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT);

		assertThatThrownBy(() -> complaint.routeTo(SOCIAL_AID_UNIT, "Unit", null, coordinator, t0))
			.isInstanceOf(ActionRefused.class);
	}

	@Test
	void sideExitsEndTheHandling() {
		Complaint referred = received(false);
		referred.referTo("Dinas Kesehatan Kabupaten Buru Selatan", "Terkait layanan BPJS Kesehatan", coordinator, t0);
		assertThat(referred.status()).isEqualTo(ComplaintStatus.NOT_OUR_AUTHORITY);
		assertThat(referred.referredTo()).isEqualTo("Dinas Kesehatan Kabupaten Buru Selatan");
		assertThat(referred.allowedActions(coordinator)).containsOnly(Action.NOTE);

		Complaint rejected = received(false);
		rejected.reject("Isi tidak dapat dipahami", coordinator, t0);
		assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
		assertThat(rejected.status().isFinal()).isTrue();
	}

	@Test
	void aDuplicatePointsAtItsOriginalAndNeverAtItselfOrAnotherDuplicate() {
		Complaint original = stored(received(false), 100L);
		Complaint copy = stored(received(false), 101L);
		Complaint third = stored(received(false), 102L);

		assertThatThrownBy(() -> copy.markDuplicateOf(copy, null, coordinator, t0)).isInstanceOf(ActionRefused.class);
		copy.markDuplicateOf(original, "Sama dengan pengaduan lewat telepon", coordinator, t0);
		assertThat(copy.duplicateOfId()).isEqualTo(100L);
		assertThatThrownBy(() -> third.markDuplicateOf(copy, null, coordinator, t0)).isInstanceOf(ActionRefused.class);
	}

	@Test
	void aClosedComplaintCanBeReopenedAndRoutedAgain() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT);
		complaint.answer("Sudah", unitOfficer, t0);
		complaint.close(null, coordinator, t0);

		complaint.reopen("Pengadu menyatakan bantuan belum diterima", coordinator, t0.plusSeconds(5));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
		assertThat(complaint.closedAt()).isNull();
		complaint.routeTo(OTHER_UNIT, "Bidang Lain", null, coordinator, t0.plusSeconds(6));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ROUTED);
	}

	@Test
	void anAnonymousComplainantIsHiddenFromEveryoneUntilTheCoordinatorLooksAndTheLookIsRecorded() {
		Complaint complaint = routedTo(SOCIAL_AID_UNIT, true);

		assertThat(complaint.visibleComplainant()).isEmpty();
		assertThat(complaint.allowedActions(unitOfficer)).doesNotContain(Action.VIEW_IDENTITY);
		assertThatThrownBy(() -> complaint.revealIdentity(unitOfficer, t0)).isInstanceOf(ActionRefused.class);
		assertThatThrownBy(() -> complaint.revealIdentity(head, t0)).isInstanceOf(ActionRefused.class);

		Complainant who = complaint.revealIdentity(coordinator, t0.plusSeconds(1));
		assertThat(who.name()).isEqualTo("Siti Aminah");
		assertThat(complaint.timeline()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.IDENTITY_VIEWED);
			assertThat(entry.actorName()).isEqualTo("Koordinator");
			assertThat(entry.kind().isPublic()).isFalse();
		});
	}

	@Test
	void aNamedComplainantIsVisibleToWhoeverSeesTheComplaint() {
		Complaint complaint = received(false);

		assertThat(complaint.visibleComplainant()).hasValueSatisfying(who -> assertThat(who.phone()).isEqualTo("081234567890"));
		assertThat(complaint.allowedActions(coordinator)).doesNotContain(Action.VIEW_IDENTITY);
	}

	@Test
	void aNewComplaintAnnouncesItsRegistrationOnlyOnceTheRegisterGaveItAnId() {
		Complaint complaint = received(false);
		assertThat(complaint.domainEvents()).isEmpty();

		List<TimelineEntry> entries = complaint.takeUnsaved();
		complaint.markSaved(7L, 0, entries, List.of(700L));

		assertThat(complaint.domainEvents()).singleElement().isInstanceOfSatisfying(ComplaintRegistered.class,
				registered -> {
					assertThat(registered.complaintId()).isEqualTo(7L);
					assertThat(registered.trackingCode()).isEqualTo(complaint.trackingCode().value());
					assertThat(registered.channelId()).isEqualTo(1L);
					assertThat(registered.accessKey()).isEqualTo(KEY.value());
					assertThat(registered.complainantHasEmail()).isFalse();
				});
	}

	@Test
	void statusChangesAreAnnouncedOnceStoredAndOnlyUntilPublished() {
		Complaint complaint = stored(received(false), 7L);

		complaint.verify(classified, null, coordinator, t0);
		complaint.routeTo(SOCIAL_AID_UNIT, "Unit", null, coordinator, t0);

		assertThat(complaint.domainEvents()).containsExactly(
				new ComplaintStatusChanged(7L, ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, null),
				new ComplaintStatusChanged(7L, ComplaintStatus.VERIFIED, ComplaintStatus.ROUTED, SOCIAL_AID_UNIT),
				new ComplaintRouted(7L, SOCIAL_AID_UNIT));
		complaint.clearEvents();
		complaint.addNote("Catatan", coordinator, t0);
		assertThat(complaint.domainEvents()).isEmpty();
	}

	@Test
	void theActionTableNeverOffersWhatTheComplaintWouldRefuse() {
		for (ComplaintStatus status : ComplaintStatus.values()) {
			for (Handler handler : List.of(coordinator, unitOfficer, otherOfficer, helpDesk, head)) {
				Complaint complaint = inStatus(status);
				for (Action action : complaint.allowedActions(handler)) {
					Complaint fresh = inStatus(status);
					perform(fresh, action, handler);
					assertThat(fresh.timeline()).as("%s by %s from %s", action, handler.role(), status)
						.hasSizeGreaterThan(complaint.timeline().size());
				}
			}
		}
	}

	final Assignee aidOfficer = new Assignee(77L, "Petugas Bansos", SOCIAL_AID_UNIT, Set.of(SOCIAL_AID_UNIT, SUB_UNIT));

	final Assignee subUnitOfficer = new Assignee(78L, "Petugas Sub", SUB_UNIT, Set.of(SUB_UNIT));

	final Assignee elsewhere = new Assignee(79L, "Petugas Lain", OTHER_UNIT, Set.of(OTHER_UNIT));

	@Test
	void anAssignmentNamesTheOfficerInTheHistoryWithWhoAndWhen() {
		Complaint complaint = inStatus(ComplaintStatus.ROUTED);
		Instant later = t0.plusSeconds(3600);

		complaint.assignTo(aidOfficer, coordinator, later);

		assertThat(complaint.assignee()).contains(aidOfficer);
		assertThat(complaint.status()).as("assignment changes no status").isEqualTo(ComplaintStatus.ROUTED);
		TimelineEntry entry = complaint.timeline().get(complaint.timeline().size() - 1);
		assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.ASSIGNED);
		assertThat(entry.detail()).isEqualTo("Petugas Bansos");
		assertThat(entry.actorName()).isEqualTo("Koordinator");
		assertThat(entry.occurredAt()).isEqualTo(later);
		assertThat(entry.kind().isPublic()).as("the public does not see who handles it").isFalse();
	}

	@Test
	void anOfficerWhoDoesNotAnswerForTheComplaintsUnitCannotBeAssigned() {
		Complaint complaint = inStatus(ComplaintStatus.ROUTED);

		assertThatThrownBy(() -> complaint.assignTo(elsewhere, coordinator, t0)).isInstanceOf(ActionRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "complaint.assign.outsideUnit");
		assertThatThrownBy(() -> complaint.assignTo(subUnitOfficer, coordinator, t0))
			.as("an officer of a sub-unit does not answer for the unit above it").isInstanceOf(ActionRefused.class);
		assertThat(complaint.assignee()).isEmpty();
	}

	@Test
	void aUnitOfficerAssignsOnlyWithinTheirOwnUnitsSubtree() {
		Complaint complaint = inStatus(ComplaintStatus.ROUTED);
		Handler subOfficer = new Handler(new Actor(8L, "Petugas Sub", Role.UNIT_OFFICER, SUB_UNIT), Set.of(SUB_UNIT));

		assertThatThrownBy(() -> complaint.assignTo(aidOfficer, otherOfficer, t0)).isInstanceOf(ActionRefused.class);
		assertThatThrownBy(() -> complaint.assignTo(aidOfficer, subOfficer, t0)).isInstanceOf(ActionRefused.class);
		complaint.assignTo(aidOfficer, unitOfficer, t0);
		assertThat(complaint.assignee()).contains(aidOfficer);
		assertThatThrownBy(() -> complaint.assignTo(aidOfficer, head, t0)).isInstanceOf(ActionRefused.class);
	}

	@Test
	void routingToAnotherUnitOrReturningItClearsTheAssignee() {
		Complaint complaint = inStatus(ComplaintStatus.ROUTED);
		complaint.assignTo(aidOfficer, coordinator, t0);

		complaint.routeTo(OTHER_UNIT, "Lain", null, coordinator, t0);

		assertThat(complaint.assignee()).isEmpty();
	}

	@Test
	void aComplaintIsRaisedToTheHeadOnceAndOnlyByAduanItself() {
		Complaint complaint = inStatus(ComplaintStatus.ROUTED);
		Handler system = new Handler(Actor.system(), Set.of());

		assertThatThrownBy(() -> complaint.escalate(3, coordinator, t0)).isInstanceOf(ActionRefused.class);
		complaint.escalate(3, system, t0);
		assertThat(complaint.escalatedAt()).isEqualTo(t0);
		assertThat(complaint.timeline().get(complaint.timeline().size() - 1).kind())
			.isEqualTo(TimelineEntry.Kind.ESCALATED);
		assertThatThrownBy(() -> complaint.escalate(4, system, t0.plusSeconds(60))).isInstanceOf(ActionRefused.class);
		assertThat(complaint.escalatedAt()).isEqualTo(t0);
	}

	private void perform(Complaint complaint, Action action, Handler by) {
		switch (action) {
			case VERIFY -> complaint.verify(classified, null, by, t0);
			case CLASSIFY -> complaint.classify(classified, by, t0);
			case ROUTE -> complaint.routeTo(OTHER_UNIT, "Lain", null, by, t0);
			case FOLLOW_UP -> complaint.recordFollowUp("x", by, t0);
			case ANSWER -> complaint.answer("x", by, t0);
			case CLOSE -> complaint.close(null, by, t0);
			case HOLD -> complaint.hold("x", by, t0);
			case RESUME -> complaint.resume(null, by, t0);
			case REFER -> complaint.referTo("x", null, by, t0);
			case REJECT -> complaint.reject("x", by, t0);
			case MARK_DUPLICATE -> complaint.markDuplicateOf(stored(received(false), 999L), null, by, t0);
			case REOPEN -> complaint.reopen("x", by, t0);
			case RETURN -> complaint.returnToCoordinator("x", by, t0);
			case NOTE -> complaint.addNote("x", by, t0);
			case VIEW_IDENTITY -> complaint.revealIdentity(by, t0);
			case ASSIGN -> complaint.assignTo(new Assignee(77L, "Petugas Bansos", SOCIAL_AID_UNIT, Set.of(SOCIAL_AID_UNIT, SUB_UNIT)), by, t0);
			case ESCALATE -> complaint.escalate(3, by, t0);
		}
	}

	/** A complaint brought to {@code status} along the way a real one would get there, anonymous so every action applies. */
	private Complaint inStatus(ComplaintStatus status) {
		Complaint complaint = stored(received(true), 5L);
		switch (status) {
			case RECEIVED -> {
			}
			case VERIFIED -> complaint.verify(classified, null, coordinator, t0);
			case ROUTED -> toRouted(complaint);
			case IN_FOLLOW_UP -> {
				toRouted(complaint);
				complaint.recordFollowUp("x", unitOfficer, t0);
			}
			case ANSWERED -> {
				toRouted(complaint);
				complaint.answer("x", unitOfficer, t0);
			}
			case CLOSED -> {
				toRouted(complaint);
				complaint.answer("x", unitOfficer, t0);
				complaint.close(null, coordinator, t0);
			}
			case ON_HOLD -> complaint.hold("x", coordinator, t0);
			case NOT_OUR_AUTHORITY -> complaint.referTo("x", null, coordinator, t0);
			case REJECTED -> complaint.reject("x", coordinator, t0);
			case DUPLICATE -> complaint.markDuplicateOf(stored(received(false), 998L), null, coordinator, t0);
			case REOPENED -> {
				toRouted(complaint);
				complaint.answer("x", unitOfficer, t0);
				complaint.reopen("x", coordinator, t0);
			}
		}
		assertThat(complaint.status()).isEqualTo(status);
		return complaint;
	}

	private void toRouted(Complaint complaint) {
		complaint.verify(classified, null, coordinator, t0);
		complaint.routeTo(SOCIAL_AID_UNIT, "Unit", null, coordinator, t0);
	}

	private Complaint routedTo(long unitId) {
		return routedTo(unitId, false);
	}

	private Complaint routedTo(long unitId, boolean anonymous) {
		Complaint complaint = received(anonymous);
		complaint.verify(classified, null, coordinator, t0);
		complaint.routeTo(unitId, "Unit", null, coordinator, t0);
		return complaint;
	}

	private Complaint received(boolean anonymous) {
		NewComplaint draft = NewComplaint
			.of(new Arrival(1L, t0, null), new Matter("Bantuan sembako belum diterima",
					"Sudah tiga bulan bantuan sembako tidak diterima.", LocalDate.of(2026, 2, 1), "Namrole"))
			.from(new Complainant("Siti Aminah", "081234567890", null, "Desa Waelo"), anonymous, false);
		return Complaint.register(draft, TrackingCode.generate(new Random(1)), KEY,
				Actor.citizen(anonymous ? null : "Siti Aminah"), t0);
	}

	/** As if the repository had stored it and published its events: the complaint has an id from now on. */
	private static Complaint stored(Complaint complaint, long id) {
		List<TimelineEntry> entries = complaint.takeUnsaved();
		complaint.markSaved(id, 0, entries, entries.stream().map(entry -> id * 100).toList());
		complaint.clearEvents();
		return complaint;
	}
}

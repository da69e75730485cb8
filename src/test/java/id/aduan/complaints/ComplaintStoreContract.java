package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.audit.AuditTrail;
import id.aduan.calendar.CalendarEditing;
import id.aduan.calendar.DayKind;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * What the register must do on every database Aduan runs on: the same tests run on H2
 * ({@link ComplaintStoreOnH2Test}) and on a real PostgreSQL ({@link ComplaintStoreOnPostgresTest}).
 */
@RecordApplicationEvents
abstract class ComplaintStoreContract {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4 };

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	PublicTracking tracking;

	@Autowired
	Complaints complaints;

	@Autowired
	Catalog catalog;

	@Autowired
	AuditTrail audit;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CalendarEditing calendarEditing;

	@Autowired
	ApplicationEvents events;

	@Test
	void aRegisteredComplaintComesBackExactlyAsItWasGiven() {
		Instant received = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
		long categoryId = catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id();
		long serviceId = catalog.serviceByCode("L09").orElseThrow().id();
		TrackingCode code = registration.register(NewComplaint
			.of(new Arrival(channel("LETTER"), received, "Surat 005/12/2026"),
					new Matter("BPNT bulan Oktober belum cair",
							"Kartu keluarga kami terdaftar tetapi bantuan belum diterima.", LocalDate.of(2026, 10, 15),
							"Desa Waelo"))
			.from(new Complainant("Alexander Seleky", "0812 3456 7890", "seleky@example.id", "Desa Waelo"), false, true)
			.classifiedAs(new Classification(null, null, categoryId, serviceId))
			.attaching(List.of(new AttachmentUpload("kartu.png", "image/png", PNG))), staff.helpDesk().actor());

		Complaint stored = complaints.byTrackingCode(code).orElseThrow();
		assertThat(stored.receivedAt()).isEqualTo(received);
		assertThat(stored.channelReference()).isEqualTo("Surat 005/12/2026");
		assertThat(stored.complainant())
			.isEqualTo(new Complainant("Alexander Seleky", "081234567890", "seleky@example.id", "Desa Waelo"));
		assertThat(stored.isConfidential()).isTrue();
		assertThat(stored.isAnonymous()).isFalse();
		assertThat(stored.incidentDate()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(stored.classification().categoryId()).isEqualTo(categoryId);
		assertThat(stored.classification().serviceId()).isEqualTo(serviceId);
		assertThat(stored.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(stored.timeline()).singleElement()
			.satisfies(entry -> assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.REGISTERED));

		ComplaintDetails details = queries.details(stored.id(), staff.coordinator().actor());
		assertThat(details.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("kartu.png");
			assertThat(file.contentType()).isEqualTo("image/png");
			assertThat(file.sha256()).isEqualTo(sha256(PNG));
		});
		byte[] content = queries.attachment(stored.id(), details.attachments().get(0).id(), staff.head().actor())
			.orElseThrow()
			.content();
		assertThat(content).isEqualTo(PNG);
		assertThat(audit.forSubject("complaint", String.valueOf(stored.id())))
			.extracting(entry -> entry.action())
			.containsExactly("COMPLAINT_REGISTERED");
	}

	@Test
	void anInvalidComplaintStoresNothingAtAll() {
		long before = count();
		String title = "Judul " + UUID.randomUUID();

		assertThatThrownBy(() -> registration.register(NewComplaint
			.of(Arrival.by(channel("PHONE")), Matter.of(title, "pendek"))
			.from(new Complainant("Budi", "12", "bukan-surel", null))
			.attaching(List.of(new AttachmentUpload("x.exe", null, "MZ....".getBytes()))), staff.helpDesk().actor()))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field())
						.containsExactlyInAnyOrder("complainant.phone", "complainant.email", "description",
								"attachments"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void everyChangeIsAppendedToTheTimelineWithWhoAndWhen() {
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal officer = staff.unitOfficer("LINJAMSOS");
		long id = register("Pencairan PKH terlambat", false).id();

		handling.verify(id, 0, classification(), staff.unitId("LINJAMSOS"), "Lengkap", coordinator.actor());
		handling.recordFollowUp(id, null, "Dicek ke pendamping PKH",
				List.of(new AttachmentUpload("lapangan.png", null, PNG)), officer.actor());
		handling.answer(id, null, "Dana PKH tahap IV cair tanggal 20.", officer.actor());

		Complaint stored = complaints.byId(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(ComplaintStatus.ANSWERED);
		assertThat(stored.version()).isEqualTo(3);
		assertThat(stored.timeline()).extracting(TimelineEntry::kind)
			.containsExactly(TimelineEntry.Kind.REGISTERED, TimelineEntry.Kind.VERIFIED, TimelineEntry.Kind.ROUTED,
					TimelineEntry.Kind.FOLLOWED_UP, TimelineEntry.Kind.ANSWERED);
		assertThat(stored.timeline()).extracting(TimelineEntry::actorRole)
			.containsExactly(Role.HELPDESK, Role.COORDINATOR, Role.COORDINATOR, Role.UNIT_OFFICER, Role.UNIT_OFFICER);
		assertThat(stored.timeline().subList(1, 5)).extracting(TimelineEntry::actorId)
			.containsExactly(coordinator.id(), coordinator.id(), officer.id(), officer.id());
		assertThat(stored.timeline()).allSatisfy(entry -> assertThat(entry.id()).isNotNull());
		assertThat(queries.details(id, officer.actor()).attachments()).singleElement().satisfies(photo -> {
			assertThat(photo.purpose()).isEqualTo(Attachment.Purpose.DOCUMENTATION);
			assertThat(photo.entryId()).isEqualTo(stored.timeline().get(3).id());
		});
		assertThat(audit.forSubject("complaint", String.valueOf(id))).hasSize(5);
	}

	@Test
	void aChangeMadeMeanwhileBySomeoneElseIsRefusedAndNothingIsLost() {
		StaffPrincipal coordinator = staff.coordinator();
		long id = register("Dua petugas sekaligus", false).id();
		handling.addNote(id, 0, "Catatan pertama", coordinator.actor());

		assertThatThrownBy(() -> handling.addNote(id, 0, "Catatan dari halaman lama", coordinator.actor()))
			.isInstanceOfSatisfying(ActionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("complaint.concurrentChange"));
		assertThat(complaints.byId(id).orElseThrow().timeline()).extracting(TimelineEntry::note)
			.containsExactly(null, "Catatan pertama");
	}

	@Test
	void theComplainantsVerdictIsSavedWithTheComplaintUnderItsVersionCheck() {
		StaffPrincipal officer = staff.unitOfficer("LINJAMSOS");
		long id = register("Penilaian dari dua halaman", false).id();
		handling.verify(id, 0, classification(), staff.unitId("LINJAMSOS"), null, staff.coordinator().actor());
		handling.answer(id, null, "Dana sudah cair.", officer.actor());
		Complaint seenFirst = complaints.byId(id).orElseThrow();
		Complaint seenSecond = complaints.byId(id).orElseThrow();
		Handler complainant = new Handler(Actor.citizen(null), Set.of());

		seenFirst.rate(4, true, null, complainant, Instant.now());
		complaints.save(seenFirst);
		seenSecond.rate(1, false, null, complainant, Instant.now());

		assertThatThrownBy(() -> complaints.save(seenSecond)).isInstanceOfSatisfying(ActionRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("complaint.concurrentChange"));
		assertThat(jdbc.sql("select rating_score, rating_solved from complaint where id = ?")
			.param(id)
			.query((rs, row) -> rs.getInt("rating_score") + (rs.getBoolean("rating_solved") ? " solved" : " unsolved"))
			.single()).isEqualTo("4 solved");
	}

	@Test
	void aUnitOfficerFindsOnlyTheComplaintsOfTheirUnitsAndCannotOpenOthers() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		StaffPrincipal coordinator = staff.coordinator();
		long mine = register("Bantuan sosial " + marker, false).id();
		long theirs = register("Rehabilitasi " + marker, false).id();
		handling.verify(mine, null, classification(), staff.unitId("TAGANA"), null, coordinator.actor());
		handling.verify(theirs, null, classification(), staff.unitId("REHSOS"), null, coordinator.actor());

		StaffPrincipal parentUnitOfficer = staff.unitOfficer("LINJAMSOS");
		InboxPage page = queries.inbox(search(marker), parentUnitOfficer.actor());

		assertThat(page.rows()).extracting(InboxRow::id).containsExactly(mine);
		assertThat(page.total()).isEqualTo(1);
		assertThatThrownBy(() -> queries.details(theirs, parentUnitOfficer.actor())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> handling.answer(theirs, null, "Coba-coba", parentUnitOfficer.actor()))
			.isInstanceOf(NotFound.class);
		assertThat(queries.inbox(search(marker), coordinator.actor()).total()).isEqualTo(2);
		assertThat(queries.inbox(search(marker), staff.admin().actor()).total()).isZero();
	}

	@Test
	void theInboxFiltersByStatusChannelPeriodAndText() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Actor coordinator = staff.coordinator().actor();
		Complaint phoned = register("Telepon " + marker, false);
		Arrival walkedIn = new Arrival(channel("WALK_IN"), Instant.now().minus(40, ChronoUnit.DAYS), null);
		registration.register(NewComplaint.of(walkedIn,
				Matter.of("Datang langsung " + marker, "Keterangan yang cukup panjang untuk diterima.")), coordinator);
		handling.reject(phoned.id(), null, "Tidak jelas", coordinator);

		assertThat(titles(queries.inbox(new InboxQuery(ComplaintStatus.REJECTED, null, null, null, null, null, null,
				marker, 0, 20), coordinator))).containsExactly("Telepon " + marker);
		assertThat(titles(queries.inbox(new InboxQuery(null, null, channel("WALK_IN"), null, null, null, null,
				marker, 0, 20), coordinator))).containsExactly("Datang langsung " + marker);
		LocalDate today = LocalDate.now(catalog.office().zone());
		assertThat(titles(queries.inbox(new InboxQuery(null, null, null, null, null, today.minusDays(7), today,
				marker, 0, 20), coordinator))).containsExactly("Telepon " + marker);
		assertThat(titles(queries.inbox(search(phoned.trackingCode().value().toLowerCase().replace("-", " ")),
				coordinator))).containsExactly("Telepon " + marker);
		assertThat(queries.inbox(search("%"), coordinator).rows())
			.as("a percent sign is searched for, not used as a wildcard")
			.noneMatch(row -> row.title().contains(marker));
	}

	@Test
	void anAnonymousComplainantCannotBeFoundOrSeenByName() {
		String name = "Rahasia" + UUID.randomUUID().toString().substring(0, 6);
		Actor coordinator = staff.coordinator().actor();
		TrackingCode code = registration.register(NewComplaint
			.of(Arrival.by(channel("PHONE")), Matter.of("Pungutan liar", "Petugas meminta uang pengurusan."))
			.from(new Complainant(name, null, null, null), true, false), Actor.citizen(null));
		long id = complaints.byTrackingCode(code).orElseThrow().id();

		assertThat(queries.inbox(search(name), coordinator).total()).isZero();
		assertThat(queries.inbox(search(code.value()), coordinator).rows()).singleElement()
			.satisfies(row -> assertThat(row.complainantName()).isNull());
		assertThat(queries.details(id, coordinator).complainant()).isEmpty();

		assertThat(handling.revealIdentity(id, coordinator).name()).isEqualTo(name);
		assertThat(audit.forSubject("complaint", String.valueOf(id))).extracting(entry -> entry.action())
			.contains("IDENTITY_VIEWED");
	}

	@Test
	void thePublicSeesStatusAndAnswerButNoInternalNotesAndNoTitleOfAConfidentialComplaint() {
		Actor coordinator = staff.coordinator().actor();
		TrackingCode code = registration.register(NewComplaint
			.of(Arrival.by(channel("WEB_FORM")), Matter.of("Judul rahasia", "Isi yang tidak untuk umum."))
			.from(new Complainant("Ani", null, null, null), false, true), Actor.citizen("Ani"));
		long id = complaints.byTrackingCode(code).orElseThrow().id();
		handling.addNote(id, null, "Catatan internal koordinator", coordinator);
		handling.verify(id, null, classification(), null, null, coordinator);
		handling.answer(id, null, "Terima kasih, sudah kami tangani.", coordinator);

		PublicComplaintView view = tracking.view(code).orElseThrow();
		assertThat(view.title()).isNull();
		assertThat(view.status()).isEqualTo(ComplaintStatus.ANSWERED);
		assertThat(view.stage()).isEqualTo(PublicStage.RESPONSE);
		assertThat(view.answer()).isEqualTo("Terima kasih, sudah kami tangani.");
		assertThat(view.timeline()).extracting(PublicComplaintView.Event::kind)
			.containsExactly(TimelineEntry.Kind.REGISTERED, TimelineEntry.Kind.VERIFIED, TimelineEntry.Kind.ANSWERED);
		assertThat(view.timeline()).extracting(PublicComplaintView.Event::note)
			.doesNotContain("Catatan internal koordinator");
		assertThat(tracking.view(TrackingCode.parse("ADU-2222-2222").orElseThrow())).isEmpty();
	}

	@Test
	void aComplaintPastItsVerificationDeadlineIsFoundAsOverdueAndSortedFirst() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Actor coordinator = staff.coordinator().actor();
		Arrival late = new Arrival(channel("LETTER"), Instant.now().minus(30, ChronoUnit.DAYS), null);
		TrackingCode old = registration.register(
				NewComplaint.of(late, Matter.of("Lama " + marker, "Surat yang terlambat dicatat.")), coordinator);
		register("Baru " + marker, false);

		Complaint stored = complaints.byTrackingCode(old).orElseThrow();
		assertThat(stored.serviceLevel().name()).isEqualTo("Standar SP4N-LAPOR!");
		assertThat(stored.schedule().stage()).isEqualTo(DeadlineSchedule.Stage.VERIFICATION);
		assertThat(stored.schedule().verifyDue()).isBefore(LocalDate.now(catalog.office().zone()));

		InboxPage overdue = queries.inbox(new InboxQuery(null, null, null, null, null, null, null, marker,
				InboxQuery.Due.OVERDUE, InboxQuery.Sort.URGENCY, 0, 20), coordinator);
		assertThat(titles(overdue)).containsExactly("Lama " + marker);
		assertThat(overdue.rows().get(0).dueState()).isEqualTo(DeadlineSchedule.State.OVERDUE);
		assertThat(overdue.rows().get(0).overdueDays()).isPositive();
		assertThat(titles(queries.inbox(new InboxQuery(null, null, null, null, null, null, null, marker,
				InboxQuery.Due.ANY, InboxQuery.Sort.URGENCY, 0, 20), coordinator)))
			.containsExactly("Lama " + marker, "Baru " + marker);
		assertThat(queries.overdueByUnit()).containsKey(0L);
	}

	@Test
	void aHolidayAddedLaterMovesTheDeadlinesOfOpenComplaints() {
		Complaint complaint = register("Kalender berubah", false);
		LocalDate due = complaint.schedule().verifyDue();

		calendarEditing.addDay(new CalendarEditing.DayDraft(due, "Libur daerah mendadak", DayKind.REGIONAL_HOLIDAY,
				"Surat Edaran Bupati", false), staff.admin().actor());
		try {
			Complaint replanned = complaints.byId(complaint.id()).orElseThrow();
			assertThat(replanned.schedule().verifyDue()).isAfter(due);
			assertThat(replanned.version()).as("not a change anyone made to the complaint").isEqualTo(complaint.version());
		}
		finally {
			calendarEditing.removeDay(due, staff.admin().actor());
		}
		assertThat(complaints.byId(complaint.id()).orElseThrow().schedule().verifyDue()).isEqualTo(due);
	}

	@Test
	void pagingCountsEveryMatchOnce() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Actor coordinator = staff.coordinator().actor();
		for (int i = 0; i < 5; i++) {
			register("Halaman " + i + " " + marker, false);
		}
		InboxPage first = queries.inbox(new InboxQuery(null, null, null, null, null, null, null, marker, 0, 2),
				coordinator);
		InboxPage last = queries.inbox(new InboxQuery(null, null, null, null, null, null, null, marker, 2, 2),
				coordinator);

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.rows()).hasSize(2);
		assertThat(last.rows()).hasSize(1);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void complaintsSentAtTheSameMomentAreEachStoredWholeAndOnce() throws Exception {
		String batch = UUID.randomUUID().toString().substring(0, 8);
		int senders = 24;
		long before = count();
		List<Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			String title = "Serentak " + batch + " nomor " + i;
			Thread thread = new Thread(() -> {
				try {
					start.await();
					receipts.add(registration.registerWithReceipt(NewComplaint
						.of(Arrival.by(channel("API")),
								Matter.of(title, "Bantuan sosial keluarga kami belum diterima bulan ini."))
						.from(new Complainant("Warga " + title, "081234567890", null, null)),
							Actor.citizen("Warga " + title)));
				}
				catch (Throwable failed) {
					failures.add(failed);
				}
			});
			thread.start();
			threads.add(thread);
		}
		start.countDown();
		for (Thread thread : threads) {
			thread.join(30_000);
		}

		assertThat(failures).isEmpty();
		assertThat(receipts).hasSize(senders);
		assertThat(receipts.stream().map(receipt -> receipt.trackingCode().value()).distinct()).hasSize(senders);
		assertThat(count()).isEqualTo(before + senders);
		for (Receipt receipt : receipts) {
			Complaint stored = complaints.byTrackingCode(receipt.trackingCode()).orElseThrow();
			assertThat(stored.id()).isEqualTo(receipt.complaintId());
			assertThat(stored.title()).startsWith("Serentak " + batch);
			assertThat(stored.timeline()).singleElement()
				.satisfies(entry -> assertThat(entry.actorName()).isEqualTo("Warga " + stored.title()));
			assertThat(audit.forSubject("complaint", String.valueOf(stored.id()))).singleElement()
				.satisfies(line -> assertThat(line.detail()).isEqualTo(receipt.trackingCode().value()));
			assertThat(complaints.accessOf(receipt.trackingCode()).orElseThrow().getValue())
				.as("the access key given is the one kept")
				.isEqualTo(sha256(receipt.accessKey().value().getBytes(StandardCharsets.US_ASCII)));
		}
	}

	@Test
	void whatTheComplaintRegisteredIsPublishedOnceByTheStoreInsideTheTransactionThatStoresIt() {
		Actor coordinator = staff.coordinator().actor();
		long unit = staff.unitId("LINJAMSOS");
		Receipt receipt = transaction.execute(status -> {
			Receipt inside = registration.registerWithReceipt(apiComplaint("Diumumkan"), Actor.citizen("Warga"));
			assertThat(events.stream(ComplaintRegistered.class)).as("published before the commit").hasSize(1);
			return inside;
		});
		long id = receipt.complaintId();
		assertThat(events.stream(ComplaintRegistered.class)).singleElement().satisfies(registered -> {
			assertThat(registered.complaintId()).isEqualTo(id);
			assertThat(registered.trackingCode()).isEqualTo(receipt.trackingCode().value());
			assertThat(registered.channelId()).isEqualTo(channel("API"));
			assertThat(registered.accessKey()).isEqualTo(receipt.accessKey().value());
		});

		handling.verify(id, null, classification(), unit, null, coordinator);
		handling.addNote(id, null, "Catatan tanpa perubahan status", coordinator);

		assertThat(events.stream(ComplaintStatusChanged.class)).containsExactly(
				new ComplaintStatusChanged(id, ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, null),
				new ComplaintStatusChanged(id, ComplaintStatus.VERIFIED, ComplaintStatus.ROUTED, unit));
		assertThat(events.stream(ComplaintRouted.class)).containsExactly(new ComplaintRouted(id, unit));
		assertThat(events.stream(ComplaintRegistered.class)).hasSize(1);
	}

	@Test
	void aComplaintRegisteredInsideAChannelsTransactionIsCommittedOrRolledBackWithIt() {
		long before = count();
		Receipt kept = transaction.execute(
				status -> registration.registerWithReceipt(apiComplaint("Bersama kunci"), Actor.citizen("Warga")));
		List<Receipt> withdrawn = new ArrayList<>();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			withdrawn.add(registration.registerWithReceipt(apiComplaint("Ditarik kembali"), Actor.citizen("Warga")));
			throw new IllegalStateException("the channel's own row could not be written");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(complaints.byTrackingCode(kept.trackingCode())).isPresent();
		assertThat(withdrawn).singleElement()
			.satisfies(receipt -> assertThat(complaints.byTrackingCode(receipt.trackingCode())).isEmpty());
		assertThat(count()).isEqualTo(before + 1);
	}

	private NewComplaint apiComplaint(String title) {
		return NewComplaint
			.of(Arrival.by(channel("API")), Matter.of(title, "Bantuan sosial keluarga kami belum diterima bulan ini."))
			.from(new Complainant("Warga", "081234567890", null, null));
	}

	@Test
	void anAssignmentAndARaiseToTheHeadAreStoredReadBackAndQueried() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Actor coordinator = staff.coordinator().actor();
		StaffPrincipal officer = staff.unitOfficer("LINJAMSOS");
		Complaint routed = register("Tugas " + marker, false);
		handling.verify(routed.id(), null, classification(), catalog.unitByCode("LINJAMSOS").orElseThrow().id(), null,
				coordinator);
		handling.assign(routed.id(), null, officer.id(), coordinator);

		Complaint assigned = complaints.byId(routed.id()).orElseThrow();
		assertThat(assigned.assignee()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo(officer.displayName()));
		assertThat(queries.facts(routed.id()).orElseThrow().assigneeId()).isEqualTo(officer.id());
		InboxQuery mine = new InboxQuery(null, null, null, null, null, null, null, marker, null, null, true, List.of(), 0, 20);
		assertThat(titles(queries.inbox(mine, officer.actor()))).containsExactly("Tugas " + marker);
		assertThat(queries.inbox(mine, officer.actor()).rows().get(0).assigneeName()).isEqualTo(officer.displayName());

		Arrival late = new Arrival(channel("LETTER"), Instant.now().minus(30, ChronoUnit.DAYS), null);
		long overdueId = complaints.byTrackingCode(registration.register(
				NewComplaint.of(late, Matter.of("Lama " + marker, "Surat yang terlambat dicatat.")), coordinator))
			.orElseThrow().id();
		int days = queries.overdueNotEscalated().stream().filter(o -> o.complaintId() == overdueId).findFirst()
			.orElseThrow().days();
		assertThat(days).isGreaterThan(3);
		assertThat(handling.escalate(overdueId, days)).isTrue();
		assertThat(handling.escalate(overdueId, days + 1)).as("once").isFalse();
		assertThat(complaints.byId(overdueId).orElseThrow().escalatedAt()).isNotNull();
		assertThat(queries.overdueNotEscalated()).noneMatch(o -> o.complaintId() == overdueId);
		assertThat(queries.escalatedToHead(staff.head().actor())).extracting(InboxRow::title).contains("Lama " + marker);
	}

	private Complaint register(String title, boolean anonymous) {
		TrackingCode code = registration.register(NewComplaint
			.of(Arrival.by(channel("PHONE")), Matter.of(title, "Uraian pengaduan melalui telepon."))
			.from(new Complainant("Penelepon", "081200001111", null, null), anonymous, false),
				staff.helpDesk().actor());
		return complaints.byTrackingCode(code).orElseThrow();
	}

	private Classification classification() {
		return new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null);
	}

	private long channel(String code) {
		return catalog.itemByCode(ReferenceList.CHANNEL, code).orElseThrow().id();
	}

	private long count() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}

	private static InboxQuery search(String text) {
		return new InboxQuery(null, null, null, null, null, null, null, text, 0, 20);
	}

	private static List<String> titles(InboxPage page) {
		return page.rows().stream().map(InboxRow::title).toList();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (Exception impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}

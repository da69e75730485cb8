package id.aduan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;

/**
 * What the register of letter numbers must do on every database Aduan runs on: the same tests run on
 * H2 ({@link LetterNumberingOnH2Test}) and a real PostgreSQL ({@link LetterNumberingOnPostgresTest}).
 */
abstract class LetterNumberingContract {

	static final String KIND = "BERITA_ACARA_PEMBINAAN";

	@Autowired
	LetterNumbering numbering;

	@Autowired
	Staff staff;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail audit;

	@Test
	void concurrentRequestsGetSequentialNumbersWithNoDuplicateAndNoGap() throws Exception {
		int year = numbering.currentYear();
		Actor coordinator = staff.coordinator().actor();
		int threads = 8;
		int each = 12;
		int before = numbering.lastSequence(year);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<String>>> results = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					start.await();
					List<String> numbers = new ArrayList<>();
					for (int i = 0; i < each; i++) {
						numbers.add(numbering.issue(request(LocalDate.of(year, 1 + (thread + i) % 12, 1),
								"Surat " + thread + "-" + i), coordinator).formatted());
					}
					return numbers;
				}));
			}
			start.countDown();
			List<String> issued = new ArrayList<>();
			for (Future<List<String>> result : results) {
				issued.addAll(result.get(2, TimeUnit.MINUTES));
			}

			Set<Integer> sequences = new HashSet<>();
			for (String number : issued) {
				assertThat(number).matches("460/\\d+/[IVX]+/" + year);
				sequences.add(Integer.parseInt(number.split("/")[1]));
			}
			assertThat(sequences).as("no number twice").hasSize(threads * each);
			for (int sequence = before + 1; sequence <= before + threads * each; sequence++) {
				assertThat(sequences).as("no gap").contains(sequence);
			}
			assertThat(numbering.lastSequence(year)).isEqualTo(before + threads * each);
			assertThat(numbering.register(year)).extracting(line -> line.number().sequence())
				.containsAll(sequences)
				.doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNumberDrawnForADocumentThatIsNotStoredGoesBackAndIsGivenToTheNextOne() {
		int year = numbering.currentYear();
		Actor coordinator = staff.coordinator().actor();
		int before = numbering.lastSequence(year);

		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			numbering.issue(request(LocalDate.of(year, 3, 3), "Dokumen yang gagal disimpan"), coordinator);
			throw new IllegalStateException("the document could not be stored");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(numbering.lastSequence(year)).isEqualTo(before);
		IssuedNumber next = numbering.issue(request(LocalDate.of(year, 3, 3), "Dokumen berikutnya"), coordinator);
		assertThat(next.number().sequence()).isEqualTo(before + 1);
		assertThat(next.issuedBy()).isEqualTo(coordinator.name());
		assertThat(numbering.register(year)).extracting(IssuedNumber::about).doesNotContain("Dokumen yang gagal disimpan");
	}

	@Test
	void aNumberForAPastYearIsRefusedNamingTheDateAndNothingIsUsedUp() {
		int year = numbering.currentYear();
		int before = numbering.lastSequence(year);

		assertThatThrownBy(() -> numbering.issue(request(LocalDate.of(year - 1, 12, 31), "Terlambat"),
				staff.coordinator().actor()))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("date");
					assertThat(problem.messageKey()).isEqualTo("numbering.pastYear");
					assertThat(problem.arguments()).containsExactly(String.valueOf(year - 1), String.valueOf(year));
				}));
		assertThat(numbering.lastSequence(year - 1)).isZero();
		assertThat(numbering.register(year - 1)).isEmpty();
		assertThat(numbering.lastSequence(year)).isEqualTo(before);
	}

	@Test
	void theAdministratorsClassificationCodeGoesOnNewNumbersWhileIssuedOnesKeepTheirs() {
		int year = numbering.currentYear();
		Actor admin = staff.admin().actor();
		Actor coordinator = staff.coordinator().actor();
		IssuedNumber old = numbering.issue(request(LocalDate.of(year, 5, 2), "Dengan kode lama"), coordinator);
		try {
			numbering.changeClassification(KIND, "400.9", admin);
			IssuedNumber fresh = numbering.issue(request(LocalDate.of(year, 5, 2), "Dengan kode baru"), coordinator);

			assertThat(fresh.formatted()).isEqualTo("400.9/" + (old.number().sequence() + 1) + "/V/" + year);
			assertThat(numbering.register(year)).filteredOn(line -> line.id() == old.id())
				.singleElement()
				.satisfies(line -> assertThat(line.formatted()).startsWith("460/"));
			assertThat(numbering.kinds()).filteredOn(kind -> kind.code().equals(KIND))
				.singleElement()
				.satisfies(kind -> assertThat(kind.updatedBy()).isEqualTo(admin.name()));
		}
		finally {
			numbering.changeClassification(KIND, "460", admin);
		}
		assertThatThrownBy(() -> numbering.changeClassification(KIND, "4 6 0/", admin))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.extracting(problem -> problem.field()).containsExactly("classificationCode"));
		assertThatThrownBy(() -> numbering.changeClassification(KIND, "461", coordinator))
			.isInstanceOf(ActionRefused.class);
	}

	@Test
	void numbersUsedOutsideAduanAreRecordedAsAJumpThatOnlyGoesForward() {
		int year = numbering.currentYear();
		Actor admin = staff.admin().actor();
		int before = numbering.lastSequence(year);

		assertThatThrownBy(() -> numbering.jump(before, "mundur", admin)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field()).containsExactly("lastUsed"));
		assertThatThrownBy(() -> numbering.jump(before + 5, " ", admin)).isInstanceOf(InvalidInput.class);
		numbering.jump(before + 5, "Nomor 1 sampai 5 diketik manual sebelum Aduan dipakai", admin);

		IssuedNumber next = numbering.issue(request(LocalDate.of(year, 7, 7), "Sesudah lompatan"),
				staff.coordinator().actor());
		assertThat(next.number().sequence()).isEqualTo(before + 6);
		assertThat(numbering.jumps(year)).anySatisfy(jump -> {
			assertThat(jump.fromSequence()).isEqualTo(before);
			assertThat(jump.toSequence()).isEqualTo(before + 5);
			assertThat(jump.jumpedBy()).isEqualTo(admin.name());
		});
	}

	@Test
	void everySequenceOfTheYearIsInTheRegisterOrInARecordedJump() {
		int year = numbering.currentYear();
		numbering.issue(request(LocalDate.of(year, 1, 2), "Satu lagi"), staff.coordinator().actor());

		Set<Integer> accounted = new HashSet<>();
		numbering.register(year).forEach(line -> accounted.add(line.number().sequence()));
		numbering.jumps(year).forEach(jump -> {
			for (int sequence = jump.fromSequence() + 1; sequence <= jump.toSequence(); sequence++) {
				accounted.add(sequence);
			}
		});
		for (int sequence = 1; sequence <= numbering.lastSequence(year); sequence++) {
			assertThat(accounted).as("sequence " + sequence).contains(sequence);
		}
	}

	@Test
	void reopening2023AtLastNumber41GivesTheNextDocumentNumber42Of2023AndBothAreInTheAuditTrail() {
		Actor admin = staff.admin().actor();
		Actor coordinator = staff.coordinator().actor();
		LocalDate june = LocalDate.of(2023, 6, 14);
		assertThatThrownBy(() -> numbering.issue(request(june, "Berita Acara Pembinaan Juni 2023"), coordinator))
			.isInstanceOf(InvalidInput.class);

		YearOpening opening = numbering.reopen(2023, 41, "Berita Acara Juni 2023 dicatat susulan", admin);
		assertThat(opening.fromSequence()).isZero();
		assertThat(opening.lastUsed()).isEqualTo(41);
		IssuedNumber issued = numbering.issue(request(june, "Berita Acara Pembinaan Juni 2023"), coordinator);

		assertThat(issued.formatted()).isEqualTo("460/42/VI/2023");
		assertThat(numbering.register(2023)).extracting(IssuedNumber::formatted).containsExactly("460/42/VI/2023");
		assertThat(numbering.jumps(2023)).singleElement().satisfies(jump -> {
			assertThat(jump.fromSequence()).isZero();
			assertThat(jump.toSequence()).isEqualTo(41);
		});
		assertThat(audit.forSubject("letter_counter", "2023")).singleElement().satisfies(line -> {
			assertThat(line.action()).isEqualTo("LETTER_YEAR_REOPENED");
			assertThat(line.actor()).isEqualTo(admin.name());
			assertThat(line.detail()).contains("0 -> 41", "Berita Acara Juni 2023 dicatat susulan");
		});
		assertThat(audit.forSubject("letter_number", String.valueOf(issued.id()))).singleElement().satisfies(line -> {
			assertThat(line.action()).isEqualTo("LETTER_NUMBER_ISSUED");
			assertThat(line.actor()).isEqualTo(coordinator.name());
			assertThat(line.detail()).contains("460/42/VI/2023", "register tahun 2023 dibuka kembali");
		});

		numbering.closeYear(2023, admin);
		assertThatThrownBy(() -> numbering.issue(request(june, "Sesudah ditutup kembali"), coordinator))
			.isInstanceOf(InvalidInput.class);
		assertThat(numbering.lastSequence(2023)).isEqualTo(42);
		assertThat(audit.forSubject("letter_counter", "2023")).extracting(line -> line.action())
			.containsExactly("LETTER_YEAR_REOPENED", "LETTER_YEAR_CLOSED");
		assertThat(numbering.openings()).filteredOn(o -> o.year() == 2023).singleElement()
			.satisfies(o -> assertThat(o.isOpen()).isFalse());
	}

	@Test
	void onlyTheAdministratorReopensAPastYearAndItsNumbersNeverGoBack() {
		Actor admin = staff.admin().actor();
		assertThatThrownBy(() -> numbering.reopen(2022, 10, "Coba", staff.unitOfficer("PFM").actor()))
			.isInstanceOf(ActionRefused.class);
		assertThatThrownBy(() -> numbering.reopen(2022, 10, "Coba", staff.coordinator().actor()))
			.isInstanceOf(ActionRefused.class);
		assertThatThrownBy(() -> numbering.reopen(numbering.currentYear(), -1, " ", admin))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.extracting(problem -> problem.field()).containsExactlyInAnyOrder("year", "lastUsed", "reason"));
		assertThat(numbering.openings()).noneMatch(o -> o.year() == 2022);

		numbering.reopen(2022, 5, "Surat 2022 yang belum bernomor", admin);
		assertThat(numbering.issue(request(LocalDate.of(2022, 11, 1), "Surat November 2022"), staff.coordinator().actor())
			.number().sequence()).isEqualTo(6);
		assertThatThrownBy(() -> numbering.reopen(2022, 9, "Lagi", admin)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(problem -> problem.messageKey())
					.containsExactly("numbering.reopen.alreadyOpen"));
		numbering.closeYear(2022, admin);
		assertThatThrownBy(() -> numbering.reopen(2022, 3, "Mundur", admin)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("lastUsed");
					assertThat(problem.arguments()).containsExactly("6");
				}));
		assertThatThrownBy(() -> numbering.closeYear(2022, admin)).isInstanceOf(ActionRefused.class);
	}

	static LetterNumbering.Request request(LocalDate date, String about) {
		return new LetterNumbering.Request(KIND, date, "test", about, about);
	}
}

package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import id.aduan.audit.AuditSealing;
import id.aduan.audit.AuditVerification;
import id.aduan.audit.ChainReport;
import id.aduan.backup.BackupCommands;
import id.aduan.backup.DatabaseBackup;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;

/**
 * {@code backup} and {@code restore} through the same start-up as {@code java -jar}: a register
 * backed up from one database and restored into an empty one of the other kind holds the same
 * complaints, their files byte for byte, and an audit chain that still verifies against the head
 * written down before; a restore that could mix or damage registers is refused and writes nothing.
 */
class BackupAndRestoreTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void aRegisterBackedUpFromH2AndRestoredIntoPostgresIsTheSameToTheByte() {
		roundTrip(TestDatabase.h2(), TestPostgres.newDatabase());
	}

	@Test
	void aRegisterBackedUpFromPostgresAndRestoredIntoH2IsTheSameToTheByte() {
		roundTrip(TestPostgres.newDatabase(), TestDatabase.h2());
	}

	/**
	 * On H2 as on PostgreSQL, since a backup of the embedded default may run while Aduan serves: H2's
	 * REPEATABLE READ would read each table as of its own first read, and a complaint's timeline could
	 * then be in the backup without the complaint.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aBackupTakenWhileComplaintsArriveHoldsEachComplaintWholeOrNotAtAll(String kind) throws Exception {
		TestDatabase source = kind.equals("H2") ? TestDatabase.h2() : TestPostgres.newDatabase();
		Path backup = dir.resolve("cadangan-berjalan.zip");
		try (AduanInstance aduan = AduanInstance.start(source)) {
			SampleComplaints.register(aduan, 2);
			AtomicBoolean writing = new AtomicBoolean(true);
			ExecutorService writer = Executors.newSingleThreadExecutor();
			Future<?> arriving = writer.submit(() -> {
				while (writing.get()) {
					SampleComplaints.register(aduan, 1);
				}
			});
			try (OutputStream file = Files.newOutputStream(backup)) {
				await("complaints arriving before the backup").atMost(Duration.ofMinutes(2))
					.failFast("the complaints stopped arriving", arriving::isDone)
					.until(() -> complaints(aduan) > 2);
				aduan.bean(DatabaseBackup.class).write(file);
			}
			finally {
				writing.set(false);
				arriving.get(30, TimeUnit.SECONDS);
				writer.shutdown();
			}
		}
		TestDatabase target = TestDatabase.h2();
		assertThat(restore(backup, target)).as(text(err)).isZero();

		try (AduanInstance aduan = AduanInstance.start(target)) {
			assertThat(aduan.jdbc().sql("""
					select c.tracking_code from complaint c
					where (select count(*) from complaint_event e where e.complaint_id = c.id and e.kind = 'REGISTERED') <> 1
					   or (select count(*) from attachment a where a.complaint_id = c.id) <> 1
					   or (select count(*) from audit_entry a where a.subject_type = 'complaint'
					          and a.subject_id = cast(c.id as varchar(60)) and a.action = 'COMPLAINT_REGISTERED') <> 1""")
				.query(String.class).list()).as("complaints in the backup without their history, file or audit line").isEmpty();
			assertThat(aduan.jdbc().sql("""
					select count(*) from complaint_event e where not exists (select 1 from complaint c where c.id = e.complaint_id)""")
				.query(Long.class).single()).as("history in the backup of complaints that are not in it").isZero();
			assertThat(aduan.jdbc().sql("""
					select count(*) from audit_entry a where a.subject_type = 'complaint'
					and not exists (select 1 from complaint c where cast(c.id as varchar(60)) = a.subject_id)""")
				.query(Long.class).single()).as("audit lines in the backup of complaints that are not in it").isZero();
			assertThat(complaints(aduan)).isGreaterThan(2);
		}
	}

	@Test
	void aRestoreIntoADatabaseInUseIsRefusedAndChangesNothing() {
		TestDatabase source = TestDatabase.h2();
		Path backup = backupOf(source, 2);
		TestDatabase inUse = TestDatabase.h2();
		long before;
		try (AduanInstance aduan = AduanInstance.start(inUse)) {
			SampleComplaints.register(aduan, 1);
			before = complaints(aduan);
		}

		assertThat(restore(backup, inUse)).isEqualTo(BackupCommands.FAILED);
		assertThat(text(err)).contains("Basis data tujuan tidak kosong");
		try (AduanInstance aduan = AduanInstance.start(inUse)) {
			assertThat(complaints(aduan)).isEqualTo(before);
		}
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path backup = backupOf(TestDatabase.h2(), 1);
		Path damaged = dir.resolve("rusak.zip");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup));
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("tables/complaint.jsonl")) {
					content = new String(content, StandardCharsets.UTF_8).replace("Bantuan belum diterima", "Bantuan sudah diterima")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		TestDatabase target = TestDatabase.h2();

		assertThat(restore(damaged, target)).isEqualTo(BackupCommands.FAILED);
		assertThat(text(err)).contains("Cadangan rusak: berkas tabel complaint");
		try (var connection = target.connect();
				var tables = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			assertThat(tables.next()).as("no table was created").isFalse();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBackupMadeBeforeACapabilitysTablesExistedRestoresAndLeavesThemEmpty() throws Exception {
		Path backup = backupOf(TestDatabase.h2(), 2);
		JsonMapper json = JsonMapper.builder().build();
		Path older = dir.resolve("sebelum-rekap.zip");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup));
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(older))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().startsWith("tables/recap")) {
					continue;
				}
				if (entry.getName().equals("manifest.json")) {
					Map<String, Object> manifest = json.readValue(content, Map.class);
					((List<Map<String, Object>>) manifest.get("tables"))
						.removeIf(table -> table.get("name").toString().startsWith("recap"));
					content = json.writeValueAsBytes(manifest);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		TestDatabase target = TestDatabase.h2();

		assertThat(restore(older, target)).as(text(err)).isZero();
		assertThat(text(out)).contains("dipulihkan: 2 pengaduan");
		try (AduanInstance aduan = AduanInstance.start(target)) {
			assertThat(aduan.jdbc().sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(2);
			assertThat(aduan.jdbc().sql("select count(*) from recap").query(Long.class).single())
				.as("the recap tables a later capability added are there, empty").isZero();
		}
	}

	@Test
	void aBackupOfARegisterThatHadTheOfficeLogoAsV16RestoresWithItsLogo() {
		TestDatabase source = ReleaseWithLogoAtV16.prepare(TestDatabase.h2());
		Path backup = dir.resolve("cadangan-logo-v16.zip");
		assertThat(BackupCommands.backup(arguments(source, "--out", backup.toString()), AduanApplication::withoutWeb,
				print(out), print(err))).as(text(err)).isZero();
		TestDatabase target = TestDatabase.h2();

		assertThat(restore(backup, target)).as(text(err)).isZero();
		try (AduanInstance aduan = AduanInstance.start(target)) {
			assertThat(aduan.jdbc().sql("select content from office_logo where id = 1").query(byte[].class).single())
				.isEqualTo(ReleaseWithLogoAtV16.LOGO);
		}
	}

	@Test
	void aBackupNeverOverwritesAnEarlierOne() throws IOException {
		Path earlier = Files.writeString(dir.resolve("cadangan.zip"), "cadangan kemarin");

		assertThat(BackupCommands.backup(List.of("--out", earlier.toString()), AduanApplication::withoutWeb, print(out),
				print(err))).isEqualTo(BackupCommands.FAILED);
		assertThat(text(err)).contains("sudah ada");
		assertThat(Files.readString(earlier)).isEqualTo("cadangan kemarin");
	}

	private void roundTrip(TestDatabase source, TestDatabase target) {
		List<Map<String, Object>> complaintsBefore;
		List<Map<String, Object>> filesBefore;
		ChainReport chainBefore;
		Figures figuresBefore;
		ReportPeriod lastMonth = new ReportPeriod(LocalDate.now().minusDays(30), LocalDate.now().plusDays(1));
		try (AduanInstance aduan = AduanInstance.start(source)) {
			SampleComplaints.register(aduan, 6);
			aduan.bean(AuditSealing.class).sealPending();
			complaintsBefore = complaintRows(aduan);
			figuresBefore = aduan.bean(ComplaintStatistics.class).figures(lastMonth, null, Locale.ROOT);
			filesBefore = fileRows(aduan);
			chainBefore = aduan.bean(AuditVerification.class).verify(Optional.empty());
		}
		assertThat(filesBefore).hasSize(6);
		Path backup = dir.resolve("cadangan.zip");
		assertThat(BackupCommands.backup(arguments(source, "--out", backup.toString()), AduanApplication::withoutWeb,
				print(out), print(err))).as(text(err)).isZero();
		assertThat(text(out)).contains("Cadangan ditulis ke").contains(": 6 pengaduan, 6 lampiran dan foto");

		assertThat(restore(backup, target)).as(text(err)).isZero();
		assertThat(text(out)).contains("dipulihkan: 6 pengaduan").contains("Rantai jejak audit utuh");

		try (AduanInstance aduan = AduanInstance.start(target)) {
			assertThat(complaintRows(aduan)).isEqualTo(complaintsBefore);
			List<Map<String, Object>> filesAfter = fileRows(aduan);
			assertThat(filesAfter).isEqualTo(filesBefore);
			assertThat(filesAfter).allSatisfy(file -> assertThat(file.get("content_sha256")).isEqualTo(file.get("sha256")));
			ChainReport chainAfter = aduan.bean(AuditVerification.class)
				.verify(Optional.of(new AuditVerification.Anchor(chainBefore.headSeq(), chainBefore.headHash())));
			assertThat(chainAfter.intact()).as(chainAfter.toString()).isTrue();
			assertThat(chainAfter.sealed()).isEqualTo(chainBefore.sealed());
			Figures figuresAfter = aduan.bean(ComplaintStatistics.class).figures(lastMonth, null, Locale.ROOT);
			assertThat(figuresAfter.total()).isEqualTo(6);
			assertThat(figuresAfter).as("the report counts the restored register as it counted the original")
				.isEqualTo(figuresBefore);

			long highest = aduan.jdbc().sql("select max(id) from complaint").query(Long.class).single();
			SampleComplaints.register(aduan, 1);
			assertThat(aduan.jdbc().sql("select max(id) from complaint").query(Long.class).single())
				.as("new complaints are numbered after the restored ones").isGreaterThan(highest);
		}
	}

	private Path backupOf(TestDatabase database, int complaints) {
		try (AduanInstance aduan = AduanInstance.start(database)) {
			SampleComplaints.register(aduan, complaints);
		}
		Path backup = dir.resolve("cadangan-" + System.nanoTime() + ".zip");
		assertThat(BackupCommands.backup(arguments(database, "--out", backup.toString()), AduanApplication::withoutWeb,
				print(out), print(err))).as(text(err)).isZero();
		return backup;
	}

	private int restore(Path backup, TestDatabase target) {
		return BackupCommands.restore(arguments(target, "--in", backup.toString()), AduanApplication::withoutWeb,
				print(out), print(err));
	}

	private static List<String> arguments(TestDatabase database, String... options) {
		List<String> arguments = new ArrayList<>(List.of(options));
		arguments.addAll(database.settings());
		return arguments;
	}

	private static long complaints(AduanInstance aduan) {
		return aduan.jdbc().sql("select count(*) from complaint").query(Long.class).single();
	}

	private static List<Map<String, Object>> complaintRows(AduanInstance aduan) {
		return aduan.jdbc().sql("""
				select c.id, c.tracking_code, c.title, c.description, c.status, c.complainant_name, c.anonymous,
				       c.received_at, c.unit_id, c.verify_due, (select count(*) from complaint_event e where e.complaint_id = c.id) as events
				from complaint c order by c.id""").query().listOfRows().stream().map(BackupAndRestoreTest::portable).toList();
	}

	/** Each file with its stored checksum and the checksum of the bytes actually stored. */
	private static List<Map<String, Object>> fileRows(AduanInstance aduan) {
		return aduan.jdbc().sql("select id, complaint_id, file_name, sha256, content from attachment order by id")
			.query((rs, row) -> Map.<String, Object>of("id", rs.getLong("id"), "complaint", rs.getLong("complaint_id"),
					"file_name", rs.getString("file_name"), "sha256", rs.getString("sha256"), "content_sha256",
					sha256(rs.getBytes("content"))))
			.list();
	}

	/** Values as both databases read them alike (numbers as long, times as instants). */
	private static Map<String, Object> portable(Map<String, Object> row) {
		Map<String, Object> same = new java.util.TreeMap<>();
		row.forEach((column, value) -> same.put(column.toLowerCase(), value instanceof Number number ? number.longValue()
				: value instanceof java.time.OffsetDateTime time ? time.toInstant()
						: value instanceof java.sql.Timestamp time ? time.toInstant()
						: value instanceof java.sql.Date date ? date.toLocalDate() : value));
		return same;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}

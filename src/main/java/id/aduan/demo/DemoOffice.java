package id.aduan.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.coaching.SessionDraft;
import id.aduan.coaching.SessionKind;
import id.aduan.coaching.SessionPlanning;
import id.aduan.history.HistoryImport;
import id.aduan.history.HistoryImportResult;
import id.aduan.recaps.EntryDraft;
import id.aduan.recaps.RecapSubmission;
import id.aduan.system.ActionRefused;

/**
 * Fills an empty register with a year of a regency Social Affairs Office: complaints over every
 * channel, unit and month with their handling (most answered within the deadline, some late, the
 * latest still open, some overdue), the complainants' verdicts, the units' monthly recaps of the last
 * three months and one coaching session. Everything goes through the doors the office uses, so the
 * demo's figures are counted like real ones. The same seed gives the same office, relative to today.
 */
@Component
public class DemoOffice {

	/** What the demo put in. */
	public record Filled(int complaints, int recaps, int sessions) {
	}

	/** The demo refuses a register that already holds complaints: it would mix invented ones in. */
	public static final class RegisterNotEmpty extends RuntimeException {

		RegisterNotEmpty() {
			super("register not empty");
		}
	}

	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The coordinator on whose behalf the recaps and the session are entered. */
	static final Actor COORDINATOR = new Actor(null, "Kantor contoh (demo)", Role.COORDINATOR, null);

	static final Actor IMPORTER = new Actor(null, "Kantor contoh (demo)", Role.SYSTEM, null);

	/** Channels with how often citizens use them, as in the seed: social media first. */
	private static final String[][] CHANNELS = { { "INSTAGRAM", "28" }, { "FACEBOOK", "24" }, { "X", "4" },
			{ "TIKTOK", "5" }, { "YOUTUBE", "1" }, { "LINKEDIN", "1" }, { "CHAT", "10" }, { "PPID_WEB", "5" },
			{ "LAPOR", "8" }, { "EMAIL", "4" }, { "PHONE", "6" }, { "WALK_IN", "4" } };

	/** Working days to the answer, with their weights: most within a week, a tail of late ones. */
	private static final int[][] RESPONSE = { { 0, 14 }, { 1, 20 }, { 2, 18 }, { 3, 14 }, { 4, 9 }, { 5, 8 },
			{ 7, 7 }, { 10, 5 }, { 14, 3 }, { 20, 2 } };

	private static final String[] GIVEN_NAMES = { "Siti", "Ahmad", "Yohana", "Muhammad", "Maria", "Abdul",
			"Fransiska", "La Ode", "Wa Ode", "Hasan", "Nurhayati", "Yosef", "Salma", "Arman", "Petrus", "Rosmina" };

	private static final String[] FAMILY_NAMES = { "Latuconsina", "Solissa", "Tomia", "Lesbassa", "Mahulete",
			"Nurlette", "Wael", "Behuku", "Buton", "Souwakil", "Tasane", "Lamba" };

	private static final String[][] MATTERS = {
			{ "Bantuan pangan belum diterima", "Bantuan pangan non tunai untuk keluarga kami belum diterima sejak dua bulan terakhir, padahal nama kami terdaftar." },
			{ "Data DTKS tidak sesuai", "Nama kepala keluarga dalam DTKS tertulis salah sehingga pengajuan bantuan kami ditolak di desa." },
			{ "Permohonan rekomendasi PBI JKN", "Kami sudah mengajukan rekomendasi PBI JKN tiga minggu lalu tetapi belum ada kabar dari dinas." },
			{ "Petugas tidak ramah", "Petugas di loket pelayanan berbicara dengan nada tinggi ketika kami menanyakan syarat bantuan." },
			{ "Syarat surat keterangan miskin", "Mohon penjelasan syarat lengkap untuk rekomendasi surat keterangan miskin bagi anak kami yang akan kuliah." },
			{ "Rumah tidak layak huni", "Rumah orang tua kami rusak berat setelah hujan deras; mohon informasi pengusulan bantuan rumah tidak layak huni." },
			{ "Lansia terlantar", "Ada seorang lansia hidup sendiri tanpa keluarga di dusun kami dan membutuhkan pendampingan." },
			{ "PKH tidak cair", "Bantuan Program Keluarga Harapan tahap ini tidak masuk ke rekening kami, mohon dicek." },
			{ "Informasi jadwal penyaluran", "Kapan jadwal penyaluran bantuan sosial untuk kecamatan kami bulan ini?" },
			{ "Usulan pelatihan", "Kami mengusulkan pelatihan usaha kecil bagi penerima bantuan di desa kami." } };

	private final HistoryImport history;

	private final Catalog catalog;

	private final Calendars calendars;

	private final RecapSubmission recaps;

	private final SessionPlanning sessions;

	private final Clock clock;

	DemoOffice(HistoryImport history, Catalog catalog, Calendars calendars, RecapSubmission recaps,
			SessionPlanning sessions, Clock clock) {
		this.history = history;
		this.catalog = catalog;
		this.calendars = calendars;
		this.recaps = recaps;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Fills the register; refused ({@link RegisterNotEmpty}) when it holds any complaint. */
	public Filled fill(long seed) {
		if (!history.registerIsEmpty()) {
			throw new RegisterNotEmpty();
		}
		WorkingCalendar calendar = calendars.current();
		LocalDate today = calendar.today(clock.instant());
		byte[] file = complaints(new Random(seed), calendar, today).getBytes(StandardCharsets.UTF_8);
		HistoryImportResult result = history.importFile("kantor-contoh.csv", file, false, IMPORTER);
		if (result.refused()) {
			throw new IllegalStateException("Demo rows refused: " + result.problems());
		}
		int recapCount = recaps(new Random(seed + 1), YearMonth.from(today));
		int sessionCount = session(today);
		return new Filled(result.imported(), recapCount, sessionCount);
	}

	/** A year of complaints up to yesterday, as the office's own history file. */
	String complaints(Random random, WorkingCalendar calendar, LocalDate today) {
		List<String> columns = List.of("reference", "received_at", "channel", "title", "description",
				"complainant_name", "complainant_phone", "anonymous", "report_type", "category", "service", "unit",
				"verified_at", "routed_at", "answered_at", "answer", "closed_at", "rating", "solved");
		List<PublicService> services = catalog.activeServices();
		List<ReferenceItem> categories = catalog.activeItems(ReferenceList.CATEGORY);
		ZoneId zone = calendar.zone();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(columns);
			int n = 0;
			LocalDate first = today.minusMonths(12).withDayOfMonth(1);
			for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
				if (!calendar.isWorkingDay(day)) {
					continue;
				}
				int perDay = 2 + random.nextInt(4);
				for (int k = 0; k < perDay; k++, n++) {
					printer.printRecord(row(random, n, day, today, calendar, services, categories));
				}
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	private List<String> row(Random random, int n, LocalDate day, LocalDate today, WorkingCalendar calendar,
			List<PublicService> services, List<ReferenceItem> categories) {
		String[] matter = MATTERS[random.nextInt(MATTERS.length)];
		PublicService service = services.get(random.nextInt(services.size()));
		WorkUnit unit = catalog.unit(service.unitId()).orElseThrow();
		boolean anonymous = random.nextInt(12) == 0;
		String name = anonymous ? "" : GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + " "
				+ FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
		LocalTime at = LocalTime.of(8, 5 + random.nextInt(50));
		int days = weighted(random, RESPONSE);
		LocalDate answerDay = calendar.addWorkingDays(day, days);
		int age = calendar.workingDaysBetween(day, today);
		// The latest complaints are still being handled: the further the answer day, the likelier open.
		boolean answered = answerDay.isBefore(today) && !(age < 15 && random.nextInt(3) == 0);
		boolean routed = answered || age > 2 || random.nextBoolean();
		boolean verified = routed || age > 0;
		boolean closedByOffice = answered && random.nextInt(5) != 0
				&& calendar.addWorkingDays(answerDay, 2).isBefore(today);
		boolean rated = answered && random.nextInt(5) < 2;
		int score = weighted(random, new int[][] { { 5, 35 }, { 4, 35 }, { 3, 15 }, { 2, 10 }, { 1, 5 } });
		String reportType = matter[0].startsWith("Usulan") ? "ASPIRASI"
				: matter[0].startsWith("Informasi") || matter[0].startsWith("Syarat") ? "PERMINTAAN_INFORMASI"
						: "PENGADUAN";
		return List.of("DEMO-" + (n + 1), WRITTEN.format(day.atTime(at)), weighted(random, CHANNELS), matter[0],
				matter[1], name, anonymous ? "" : "08" + (1200000000L + random.nextInt(99999999)), String.valueOf(anonymous),
				reportType, categories.get(random.nextInt(Math.min(5, categories.size()))).code(), service.code(),
				routed ? unit.code() : "", verified ? WRITTEN.format(day.atTime(at.plusMinutes(40))) : "",
				routed ? WRITTEN.format(day.atTime(at.plusMinutes(90))) : "",
				answered ? WRITTEN.format(answerDay.atTime(days == 0 ? LocalTime.of(11, 0) : LocalTime.of(10, 15))) : "",
				answered ? "Terima kasih atas pengaduan Bapak/Ibu. " + unit.name()
						+ " telah menindaklanjuti dan menyampaikan hasilnya kepada pengadu." : "",
				closedByOffice ? WRITTEN.format(calendar.addWorkingDays(answerDay, 2).atTime(LocalTime.of(9, 0))) : "",
				rated ? String.valueOf(score) : "", rated ? String.valueOf(score >= 3) : "");
	}

	/** Recaps of the last three months from every unit without an officer, entered on its behalf. */
	private int recaps(Random random, YearMonth thisMonth) {
		int sent = 0;
		List<WorkUnit> units = catalog.unitTree().orderedActive().stream().map(node -> node.unit())
			.filter(unit -> !unit.isRoot())
			.toList();
		long walkIn = catalog.itemByCode(ReferenceList.CHANNEL, "WALK_IN").map(ReferenceItem::id).orElseThrow();
		for (int back = 3; back >= 1; back--) {
			YearMonth month = thisMonth.minusMonths(back);
			for (WorkUnit unit : units) {
				try {
					recaps.addEntry(unit.id(), month, new EntryDraft(walkIn, null, null, null, "CLOSED",
							1 + random.nextInt(4), 1 + random.nextInt(5), "Pengaduan lisan di kantor unit"), COORDINATOR);
					recaps.submit(unit.id(), month, COORDINATOR, Locale.forLanguageTag("id"));
					sent++;
				}
				catch (ActionRefused unitHasItsOwnOfficer) {
					// A unit with an officer sends its own recap; the demo does not speak for it.
				}
			}
		}
		return sent;
	}

	private int session(LocalDate today) {
		LocalDate day = today.minusMonths(1).withDayOfMonth(15);
		sessions.create(new SessionDraft(SessionKind.COACHING, "Pembinaan pengelolaan pengaduan pelayanan publik", day,
				"09:00", "12:00", "Aula Dinas Sosial", "Meningkatkan kualitas pengelolaan pengaduan di setiap unit kerja.",
				"Setiap unit kerja menyampaikan rekapitulasi pengaduan paling lambat tanggal 5 bulan berikutnya.",
				List.of(), ""), COORDINATOR);
		return 1;
	}

	private static String weighted(Random random, String[][] choices) {
		int total = 0;
		for (String[] choice : choices) {
			total += Integer.parseInt(choice[1]);
		}
		int pick = random.nextInt(total);
		for (String[] choice : choices) {
			pick -= Integer.parseInt(choice[1]);
			if (pick < 0) {
				return choice[0];
			}
		}
		return choices[0][0];
	}

	private static int weighted(Random random, int[][] choices) {
		int total = 0;
		for (int[] choice : choices) {
			total += choice[1];
		}
		int pick = random.nextInt(total);
		for (int[] choice : choices) {
			pick -= choice[1];
			if (pick < 0) {
				return choice[0];
			}
		}
		return choices[0][0];
	}
}

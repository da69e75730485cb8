package id.aduan.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.OfficeProfile;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.language.IndonesianDates;
import id.aduan.language.NumberWords;
import id.aduan.reports.OfficialReport.Block;
import id.aduan.reports.OfficialReport.Chart;
import id.aduan.reports.OfficialReport.Items;
import id.aduan.reports.OfficialReport.Paragraph;
import id.aduan.reports.OfficialReport.Section;
import id.aduan.system.Problems;

/**
 * Writes the report in the seed's structure and the seed's way of writing figures — "N (terbilang)
 * atau P% pengaduan …" — but right: the words are ICU4J's, every share is its own count over the total rounded
 * half-up, every breakdown closes with its total line, the
 * total is stated once and every breakdown adds up to it, and the report is never signed before its
 * period ends.
 */
@Component
public class ReportWriting {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final ComplaintStatistics statistics;

	private final ReportSettings settings;

	private final Sanctions sanctions;

	private final Catalog catalog;

	private final Clock clock;

	ReportWriting(ComplaintStatistics statistics, ReportSettings settings, Sanctions sanctions, Catalog catalog,
			Clock clock) {
		this.statistics = statistics;
		this.settings = settings;
		this.sanctions = sanctions;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The signing date a report gets when none is chosen: today, never a day still to come. */
	public LocalDate defaultSigningDate(ReportPeriod period) {
		return today();
	}

	/**
	 * The report of a period signed on a day: never a day still to come, and not before the period ends,
	 * unless the period is still running; such a report is signed today and says throughout that its
	 * figures stand as of today ("keadaan hingga tanggal …").
	 */
	public OfficialReport write(ReportPeriod period, LocalDate signedOn) {
		LocalDate today = today();
		LocalDate signing = signedOn == null ? defaultSigningDate(period) : signedOn;
		boolean running = today.isBefore(period.to());
		new Problems().check(!signing.isAfter(today), "signedOn", "report.signedOn.future", IndonesianDates.formal(today))
			.check(signing.isAfter(today) || !signing.isBefore(period.to()) || running && signing.equals(today),
					"signedOn", "report.signedOn.beforeEnd", IndonesianDates.formal(period.to()))
			.throwIfAny();
		OfficeProfile office = catalog.office();
		ReportSettings.Texts texts = settings.current();
		Figures f = statistics.figures(period, null, INDONESIAN);
		String periodLabel = period.label();
		String total = phrase(f.total());
		List<Section> sections = new ArrayList<>();

		sections.add(new Section("1", "GAMBARAN UMUM PENGADUAN PUBLIK", paragraphs(texts.generalText())));
		sections.add(new Section("2", "LAYANAN PENGADUAN PUBLIK", List.of()));
		sections.add(new Section("2.1", "BENTUK PENGADUAN", List.of(new Paragraph(
				"Sesuai dengan Pasal 1 Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik, "
						+ "pengaduan oleh masyarakat dapat berkaitan dengan:"),
				new Items(punctuated(catalog.activeItems(ReferenceList.FORM).stream().map(ReferenceItem::inSentence).toList()),
						true))));
		sections.add(new Section("2.2", "SALURAN PENGADUAN", List.of(new Paragraph(
				"Sarana dan media yang disediakan bagi masyarakat untuk menyampaikan pengaduan kepada " + office.fullName()
						+ " adalah:"),
				new Items(punctuated(channelList(office)), true))));
		sections.add(new Section("3", "MEKANISME PENGELOLAAN PENGADUAN PUBLIK", paragraphs(texts.mechanismText())));
		sections.add(new Section("4", "PERKEMBANGAN PENGELOLAAN PENGADUAN PUBLIK", List.of()));

		List<Block> channel = new ArrayList<>();
		channel.add(new Paragraph("Pada periode " + periodLabel + ", " + office.fullName() + " telah menerima sebanyak "
				+ total + " pengaduan melalui beberapa sarana dan media pengaduan dengan rincian sebagai berikut:"));
		channel.addAll(lines(f.byChannel()));
		if (f.duplicates() + f.notOurAuthority() > 0) {
			channel.add(new Paragraph("Di luar jumlah tersebut, tercatat pula " + phrase(f.duplicates())
					+ " pengaduan duplikat (pengaduan yang sama melalui saluran lain) dan " + phrase(f.notOurAuthority())
					+ " pengaduan yang bukan wewenang " + office.fullName()
					+ " dan telah diteruskan kepada instansi yang berwenang."));
		}
		sections.add(new Section("4.1", "REKAPITULASI PENGADUAN BERDASARKAN SARANA DAN MEDIA PENGADUAN", channel));
		sections.add(breakdown("4.2", "REKAPITULASI PENGADUAN BERDASARKAN BULAN", f.byMonth(),
				"Rincian pengaduan yang diterima per bulan pada periode " + periodLabel + " adalah sebagai berikut:"));
		sections.add(breakdown("4.3", "REKAPITULASI PENGADUAN BERDASARKAN KATEGORI PERMASALAHAN", f.byCategory(),
				"Berdasarkan bentuk permasalahan, pengaduan yang diterima dapat diklasifikasikan sebagai berikut:"));
		sections.add(responseTime(f, today));
		sections.add(breakdown("4.5", "REKAPITULASI PENGADUAN BERDASARKAN SATUAN KERJA", f.byUnit(),
				"Berdasarkan satuan kerja yang menindaklanjuti, pengaduan yang diterima dapat diklasifikasikan sebagai berikut:"));
		sections.add(sanctionSection(period, today));
		if (f.byService().lines().stream().anyMatch(line -> !line.code().equals(ComplaintStatistics.NONE))) {
			sections.add(breakdown("4.7", "REKAPITULASI PENGADUAN BERDASARKAN LAYANAN", f.byService(),
					"Berdasarkan layanan yang diadukan, pengaduan yang diterima dapat dirinci sebagai berikut:"));
		}
		if (!f.ratings().isEmpty()) {
			sections.add(ratingSection(f));
		}
		List<String> footnotes = new ArrayList<>(List.of(
				"Setiap pengaduan dihitung satu kali, pada periode pengaduan itu diterima, menurut zona waktu kantor; pengaduan yang dibuka kembali tidak dihitung ulang.",
				"Pengaduan duplikat dan pengaduan yang bukan wewenang kantor dihitung tersendiri dan tidak termasuk dalam jumlah pengaduan.",
				"Jangka waktu penanggapan dihitung dalam hari kerja menurut kalender hari libur nasional dan cuti bersama (SKB) serta jam kerja kantor; waktu ketika pengaduan ditunda menunggu kelengkapan dari pengadu tidak dihitung.",
				"Setiap persentase adalah jumlah pengaduan butir itu dibagi jumlah seluruhnya, dibulatkan ke atas mulai setengah menjadi satu angka desimal; karena itu jumlah persentase suatu rincian dapat sedikit berbeda dari 100,0%."));
		if (f.usesFrozenMonths()) {
			footnotes.add(frozenNote(f, period));
		}
		return new OfficialReport(office, period, signing, today,
				"LAPORAN PENGELOLAAN PENGADUAN PELAYANAN PUBLIK " + office.fullName().toUpperCase(INDONESIAN),
				sections, footnotes, texts.closingText(), f);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(catalog.office().zone()));
	}

	/** Which closed months the figures froze, and which revision of each: "Januari 2023 (revisi 1), …". */
	static String frozenNote(Figures f, ReportPeriod period) {
		String months = f.revisions()
			.entrySet()
			.stream()
			.map(e -> IndonesianDates.monthName(e.getKey().getMonth()) + " " + e.getKey().getYear() + " (revisi "
					+ e.getValue() + ")")
			.collect(java.util.stream.Collectors.joining(", "));
		boolean all = f.revisions().size() == period.months().size();
		return "Angka bulan " + months + " adalah angka konsolidasi yang dibekukan ketika bulan tersebut ditutup "
				+ "(rekapitulasi bulanan unit kerja), termasuk pengaduan yang diterima unit kerja di luar Aduan"
				+ (all ? "." : "; angka bulan lainnya dihitung langsung dari register pengaduan.");
	}

	/**
	 * Section 4.4, where the complaints stand: counted as they are today (the day the report is made),
	 * and for closed months as they stood when the month was closed; the text says which.
	 */
	private Section responseTime(Figures f, LocalDate today) {
		Breakdown b = f.byResponseTime();
		List<Block> blocks = new ArrayList<>();
		if (b.isEmpty()) {
			blocks.add(new Paragraph("Tidak terdapat pengaduan pada periode ini."));
			return new Section("4.4", "STATUS TINDAK LANJUT PENANGANAN PENGADUAN", blocks);
		}
		String frozen = f.usesFrozenMonths()
				? " (untuk bulan yang telah ditutup, menurut keadaan ketika bulan tersebut ditutup)" : "";
		blocks.add(new Paragraph("Hingga tanggal " + IndonesianDates.formal(today) + frozen + ", dari "
				+ phrase(f.total()) + " pengaduan yang diterima pada periode ini, status tindak lanjutnya adalah sebagai berikut:"));
		blocks.add(listed(progress(f.byStatus())));
		blocks.add(new Paragraph("Berdasarkan jangka waktu penanggapannya, " + phrase(f.total())
				+ " pengaduan tersebut dapat dirinci sebagai berikut:"));
		List<Line> items = new ArrayList<>();
		for (Breakdown.Line line : b.lines()) {
			String what;
			if (line.code().equals(ComplaintStatistics.NONE)) {
				what = "pengaduan belum ditanggapi";
			}
			else if (line.code().equals("0")) {
				what = "pengaduan ditanggapi pada hari yang sama";
			}
			else {
				what = "pengaduan ditanggapi dalam waktu " + phrase(Long.parseLong(line.code())) + " hari kerja";
			}
			items.add(new Line(line.count(), line.percent(), what));
		}
		blocks.add(listed(items));
		blocks.add(new Chart("Persentase Pengaduan Berdasarkan Jangka Waktu Penanggapan", b));
		return new Section("4.4", "STATUS TINDAK LANJUT PENANGANAN PENGADUAN", blocks);
	}

	/**
	 * Where the period's complaints stand, in the words of section 4.4: finished, answered and waiting to
	 * be closed, still in process, refused. Groups nobody is in are left out.
	 */
	static List<Line> progress(Breakdown byStatus) {
		Map<String, Long> counts = new java.util.HashMap<>();
		byStatus.lines().forEach(line -> counts.put(line.code(), line.count()));
		long total = byStatus.total();
		List<Line> lines = new ArrayList<>();
		Object[][] groups = {
				{ "pengaduan telah selesai ditindaklanjuti dan ditutup", List.of(ComplaintStatus.CLOSED) },
				{ "pengaduan telah ditanggapi dan menunggu penutupan", List.of(ComplaintStatus.ANSWERED) },
				{ "pengaduan masih dalam proses tindak lanjut",
						List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.ROUTED,
								ComplaintStatus.IN_FOLLOW_UP, ComplaintStatus.ON_HOLD, ComplaintStatus.REOPENED) },
				{ "pengaduan ditolak karena tidak memenuhi syarat", List.of(ComplaintStatus.REJECTED) } };
		for (Object[] group : groups) {
			long count = 0;
			for (Object status : (List<?>) group[1]) {
				count += counts.getOrDefault(((ComplaintStatus) status).name(), 0L);
			}
			if (count > 0) {
				lines.add(new Line(count, Shares.of(count, total), (String) group[0]));
			}
		}
		return lines;
	}

	/** One line of a written breakdown: its count, its share and what it says of them. */
	record Line(long count, BigDecimal percent, String what) {
	}

	private Section sanctionSection(ReportPeriod period, LocalDate today) {
		List<Sanction> imposed = sanctions.imposedIn(period);
		if (imposed.isEmpty()) {
			String until = today.isBefore(period.to()) ? "Hingga tanggal " + IndonesianDates.formal(today)
					: "Hingga akhir periode " + period.label();
			return new Section("4.6", "PENJATUHAN SANKSI", List.of(new Paragraph(until
					+ ", berdasarkan pengaduan yang diterima, tidak terdapat pengaduan yang menimbulkan penjatuhan sanksi.")));
		}
		List<String> items = new ArrayList<>();
		for (Sanction sanction : imposed) {
			items.add(sanctionName(sanction.kind()) + " pada " + sanction.unitName() + ", "
					+ IndonesianDates.formal(sanction.imposedOn()) + ", keputusan nomor " + sanction.decreeNumber()
					+ " (pengaduan " + sanction.trackingCode() + ")");
		}
		return new Section("4.6", "PENJATUHAN SANKSI", List.of(
				new Paragraph("Pada periode " + period.label() + " dijatuhkan " + phrase(imposed.size())
						+ " sanksi sebagai tindak lanjut pengaduan, yaitu:"),
				new Items(punctuated(items), false)));
	}

	private Section ratingSection(Figures f) {
		List<Block> blocks = new ArrayList<>();
		RatingSummary r = f.ratings();
		blocks.add(new Paragraph("Pengadu diminta menilai tanggapan yang diterimanya pada skala satu sampai lima. Nilai rata-rata yang diberikan adalah "
				+ r.average().toPlainString().replace('.', ',')
				+ ". Rincian seluruh pengaduan yang diterima pada periode ini berdasarkan penilaian pengadu adalah sebagai berikut:"));
		List<Line> items = new ArrayList<>();
		for (Breakdown.Line line : f.byRating().lines()) {
			if (line.count() == 0) {
				continue;
			}
			items.add(new Line(line.count(), line.percent(),
					line.code().equals(ComplaintStatistics.NONE) ? "pengaduan belum dinilai oleh pengadu"
							: "pengaduan dinilai " + phrase(Long.parseLong(line.code())) + " oleh pengadu"));
		}
		blocks.add(listed(items));
		blocks.add(new Chart("Persentase Pengaduan Berdasarkan Penilaian Pengadu", f.byRating()));
		return new Section("4.8", "PENILAIAN PENGADU ATAS TANGGAPAN", blocks);
	}

	private Section breakdown(String number, String heading, Breakdown b, String intro) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(intro));
		blocks.addAll(lines(b));
		return new Section(number, heading, blocks);
	}

	/**
	 * What a line of a breakdown says of its complaints, as a sentence reads: reference items in their
	 * sentence form ("diterima melalui datang langsung ke help desk Ruang PPID"), services named once
	 * ("terkait Layanan Kemiskinan Ekstrem", not "layanan Layanan …"), and the lines of complaints the
	 * breakdown cannot place written out ("belum didisposisikan kepada satuan kerja").
	 */
	String what(Breakdown.Dimension dimension, Breakdown.Line line) {
		boolean none = line.code().equals(ComplaintStatistics.NONE);
		return switch (dimension) {
			case CHANNEL -> "pengaduan diterima melalui " + inSentence(ReferenceList.CHANNEL, line);
			case MONTH -> "pengaduan diterima pada bulan " + line.label();
			case CATEGORY -> none ? "pengaduan belum diklasifikasikan menurut kategori permasalahan"
					: "pengaduan terkait " + inSentence(ReferenceList.CATEGORY, line);
			case UNIT -> none ? "pengaduan belum didisposisikan kepada satuan kerja"
					: "pengaduan ditujukan kepada " + line.label();
			case SERVICE -> none ? "pengaduan tidak terkait layanan tertentu" : "pengaduan terkait " + service(line.label());
			case FORM -> none ? "pengaduan yang bentuknya tidak dicatat"
					: "pengaduan berupa " + inSentence(ReferenceList.FORM, line);
			case REPORT_TYPE -> none ? "laporan yang jenisnya belum diklasifikasikan"
					: "laporan berupa " + inSentence(ReferenceList.REPORT_TYPE, line);
			default -> "pengaduan " + line.label().toLowerCase(INDONESIAN);
		};
	}

	private String inSentence(ReferenceList list, Breakdown.Line line) {
		return catalog.items(list)
			.stream()
			.filter(item -> item.code().equals(line.code()))
			.findFirst()
			.map(ReferenceItem::inSentence)
			.orElse(line.label());
	}

	/** "layanan Program Keluarga Harapan", but "Layanan Kemiskinan Ekstrem" as it is named. */
	static String service(String name) {
		return name.toLowerCase(INDONESIAN).startsWith("layanan ") ? name : "layanan " + name;
	}

	/**
	 * Section 2.2: each channel a citizen can use, with the page, address, number or e-mail the office
	 * publishes for it; the channel's own contact, else the office profile's for e-mail, telephone, letters
	 * and visits, else the channel's link on the front page as a reader would type it
	 * ({@code https://www.instagram.com/akun} reads "instagram.com/akun"), so that an office that keeps
	 * only the link prints it too. Channels no citizen chooses (other applications sending through the
	 * API) are left out.
	 */
	private List<String> channelList(OfficeProfile office) {
		List<String> items = new ArrayList<>();
		Map<Long, String> links = catalog.channelAddresses();
		for (ReferenceItem channel : catalog.activeItems(ReferenceList.CHANNEL)) {
			if (channel.code().equals("API")) {
				continue;
			}
			String contact = channel.contact();
			if (contact == null || contact.isBlank()) {
				contact = switch (channel.code()) {
					case "EMAIL" -> office.email();
					case "PHONE" -> office.phone();
					case "WALK_IN", "LETTER" -> office.address() + ", " + office.city();
					case "PPID_WEB" -> office.website();
					default -> readable(links.get(channel.id()));
				};
			}
			items.add(contact == null || contact.isBlank() ? channel.name() : channel.name() + ": " + contact);
		}
		return items;
	}

	/** A link as printed: without its scheme, "www." or a closing slash; nothing for a path on Aduan itself. */
	static String readable(String link) {
		if (link == null || link.isBlank() || link.startsWith("/")) {
			return null;
		}
		String bare = link.strip().replaceFirst("^(?i)(https?://|mailto:|tel:)", "").replaceFirst("^(?i)www\\.", "");
		return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
	}

	/** The numbered lines of a breakdown and its chart; a breakdown of nothing says so. */
	private List<Block> lines(Breakdown b) {
		if (b.isEmpty()) {
			return List.of(new Paragraph("Tidak terdapat pengaduan pada periode ini."));
		}
		List<Line> items = new ArrayList<>();
		for (Breakdown.Line line : b.lines()) {
			items.add(new Line(line.count(), line.percent(), what(b.dimension(), line)));
		}
		return List.of(listed(items), new Chart(chartTitle(b.dimension()), b));
	}

	/**
	 * A breakdown as a numbered list closed by its total line, which says 100,0%; when the shares shown
	 * add up to something else (99,9 or 100,1, each share being rounded on its own), a short note says so.
	 */
	static Items listed(List<Line> lines) {
		List<String> items = new ArrayList<>();
		long total = 0;
		for (Line line : lines) {
			items.add(item(line.count(), line.percent(), line.what()));
			total += line.count();
		}
		BigDecimal gap = Shares.roundingGap(lines.stream().map(Line::percent).toList());
		String note = gap == null ? null
				: "Persentase rincian di atas berjumlah " + percent(gap)
						+ ", bukan 100,0%, karena setiap persentase dibulatkan tersendiri.";
		return new Items(punctuated(items), false, "Jumlah: " + phrase(total) + " pengaduan atau 100,0%.", note);
	}

	/** "2 (dua) atau 25,0% pengaduan diterima melalui Instagram". */
	static String item(long count, BigDecimal share, String what) {
		return phrase(count) + " atau " + percent(share) + " " + what;
	}

	/** "1627 (seribu enam ratus dua puluh tujuh)". */
	static String phrase(long number) {
		return number + " (" + NumberWords.of(number) + ")";
	}

	static String percent(BigDecimal share) {
		return share.setScale(1).toPlainString().replace('.', ',') + "%";
	}

	/** Items end with ";", the one before the last with "; dan", the last with ".". */
	static List<String> punctuated(List<String> items) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String end = i == items.size() - 1 ? "." : i == items.size() - 2 ? "; dan" : ";";
			result.add(items.get(i) + end);
		}
		return result;
	}

	private static List<Block> paragraphs(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : text.split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				blocks.add(new Paragraph(paragraph.strip().replaceAll("\\s*\\R\\s*", " ")));
			}
		}
		return blocks;
	}

	private static String chartTitle(Breakdown.Dimension dimension) {
		return switch (dimension) {
			case CHANNEL -> "Persentase Pengaduan Berdasarkan Sarana dan Media Pengaduan";
			case MONTH -> "Persentase Pengaduan Berdasarkan Bulan";
			case CATEGORY -> "Persentase Pengaduan Berdasarkan Kategori";
			case UNIT -> "Persentase Pengaduan Berdasarkan Satuan Kerja";
			case SERVICE -> "Persentase Pengaduan Berdasarkan Layanan";
			default -> "Persentase Pengaduan";
		};
	}

	static String sanctionName(SanctionKind kind) {
		return switch (kind) {
			case ORAL_WARNING -> "Teguran lisan";
			case WRITTEN_WARNING -> "Teguran tertulis";
			case WRITTEN_DISSATISFACTION -> "Pernyataan tidak puas secara tertulis";
			case ALLOWANCE_CUT -> "Pemotongan tunjangan kinerja";
			case DEMOTION -> "Penurunan jabatan";
			case RELIEF_FROM_POSITION -> "Pembebasan dari jabatan";
			case DISMISSAL -> "Pemberhentian";
			case OTHER -> "Sanksi lain";
		};
	}
}

package id.aduan.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.OfficeProfile;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
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
 * atau P% pengaduan …" — but right: the words are ICU4J's, the shares add up to 100,0 per breakdown, the
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

	/** The signing date a report of this period gets when none is chosen: today, or the period's last day. */
	public LocalDate defaultSigningDate(ReportPeriod period) {
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));
		return today.isBefore(period.to()) ? period.to() : today;
	}

	public OfficialReport write(ReportPeriod period, LocalDate signedOn) {
		LocalDate signing = signedOn == null ? defaultSigningDate(period) : signedOn;
		new Problems().check(!signing.isBefore(period.to()), "signedOn", "report.signedOn.beforeEnd",
				IndonesianDates.formal(period.to())).throwIfAny();
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
				new Items(catalog.activeItems(ReferenceList.FORM).stream().map(ReferenceItem::name).toList(), true))));
		sections.add(new Section("2.2", "SALURAN PENGADUAN", List.of(new Paragraph(
				"Sarana dan media yang disediakan bagi masyarakat untuk menyampaikan pengaduan kepada " + office.fullName()
						+ " adalah:"),
				new Items(catalog.activeItems(ReferenceList.CHANNEL).stream().map(ReferenceItem::name).toList(), true))));
		sections.add(new Section("3", "MEKANISME PENGELOLAAN PENGADUAN PUBLIK", paragraphs(texts.mechanismText())));
		sections.add(new Section("4", "PERKEMBANGAN PENGELOLAAN PENGADUAN PUBLIK", List.of()));

		List<Block> channel = new ArrayList<>();
		channel.add(new Paragraph("Pada periode " + periodLabel + ", " + office.fullName() + " telah menerima sebanyak "
				+ total + " pengaduan melalui beberapa sarana dan media pengaduan dengan rincian sebagai berikut:"));
		channel.addAll(lines(f.byChannel(), "pengaduan diterima melalui %s"));
		if (f.duplicates() + f.notOurAuthority() > 0) {
			channel.add(new Paragraph("Di luar jumlah tersebut, tercatat pula " + phrase(f.duplicates())
					+ " pengaduan duplikat (pengaduan yang sama melalui saluran lain) dan " + phrase(f.notOurAuthority())
					+ " pengaduan yang bukan wewenang " + office.fullName()
					+ " dan telah diteruskan kepada instansi yang berwenang."));
		}
		sections.add(new Section("4.1", "REKAPITULASI PENGADUAN BERDASARKAN SARANA DAN MEDIA PENGADUAN", channel));
		sections.add(breakdown("4.2", "REKAPITULASI PENGADUAN BERDASARKAN BULAN", f.byMonth(),
				"Rincian pengaduan yang diterima per bulan pada periode " + periodLabel + " adalah sebagai berikut:",
				"pengaduan diterima pada bulan %s"));
		sections.add(breakdown("4.3", "REKAPITULASI PENGADUAN BERDASARKAN KATEGORI PERMASALAHAN", f.byCategory(),
				"Berdasarkan bentuk permasalahan, pengaduan yang diterima dapat diklasifikasikan sebagai berikut:",
				"pengaduan terkait %s"));
		sections.add(responseTime(f, signing));
		sections.add(breakdown("4.5", "REKAPITULASI PENGADUAN BERDASARKAN SATUAN KERJA", f.byUnit(),
				"Berdasarkan satuan kerja yang menindaklanjuti, pengaduan yang diterima dapat diklasifikasikan sebagai berikut:",
				"pengaduan ditujukan kepada %s"));
		sections.add(sanctionSection(period));
		if (f.byService().lines().stream().anyMatch(line -> !line.code().equals(ComplaintStatistics.NONE))) {
			sections.add(breakdown("4.7", "REKAPITULASI PENGADUAN BERDASARKAN LAYANAN", f.byService(),
					"Berdasarkan layanan yang diadukan, pengaduan yang diterima dapat dirinci sebagai berikut:",
					"pengaduan terkait layanan %s"));
		}
		if (!f.ratings().isEmpty()) {
			sections.add(ratingSection(f));
		}
		List<String> footnotes = new ArrayList<>(List.of(
				"Setiap pengaduan dihitung satu kali, pada periode pengaduan itu diterima, menurut zona waktu kantor; pengaduan yang dibuka kembali tidak dihitung ulang.",
				"Pengaduan duplikat dan pengaduan yang bukan wewenang kantor dihitung tersendiri dan tidak termasuk dalam jumlah pengaduan.",
				"Jangka waktu penanggapan dihitung dalam hari kerja menurut kalender hari libur nasional dan cuti bersama (SKB) serta jam kerja kantor; waktu ketika pengaduan ditunda menunggu kelengkapan dari pengadu tidak dihitung.",
				"Persentase dibulatkan satu angka desimal dengan metode sisa terbesar sehingga setiap rincian berjumlah 100,0%."));
		if (f.usesFrozenMonths()) {
			footnotes.add(frozenNote(f, period));
		}
		return new OfficialReport(office, period, signing,
				"LAPORAN PENGELOLAAN PENGADUAN PELAYANAN PUBLIK " + office.fullName().toUpperCase(INDONESIAN),
				sections, footnotes, texts.closingText(), f);
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

	private Section responseTime(Figures f, LocalDate signing) {
		Breakdown b = f.byResponseTime();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph("Hingga tanggal " + IndonesianDates.formal(signing)
				+ ", status tindak lanjut seluruh pengaduan yang diterima pada periode ini dapat dirinci berdasarkan jangka waktu penanggapannya sebagai berikut:"));
		List<String> items = new ArrayList<>();
		for (Breakdown.Line line : b.lines()) {
			String what;
			if (line.code().equals(ComplaintStatistics.NONE)) {
				what = "pengaduan belum ditanggapi";
			}
			else if (line.code().equals("0")) {
				what = "pengaduan ditanggapi pada waktu yang sama";
			}
			else {
				what = "pengaduan ditanggapi dalam waktu " + phrase(Long.parseLong(line.code())) + " hari kerja";
			}
			items.add(item(line, what));
		}
		blocks.add(new Items(punctuated(items), false));
		blocks.add(new Chart("Persentase Pengaduan Berdasarkan Jangka Waktu Penanggapan", b));
		return new Section("4.4", "STATUS TINDAK LANJUT PENANGANAN PENGADUAN", blocks);
	}

	private Section sanctionSection(ReportPeriod period) {
		List<Sanction> imposed = sanctions.imposedIn(period);
		if (imposed.isEmpty()) {
			return new Section("4.6", "PENJATUHAN SANKSI", List.of(new Paragraph("Hingga akhir periode " + period.label()
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
		List<String> items = new ArrayList<>();
		for (Breakdown.Line line : f.byRating().lines()) {
			if (line.count() == 0) {
				continue;
			}
			items.add(item(line, line.code().equals(ComplaintStatistics.NONE) ? "pengaduan belum dinilai oleh pengadu"
					: "pengaduan dinilai " + phrase(Long.parseLong(line.code())) + " oleh pengadu"));
		}
		blocks.add(new Items(punctuated(items), false));
		blocks.add(new Chart("Persentase Pengaduan Berdasarkan Penilaian Pengadu", f.byRating()));
		return new Section("4.8", "PENILAIAN PENGADU ATAS TANGGAPAN", blocks);
	}

	private Section breakdown(String number, String heading, Breakdown b, String intro, String what) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(intro));
		blocks.addAll(lines(b, what));
		return new Section(number, heading, blocks);
	}

	/** The numbered lines of a breakdown and its chart; a breakdown of nothing says so. */
	private List<Block> lines(Breakdown b, String what) {
		if (b.isEmpty()) {
			return List.of(new Paragraph("Tidak terdapat pengaduan pada periode ini."));
		}
		List<String> items = new ArrayList<>();
		for (Breakdown.Line line : b.lines()) {
			items.add(item(line, what.formatted(line.label())));
		}
		return List.of(new Items(punctuated(items), false),
				new Chart(chartTitle(b.dimension()), b));
	}

	/** "2 (dua) atau 25,0% pengaduan diterima melalui Instagram". */
	static String item(Breakdown.Line line, String what) {
		return phrase(line.count()) + " atau " + percent(line.percent()) + " " + what;
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

	private static String sanctionName(SanctionKind kind) {
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

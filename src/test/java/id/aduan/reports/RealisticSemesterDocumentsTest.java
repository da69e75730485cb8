package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.CatalogEditing;
import id.aduan.catalog.OfficeProfile;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.documents.ReadBack;
import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.ReportAudit;
import id.aduan.reportaudit.ReportReading;

/**
 * The documents a Kepala Dinas signs, at a realistic size: a semester of several hundred complaints over
 * every channel, dozens of categories and services with long names, several units, some answered late,
 * some sanctioned. Each format is read back as a reader would: Aduan's own audit finds nothing, every
 * share is its count over the total rounded half-up, no English code appears, and in the PDF the page
 * holding the signature also holds the closing paragraph.
 * <p>
 * Set the environment variable {@code ADUAN_SEMESTER_OUT=/some/dir} to keep the three files for looking at them.
 */
@AduanTest
class RealisticSemesterDocumentsTest {

	static final ReportPeriod SEMESTER = ReportPeriod.semester(2016, 1);

	static final LocalDate SIGNED_ON = LocalDate.of(2016, 7, 5);

	static final int COMPLAINTS = 420;

	static final String RANK = "Pembina Utama Muda (IV/c)";

	/** "17 (tujuh belas) atau 5,2% …": a count, its words and its share, wherever a list line has them. */
	static final Pattern SHARE = Pattern.compile("(\\d+) \\(([a-z ]+)\\) atau (\\d+,\\d)%");

	/** A status or sanction code, or the marker of a line nobody could place, printed as it is stored. */
	static final Pattern CODE = Pattern.compile("\\b(?:RECEIVED|VERIFIED|ROUTED|IN_FOLLOW_UP|ANSWERED|CLOSED|ON_HOLD|"
			+ "NOT_OUR_AUTHORITY|REJECTED|DUPLICATE|REOPENED|ORAL_WARNING|WRITTEN_WARNING|WRITTEN_DISSATISFACTION|"
			+ "ALLOWANCE_CUT|DEMOTION|RELIEF_FROM_POSITION|DISMISSAL|OTHER)\\b|_NONE");

	static final String[] STATUSES = { "RECEIVED", "VERIFIED", "ROUTED", "IN_FOLLOW_UP", "ANSWERED", "ANSWERED",
			"CLOSED", "CLOSED", "CLOSED", "CLOSED", "ON_HOLD", "REJECTED", "REOPENED", "DUPLICATE", "NOT_OUR_AUTHORITY" };

	@Autowired
	ReportExports exports;

	@Autowired
	ReportWriting writing;

	@Autowired
	Sanctions sanctions;

	@Autowired
	CatalogEditing editing;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@BeforeEach
	void semester() {
		if (jdbc.sql("select count(*) from complaint where tracking_code like 'ADU-SMTR-%'").query(Long.class)
			.single() > 0) {
			return;
		}
		OfficeProfile office = catalog.office();
		editing.updateOffice(new OfficeProfile(office.governmentName(), office.officeName(), office.fullName(),
				office.address(), office.city(), office.postalCode(), office.phone(), office.email(), office.website(),
				office.headName(), office.headTitle(), office.headNip(), office.timeZone(), RANK), "test");
		for (int i = 1; i <= 24; i++) {
			editing.addItem(ReferenceList.CATEGORY, new CatalogEditing.ItemDraft("SMT_KAT_" + i,
					"Permasalahan verifikasi dan validasi data penerima bantuan sosial kelompok " + i
							+ " di desa dan kelurahan terpencil",
					null, true, 500 + i), "test");
		}
		List<WorkUnitTree.Node> units = catalog.unitTree().orderedActive();
		for (int i = 1; i <= 20; i++) {
			String name = i % 4 == 0 ? "Layanan Kemiskinan Ekstrem dan Penanganan Fakir Miskin Wilayah " + i
					: "Rekomendasi dan Rujukan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lanjut Usia Terlantar " + i;
			editing.addService(new CatalogEditing.ServiceDraft("SMT_L" + i, name,
					units.get(1 + i % (units.size() - 1)).unit().id(), true, 500 + i), "test");
		}
		Random random = new Random(2016_07_05);
		List<ReferenceItem> channels = catalog.activeItems(ReferenceList.CHANNEL);
		List<ReferenceItem> categories = catalog.activeItems(ReferenceList.CATEGORY);
		List<ReferenceItem> forms = catalog.activeItems(ReferenceList.FORM);
		List<ReferenceItem> types = catalog.activeItems(ReferenceList.REPORT_TYPE);
		List<PublicService> services = catalog.services().stream().filter(PublicService::active).toList();
		long days = SEMESTER.to().toEpochDay() - SEMESTER.from().toEpochDay();
		for (int i = 0; i < COMPLAINTS; i++) {
			LocalDate received = SEMESTER.from().plusDays(random.nextInt((int) days + 1));
			String status = STATUSES[random.nextInt(STATUSES.length)];
			boolean answered = List.of("ANSWERED", "CLOSED", "REJECTED", "REOPENED").contains(status);
			boolean late = random.nextInt(8) == 0;
			OffsetDateTime at = OffsetDateTime.of(received.atTime(2, 0), ZoneOffset.UTC);
			jdbc.sql("""
					insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
					       anonymous, confidential, title, description, category_id, service_id, unit_id, form_id,
					       report_type_id, status, first_answer_days, current_stage, paused_days)
					values (?, 0, ?, ?, ?, ?, false, false, 'Semester', 'Pengaduan semester.', ?, ?, ?, ?, ?, ?, ?,
					       'DONE', 0)""")
				.params(code(i), at, received, at, channels.get(i % channels.size()).id(),
						random.nextInt(10) == 0 ? null : categories.get(random.nextInt(categories.size())).id(),
						random.nextInt(4) == 0 ? null : services.get(random.nextInt(services.size())).id(),
						random.nextInt(12) == 0 ? null : units.get(random.nextInt(units.size())).unit().id(),
						random.nextInt(6) == 0 ? null : forms.get(random.nextInt(forms.size())).id(),
						types.get(random.nextInt(types.size())).id(), status,
						answered ? Integer.valueOf(late ? 15 + random.nextInt(20) : random.nextInt(6)) : null)
				.update();
		}
		SanctionKind[] kinds = { SanctionKind.WRITTEN_WARNING, SanctionKind.ORAL_WARNING, SanctionKind.ALLOWANCE_CUT };
		for (int i = 0; i < kinds.length; i++) {
			sanctions.record(new Sanctions.Draft(code(i * 7), units.get(2 + i).unit().id(), kinds[i], "Petugas " + i,
					LocalDate.of(2016, 6, 20 + i), "800/" + (41 + i) + "/VI/2016", null), staff.coordinator().actor());
		}
	}

	@Test
	void theSemesterDocxAuditsCleanWithHalfUpSharesIndonesianWordsHeadingsAndPageNumbers() throws Exception {
		byte[] docx = export(ReportFormat.DOCX);
		long total = writing.write(SEMESTER, SIGNED_ON).figures().total();

		List<Finding> findings = ReportAudit.standard().audit(new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(docx));
		assertThat(findings).isEmpty();
		String text = ReadBack.docxText(docx);
		assertSharesAreHalfUp(text, total);
		assertThat(CODE.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
		assertThat(text).contains("Namrole, 5 Juli 2016", RANK, "Jumlah: " + total + " (")
			.contains("pengaduan diterima melalui datang langsung ke help desk Ruang PPID")
			.contains("terkait Layanan Kemiskinan Ekstrem")
			.doesNotContain("layanan Layanan", "layanan Tidak terkait", "Tanpa bentuk", "Ditetapkan di",
					"API (aplikasi lain)");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings1 = new ArrayList<>();
			List<String> headings2 = new ArrayList<>();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if ("Heading1".equals(paragraph.getStyle())) {
					headings1.add(paragraph.getText());
				}
				if ("Heading2".equals(paragraph.getStyle())) {
					headings2.add(paragraph.getText());
				}
			}
			assertThat(headings1).contains("1. GAMBARAN UMUM PENGADUAN PUBLIK",
					"4. PERKEMBANGAN PENGELOLAAN PENGADUAN PUBLIK");
			assertThat(headings2).contains("4.4 STATUS TINDAK LANJUT PENANGANAN PENGADUAN");
			assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isZero();
			List<XWPFFooter> footers = document.getFooterList();
			assertThat(footers).isNotEmpty();
			assertThat(footers.get(0)._getHdrFtr().xmlText()).contains("PAGE");
		}
	}

	@Test
	void theSemesterPdfKeepsTheSignatureWithItsClosingAndSaysWhatTheCleanDocxSays() throws Exception {
		byte[] pdf = export(ReportFormat.PDF);
		long total = writing.write(SEMESTER, SIGNED_ON).figures().total();

		List<String> pages = ReadBack.pdfPages(pdf);
		String name = catalog.office().headName();
		List<String> signed = pages.stream().filter(page -> page.contains(name)).toList();
		assertThat(signed).hasSize(1);
		assertThat(signed.get(0)).contains("Demikian laporan pengelolaan pengaduan", "Namrole, 5 Juli 2016", RANK);
		String text = String.join(" ", pages);
		assertSharesAreHalfUp(text, total);
		assertThat(CODE.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
		List<String> items = items(text);
		assertThat(items).as("the PDF lists, item by item, what the DOCX lists").isEqualTo(items(ReadBack.docxText(
				export(ReportFormat.DOCX))));
		List<Finding> findings = ReportAudit.standard().audit(new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(pdf));
		assertThat(findings).as("the PDF's lines and pages rebuilt into the DOCX's lists").isEmpty();
	}

	/** Every "N (words) atau P% …" item of a text, up to its closing punctuation, whitespace made single. */
	private static List<String> items(String text) {
		Matcher item = Pattern.compile("\\d+ \\([a-z ]+\\) atau \\d+,\\d% .*?(?:;|\\.(?=\\s|$))")
			.matcher(text.replaceAll("\\s+", " "));
		List<String> items = new ArrayList<>();
		while (item.find()) {
			items.add(item.group());
		}
		return items;
	}

	@Test
	void theSemesterWorkbookSaysOneThingPerLabelInIndonesianWithHalfUpShares() throws Exception {
		byte[] xlsx = export(ReportFormat.XLSX);
		Figures figures = writing.write(SEMESTER, SIGNED_ON).figures();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder all = new StringBuilder();
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							all.append(cell.getStringCellValue()).append('\n');
						}
					}
				}
			}
			assertThat(CODE.matcher(all).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
			assertThat(all.toString()).doesNotContain("Tanpa bentuk").contains("Ditanggapi, menunggu penutupan");
			Sheet summary = workbook.getSheet("Ringkasan");
			List<String> labels = new ArrayList<>();
			summary.forEach(row -> labels.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
			assertThat(labels).doesNotContain("Telah ditanggapi").contains("Telah mendapat tanggapan (selesai atau belum)");
			for (Breakdown breakdown : figures.breakdowns().values()) {
				Sheet sheet = workbook.getSheet(ReportWorkbook.sheetName(breakdown.dimension()));
				long sum = 0;
				for (int r = 1; r <= breakdown.lines().size(); r++) {
					Row row = sheet.getRow(r);
					long count = (long) row.getCell(2).getNumericCellValue();
					sum += count;
					assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue() * 100).setScale(1,
							RoundingMode.HALF_UP)).as("%s %s", sheet.getSheetName(), row.getCell(1))
						.isEqualTo(halfUp(count, figures.total()));
				}
				Row totalRow = sheet.getRow(breakdown.lines().size() + 1);
				assertThat(totalRow.getCell(1).getStringCellValue()).isEqualTo("Jumlah");
				assertThat((long) totalRow.getCell(2).getNumericCellValue()).isEqualTo(sum).isEqualTo(figures.total());
				assertThat(totalRow.getCell(3).getNumericCellValue()).isEqualTo(1.0);
			}
		}
	}

	private byte[] export(ReportFormat format) throws Exception {
		byte[] content = exports.export(SEMESTER, SIGNED_ON, format, staff.head().actor()).content();
		String out = System.getenv("ADUAN_SEMESTER_OUT");
		if (out != null) {
			Files.createDirectories(Path.of(out));
			Files.write(Path.of(out, "semester." + format.extension()), content);
		}
		return content;
	}

	/** Every "N (words) atau P%" of the text is N over the total, rounded half-up to one decimal. */
	private static void assertSharesAreHalfUp(String text, long total) {
		Matcher share = SHARE.matcher(text.replaceAll("\\s+", " "));
		int found = 0;
		while (share.find()) {
			long count = Long.parseLong(share.group(1));
			assertThat(new BigDecimal(share.group(3).replace(',', '.'))).as(share.group())
				.isEqualTo(halfUp(count, total));
			found++;
		}
		assertThat(found).as("shares read").isGreaterThan(60);
	}

	private static BigDecimal halfUp(long count, long total) {
		return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

	/** Tracking codes from the code alphabet, unique per row. */
	private static String code(int i) {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder tail = new StringBuilder();
		int value = i;
		for (int k = 0; k < 4; k++) {
			tail.append(alphabet.charAt(value % 30));
			value /= 30;
		}
		return "ADU-SMTR-" + tail;
	}
}

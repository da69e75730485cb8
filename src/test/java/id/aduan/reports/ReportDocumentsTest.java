package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.language.NumberWords;
import id.aduan.reportaudit.ReportAudit;
import id.aduan.reportaudit.ReportReading;

/**
 * The report as the office files it, PDF and DOCX, opened and read back: what it says adds up in the
 * file itself, it carries its charts, its signature and the chosen documentation photo, and the
 * report audit finds nothing wrong in it. Data set: 2018, 14 complaints in ten months, codes
 * ADU-RDXA-…, and a coaching session of March 2018 with one photo chosen for the report.
 */
@AduanTest
class ReportDocumentsTest {

	static final String QUERY = "?from=2018-01-01&to=2018-12-31&signedOn=2019-01-07";

	/** "3 (tiga) atau 21,4% pengaduan …", the way the report writes each line of a breakdown. */
	static final Pattern LINE = Pattern.compile("^(?:\\d+\\.\\s*)?(\\d+) \\(([a-z ]+)\\) atau (\\d+,\\d)% pengaduan");

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@BeforeEach
	void dataSet() throws Exception {
		if (jdbc.sql("select count(*) from complaint where tracking_code like 'ADU-RDXA-%'").query(Long.class).single() > 0) {
			return;
		}
		List<ReferenceItem> channels = catalog.activeItems(ReferenceList.CHANNEL);
		List<ReferenceItem> categories = catalog.activeItems(ReferenceList.CATEGORY);
		int[] months = { 1, 1, 2, 3, 4, 5, 5, 5, 6, 8, 9, 10, 11, 12 };
		for (int i = 0; i < months.length; i++) {
			insert("ADU-RDXA-" + "23456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(i) + "222", LocalDate.of(2018, months[i], 10 + i),
					channels.get(i % channels.size()).id(), categories.get(i % categories.size()).id(),
					i % 3 == 0 ? null : i % 4);
		}
		StaffPrincipal coordinator = staff.coordinator();
		String location = mvc.perform(post("/staf/pembinaan/baru").with(user(coordinator)).with(csrf())
			.param("kind", "COACHING")
			.param("topic", "Rapat pembinaan penyelenggaraan pelayanan pengaduan")
			.param("date", "2018-03-14")
			.param("startTime", "09:00")
			.param("endTime", "12:00")
			.param("place", "Aula Dinas Sosial"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long session = Long.parseLong(location.substring("/staf/pembinaan/".length()));
		mvc.perform(multipart("/staf/pembinaan/" + session + "/foto")
			.file(new MockMultipartFile("photos", "rapat.jpg", "image/jpeg", photo()))
			.param("caption", "Peserta rapat pembinaan di aula")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long photoId = jdbc.sql("select id from coaching_photo where session_id = ?").param(session).query(Long.class)
			.single();
		mvc.perform(post("/staf/pembinaan/" + session + "/foto/" + photoId + "/laporan").param("chosen", "true")
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePdfAddsUpCarriesChartsSignatureAndPhotoAndPassesTheAudit() throws Exception {
		byte[] pdf = download("pdf", "application/pdf");

		String text;
		int images = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject) {
						images++;
					}
				}
			}
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		}
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains("PENGELOLAAN PENGADUAN PELAYANAN PUBLIK",
				"PERIODE JANUARI SAMPAI DENGAN DESEMBER 2018", "telah menerima sebanyak 14 (empat belas) pengaduan",
				"Namrole, 7 Januari 2019", "NIP. 19650703 198803 1 017",
				"DOKUMENTASI RAPAT PEMBINAAN PENYELENGGARAAN PELAYANAN PENGADUAN", "Peserta rapat pembinaan di aula",
				"Persentase Pengaduan Berdasarkan Sarana dan Media Pengaduan");
		assertThat(images).as("charts of channel, month, category, response time, unit, and the photo").isEqualTo(6);
		assertThat(ReportAudit.standard().audit(new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(pdf))).isEmpty();
	}

	@Test
	void theDocxAddsUpInEverySectionAndPassesTheAudit() throws Exception {
		byte[] docx = download("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("LAPORAN", "Namrole, 7 Januari 2019",
					"NIP. 19650703 198803 1 017", "4.3 REKAPITULASI PENGADUAN BERDASARKAN KATEGORI PERMASALAHAN",
					"Peserta rapat pembinaan di aula");
			assertThat(paragraphs).as("a channel's contact, else its front-page link as a reader types it")
				.anyMatch(p -> p.contains("Instagram: instagram.com/Dinsos_Bursel"))
				.anyMatch(p -> p.contains("LinkedIn: linkedin.com/in/dinsosbursel"))
				.noneMatch(p -> p.contains("https://www.linkedin.com"));
			assertThat(document.getAllPictures()).hasSize(6);

			List<List<Matcher>> sections = new ArrayList<>();
			for (String paragraph : paragraphs) {
				if (paragraph.matches("^4\\.\\d .*")) {
					sections.add(new ArrayList<>());
				}
				Matcher line = LINE.matcher(paragraph);
				if (line.find() && !sections.isEmpty()) {
					sections.get(sections.size() - 1).add(line);
				}
			}
			assertThat(sections).hasSizeGreaterThanOrEqualTo(5);
			for (List<Matcher> lines : sections.subList(0, 5)) {
				long count = 0;
				for (Matcher line : lines) {
					long n = Long.parseLong(line.group(1));
					assertThat(line.group(2)).isEqualTo(NumberWords.of(n));
					count += n;
					assertThat(new BigDecimal(line.group(3).replace(',', '.')))
						.isEqualTo(BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(14), 1, java.math.RoundingMode.HALF_UP));
				}
				long lists = lines.stream().filter(line -> line.group().startsWith("1.")).count();
				assertThat(count).as("every list of the section adds up to the total").isEqualTo(14 * lists);
			}
		}
		assertThat(ReportAudit.standard().audit(new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(docx)))
			.isEmpty();
	}

	private byte[] download(String format, String contentType) throws Exception {
		return mvc.perform(get("/staf/laporan/unduh/" + format + QUERY).with(user(staff.head())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", contentType))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
					"Laporan_Pengaduan_Dinas_Sosial_Kabupaten_Buru_Selatan_2018-01-01_2018-12-31." + format)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** A real JPEG photo, 800 × 600. */
	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x87CEEB));
		g.fillRect(0, 0, 800, 600);
		g.setColor(new Color(0x228B22));
		g.fillRect(0, 400, 800, 200);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private void insert(String code, LocalDate day, long channelId, long categoryId, Integer firstAnswerDays) {
		OffsetDateTime at = OffsetDateTime.of(day.atTime(1, 0), ZoneOffset.UTC);
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       category_id, anonymous, confidential, title, description, status, first_answer_days,
				       current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, ?, false, false, 'Laporan', 'Data laporan', ?, ?, 'DONE', 0)""")
			.params(code, at, day, at, channelId, categoryId, firstAnswerDays == null ? "ROUTED" : "ANSWERED",
					firstAnswerDays)
			.update();
	}
}

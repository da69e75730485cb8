package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.Staff;
import id.aduan.audit.AuditTrail;

/**
 * The administrator puts the office's emblem on the letterhead: every official document then carries
 * it, in the PDF and in the Word file; a file that is no image, too large or missing is refused in
 * Indonesian and the letterhead stays as it was; removing it brings back the text-only letterhead.
 * Its own context (a distinct property), since it changes every other test's documents.
 */
@SpringBootTest(properties = "aduan.recaps.first-month=2017-01")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OfficeLogoTest {

	static final String REPORT = "/staf/laporan/unduh/%s?from=2017-01-01&to=2017-12-31&signedOn=2018-01-08";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	AuditTrail audit;

	@Test
	void theEmblemIsOnTheLetterheadOfTheReportInPdfAndWordUntilItIsRemoved() throws Exception {
		byte[] emblem = png(123, 99);
		assertThat(pdfImages(download("pdf"))).doesNotContain("123x99");

		mvc.perform(multipart("/admin/kantor/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png", emblem))
			.with(user(staff.admin()))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/kantor"));

		Document page = page();
		assertThat(page.select("#logo-preview")).hasSize(1);
		assertThat(mvc.perform(get("/admin/kantor/logo").with(user(staff.admin()))).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(emblem);
		assertThat(audit.forSubject("office_logo", "1")).last()
			.satisfies(line -> assertThat(line.action()).isEqualTo("OFFICE_LOGO_CHANGED"));

		assertThat(pdfImages(download("pdf"))).as("at its own pixel size").contains("123x99");
		byte[] docx = download("docx");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getAllPictures()).extracting(XWPFPictureData::getData)
				.anySatisfy(data -> assertThat(data).isEqualTo(emblem));
			assertThat(word.getTables().get(0).getRow(0).getCell(1).getText())
				.contains("PEMERINTAH KABUPATEN BURU SELATAN", "DINAS SOSIAL");
		}

		mvc.perform(post("/admin/kantor/logo/hapus").with(user(staff.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page().select("#logo-preview")).isEmpty();
		assertThat(pdfImages(download("pdf"))).doesNotContain("123x99");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
			assertThat(word.getAllPictures()).extracting(XWPFPictureData::getData)
				.noneSatisfy(data -> assertThat(data).isEqualTo(emblem));
		}
	}

	@Test
	void aFileThatIsNoImageTooLargeOrMissingIsRefusedAndTheEmblemStaysAsItWas() throws Exception {
		byte[] kept = png(40, 40);
		mvc.perform(multipart("/admin/kantor/logo").file(new MockMultipartFile("logo", "a.png", "image/png", kept))
			.with(user(staff.admin()))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(refusal(new MockMultipartFile("logo", "lambang.png", "image/png",
				"bukan gambar".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca; simpan ulang logo sebagai PNG atau JPEG.");
		byte[] large = Arrays.copyOf(png(10, 10), 1024 * 1024 + 1);
		assertThat(refusal(new MockMultipartFile("logo", "besar.png", "image/png", large)))
			.isEqualTo("Berkas logo terlalu besar; paling besar 1 MB.");
		assertThat(refusal(new MockMultipartFile("logo", "", "application/octet-stream", new byte[0])))
			.isEqualTo("Pilih berkas gambar logo terlebih dahulu.");

		assertThat(mvc.perform(get("/admin/kantor/logo").with(user(staff.admin()))).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(kept);
		mvc.perform(post("/admin/kantor/logo/hapus").with(user(staff.admin())).with(csrf()));
	}

	@Test
	void onlyTheAdministratorKeepsTheEmblem() throws Exception {
		mvc.perform(multipart("/admin/kantor/logo").file(new MockMultipartFile("logo", "a.png", "image/png", png(8, 8)))
			.with(user(staff.coordinator()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/kantor/logo/hapus").with(user(staff.head())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private String refusal(MockMultipartFile file) throws Exception {
		String html = mvc.perform(multipart("/admin/kantor/logo").file(file).with(user(staff.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html).select("#logo-error").text();
	}

	private Document page() throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/kantor").with(user(staff.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private byte[] download(String format) throws Exception {
		return mvc.perform(get(REPORT.formatted(format)).with(user(staff.head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The pixel sizes of the images in the document, e.g. "123x99". */
	private static List<String> pdfImages(byte[] pdf) throws Exception {
		List<String> sizes = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						sizes.add(image.getWidth() + "x" + image.getHeight());
					}
				}
			}
		}
		return sizes;
	}

	/** A real PNG: a red disc on white. */
	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.RED);
		g.fillOval(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}

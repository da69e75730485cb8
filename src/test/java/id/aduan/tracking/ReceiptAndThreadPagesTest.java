package id.aduan.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;
import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.conversations.ComplaintThreads;

/**
 * The receipt (tanda terima) of a complaint and the tracking page's view of its thread. The receipt's PDF
 * at {@code /lacak/{code}/tanda-terima.pdf} is the contract: 200 and a PDF with the code but never the
 * key for anyone holding the code, 404 for a code the register does not know; with the key only for one
 * who brings it. The tracking page says that the office wrote, asks for the key, and then shows the thread.
 */
@AduanTest
class ReceiptAndThreadPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintThreads threads;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@Test
	void theReceiptPdfCarriesTheCodeButNeverTheKey() throws Exception {
		Receipt receipt = registered(false);
		MvcResult answer = mvc.perform(get("/lacak/{code}/tanda-terima.pdf", receipt.trackingCode().value()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		byte[] pdf = answer.getResponse().getContentAsByteArray();

		String text = text(pdf);
		assertThat(text).contains("TANDA TERIMA PENGADUAN", receipt.trackingCode().value(),
				"Formulir daring Aduan", "hari kerja", "/lacak/" + receipt.trackingCode().value());
		assertThat(text).doesNotContain(receipt.accessKey().value());
		assertThat(pages(pdf)).isEqualTo(1);
		assertThat(answer.getResponse().getHeader("Content-Disposition"))
			.contains("tanda-terima-" + receipt.trackingCode().value() + ".pdf");
	}

	@Test
	void aComplaintSentThroughTheApiPointsToItsReceipt() throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType("application/json").content("""
				{"title": "Kartu KKS hilang", "description": "Kartu KKS kami hilang saat banjir, mohon dibantu."}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String code = com.jayway.jsonpath.JsonPath.read(answer, "$.trackingCode");
		String receipt = com.jayway.jsonpath.JsonPath.read(answer, "$.receiptUrl");
		assertThat(receipt).isEqualTo("/lacak/" + code + "/tanda-terima.pdf");
		byte[] pdf = mvc.perform(get(receipt)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains(code, "API (aplikasi lain)");
	}

	@Test
	void anUnknownCodeHasNoReceipt() throws Exception {
		mvc.perform(get("/lacak/ADU-2222-2222/tanda-terima.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/lacak/bukan-kode/tanda-terima.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/lacak/ADU-2222-2222/tanda-terima")).andExpect(status().isNotFound());
	}

	@Test
	void theReceiptPdfCarriesTheKeyOnlyForWhoeverBringsIt() throws Exception {
		Receipt receipt = registered(false);
		String code = receipt.trackingCode().value();
		byte[] withKey = mvc.perform(post("/lacak/{code}/tanda-terima.pdf", code).with(csrf())
			.param("key", receipt.accessKey().value()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(withKey)).contains(code, receipt.accessKey().value());

		mvc.perform(post("/lacak/{code}/tanda-terima.pdf", code).with(csrf()).param("key", "AAAA-2222"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHelpDeskPrintsAReceiptForAWalkInAndAReloadKeepsTheCode() throws Exception {
		BrowserSession desk = new BrowserSession();
		MvcResult registered = mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf()).with(desk)
			.param("channelId", String.valueOf(catalog.itemByCode(ReferenceList.CHANNEL, "WALK_IN").orElseThrow().id()))
			.param("title", "Kartu KIS belum diterima")
			.param("description", "Pengadu datang langsung menanyakan kartu KIS yang belum diterima.")
			.param("complainant.name", "La Udi"))
			.andDo(desk)
			.andReturn();
		String code = (String) registered.getFlashMap().get("registeredCode");
		String key = (String) registered.getFlashMap().get("accessKey");
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/staf/pengaduan/baru/selesai/" + code);

		Document first = Jsoup.parse(mvc.perform(get("/staf/pengaduan/baru/selesai/" + code).with(user(staff.helpDesk()))
			.with(desk)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(first.select("#print-receipt-form").attr("action")).isEqualTo("/lacak/" + code + "/tanda-terima.pdf");
		assertThat(first.select("#print-receipt-form input[name=key]").val()).isEqualTo(key);

		Document reloaded = Jsoup.parse(mvc.perform(get("/staf/pengaduan/baru/selesai/" + code).with(user(staff.helpDesk()))
			.with(desk))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(reloaded.select("#tracking-code").text()).isEqualTo(code);
		assertThat(reloaded.select("#access-key")).isEmpty();
		assertThat(reloaded.select("a#print-receipt").attr("href")).isEqualTo("/lacak/" + code + "/tanda-terima.pdf");
	}

	@Test
	void theTrackingPageSaysTheOfficeWroteAndShowsTheThreadOnceTheKeyIsTyped() throws Exception {
		Receipt receipt = registered(true);
		String code = receipt.trackingCode().value();
		threads.postAsStaff(receipt.complaintId(), "Mohon kirimkan foto buku tabungan Anda.", List.of(),
				staff.coordinator().actor());

		BrowserSession session = new BrowserSession();
		Document before = page("/lacak/" + code, session);
		assertThat(before.select("#new-message").text()).isEqualTo("Ada pesan baru");
		assertThat(before.select("#thread-summary").text()).contains("1 pesan");
		assertThat(before.text()).doesNotContain("buku tabungan", "Rumah kami rahasia");
		assertThat(before.select("#tracking-unlock-form input[name=key]")).hasSize(1);

		mvc.perform(post("/lacak/{code}/percakapan/kunci", code).with(csrf()).with(session)
			.param("key", "AAAA-2222").param("kembali", "lacak"))
			.andDo(session)
			.andExpect(redirectedUrl("/lacak/" + code + "#percakapan"));

		mvc.perform(post("/lacak/{code}/percakapan/kunci", code).with(csrf()).with(session)
			.param("key", receipt.accessKey().value().toLowerCase()).param("kembali", "lacak"))
			.andDo(session)
			.andExpect(redirectedUrl("/lacak/" + code + "#percakapan"));
		Document opened = page("/lacak/" + code, session);
		assertThat(opened.select("#percakapan #messages .from-staff .message-body").text())
			.isEqualTo("Mohon kirimkan foto buku tabungan Anda.");
		assertThat(opened.select("#percakapan #messages .from-staff strong").text()).isEqualTo("Petugas");
		assertThat(opened.select("p.lead").text()).isEqualTo("Rumah kami rahasia");
		assertThat(opened.select("#tracking-message-form input[name=kembali]").val()).isEqualTo("lacak");

		mvc.perform(post("/lacak/{code}/percakapan", code).with(csrf()).with(session)
			.param("text", "Baik, foto menyusul besok.").param("kembali", "lacak"))
			.andDo(session)
			.andExpect(redirectedUrl("/lacak/" + code + "#pesan-terakhir"));
		Document answered = page("/lacak/" + code, session);
		assertThat(answered.select("#pesan-terakhir .message-body").text()).isEqualTo("Baik, foto menyusul besok.");
		assertThat(answered.select("#new-message")).isEmpty();

		assertThat(page("/lacak/" + code, new BrowserSession()).select("p.lead")).isEmpty();
	}

	private Document page(String path, BrowserSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(session)).andDo(session).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	private Receipt registered(boolean confidential) {
		return registration.registerWithReceipt(NewComplaint
			.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, "WEB_FORM").orElseThrow().id()),
					Matter.of(confidential ? "Rumah kami rahasia" : "Tanda terima", "Pengaduan untuk menguji tanda terima."))
			.from(new Complainant("Warga", null, null, null), false, confidential), Actor.citizen("Warga"));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}
}

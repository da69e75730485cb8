package id.aduan.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.coaching.DocumentationPhotos;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;
import id.aduan.documents.LetterNumbering;
import id.aduan.documents.ReadBack;

/**
 * The session pages as staff use them: the coordinator records a session, its people, photos and
 * complaints, takes its number and downloads its documents; mistakes are answered in Indonesian beside
 * the field with nothing stored; other staff read but change nothing.
 */
@AduanTest
class SessionPagesTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };

	static final byte[] PDF = "%PDF-1.7 not a photo".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LetterNumbering numbering;

	@Autowired
	DocumentationPhotos documentation;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Test
	void theCoordinatorRecordsASessionAndFindsItInTheYearsList() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		String topic = "Pembinaan " + UUID.randomUUID().toString().substring(0, 6);
		long id = create(coordinator, topic, thisYear(3, 14));

		Document page = page("/staf/pembinaan/" + id, coordinator);
		assertThat(page.select("#topic").text()).isEqualTo(topic);
		assertThat(page.select("#person-form [name=name]")).as("one field per name, no stray checkbox").hasSize(1);
		assertThat(page("/staf/pembinaan/baru", coordinator).select("[name=topic], [name=place]")).hasSize(2);
		assertThat(page.select("#services li")).extracting(li -> li.text())
			.containsExactly("Rekomendasi Rumah Tidak Layak Huni", "Bantuan Pangan Non Tunai (BPNT)");
		assertThat(page.select("#integrated li")).extracting(li -> li.text())
			.containsExactly("Layanan Rujukan Terpadu", "Layanan KIS DTKS");
		assertThat(page.select("#letter-number-none").text()).isEqualTo("Belum bernomor");
		assertThat(page("/staf/pembinaan", coordinator).select("#sessions tr[data-id=" + id + "]").text())
			.contains(topic, "Pembinaan", "Aula Dinas Sosial", "Belum bernomor");
	}

	@Test
	void aSessionWithoutDateOrPlaceIsRefusedNamingBothAndNothingIsStored() throws Exception {
		long before = count("coaching_session");

		Document page = Jsoup.parse(mvc.perform(post("/staf/pembinaan/baru").with(user(staff.coordinator())).with(csrf())
			.param("kind", "COACHING")
			.param("topic", "Pembinaan tanpa tanggal")
			.param("date", "")
			.param("place", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#date ~ .invalid-feedback").text()).isEqualTo("Tanggal kegiatan wajib diisi.");
		assertThat(page.select("#place ~ .invalid-feedback").text()).isEqualTo("Tempat kegiatan wajib diisi.");
		assertThat(page.select("#topic").attr("value")).isEqualTo("Pembinaan tanpa tanggal");
		assertThat(count("coaching_session")).isEqualTo(before);
	}

	@Test
	void anUnreadableDateOrTimeIsNamedAndNothingIsStored() throws Exception {
		long before = count("coaching_session");

		Document page = Jsoup.parse(mvc.perform(post("/staf/pembinaan/baru").with(user(staff.coordinator())).with(csrf())
			.param("kind", "COACHING")
			.param("topic", "Pembinaan")
			.param("date", "6 Juni 2023")
			.param("startTime", "jam sembilan")
			.param("place", "Aula"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#date ~ .invalid-feedback").text()).startsWith("Tanggal tidak valid");
		assertThat(page.select("#startTime ~ .invalid-feedback").text()).startsWith("Jam tidak valid");
		assertThat(count("coaching_session")).isEqualTo(before);
	}

	@Test
	void aParticipantWithoutANameIsRefusedAndAPastedListIsStoredWholeOrNotAtAll() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = create(coordinator, "Pembinaan peserta", thisYear(4, 1));

		Document single = Jsoup.parse(mvc.perform(post("/staf/pembinaan/" + id + "/orang").with(user(coordinator)).with(csrf())
			.param("kind", "PARTICIPANT").param("name", " ").param("institution", "Dinas Sosial"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(single.select("#name ~ .invalid-feedback").text()).isEqualTo("Nama peserta wajib diisi.");

		Document list = Jsoup.parse(mvc.perform(post("/staf/pembinaan/" + id + "/orang/daftar").with(user(coordinator)).with(csrf())
			.param("kind", "PARTICIPANT").param("list", "1.\tAmar Rentua\tPEKERJA SOSIAL\n2.\t\tPEKERJA SOSIAL\n3.\tLa Ami\tPEKERJA SOSIAL"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(list.select("#list ~ .invalid-feedback").text()).isEqualTo("Baris 2: nama peserta wajib diisi.");
		assertThat(attendees(id)).isZero();

		mvc.perform(post("/staf/pembinaan/" + id + "/orang/daftar").with(user(coordinator)).with(csrf())
			.param("kind", "PARTICIPANT").param("list", "1.\tAmar Rentua\tPEKERJA SOSIAL\t\n2.\tAlexander Ubleuw\tPEKERJA SOSIAL\t"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/pembinaan/" + id + "/orang").with(user(coordinator)).with(csrf())
			.param("kind", "REPRESENTATIVE").param("name", "ALEXANDER SELEKY").param("capacity", "Kepala Desa Waelo"))
			.andExpect(status().is3xxRedirection());
		Document page = page("/staf/pembinaan/" + id, coordinator);
		assertThat(page.select("#participants tr")).extracting(tr -> tr.text())
			.containsExactly("1. Amar Rentua PEKERJA SOSIAL Hapus", "2. Alexander Ubleuw PEKERJA SOSIAL Hapus");
		assertThat(page.select("#representatives tr").text()).contains("ALEXANDER SELEKY Kepala Desa Waelo");
	}

	@Test
	void aPhotoThatIsNotAnImageOrTooLargeIsRefusedAndAGoodOneCanBeChosenForTheReport() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = create(coordinator, "Kunjungan ke Komunitas Adat Terpencil", thisYear(5, 20));

		Document notImage = upload(id, coordinator, new MockMultipartFile("photos", "foto.jpg", "image/jpeg", PDF));
		assertThat(notImage.select("#photos-input ~ .invalid-feedback").text())
			.isEqualTo("Berkas foto.jpg bukan foto JPEG atau PNG.");
		byte[] large = Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1);
		Document tooLarge = upload(id, coordinator, new MockMultipartFile("photos", "besar.jpg", "image/jpeg", large));
		assertThat(tooLarge.select("#photos-input ~ .invalid-feedback").text())
			.isEqualTo("Berkas besar.jpg terlalu besar; paling besar 5 MB.");
		assertThat(count("coaching_photo where session_id = " + id)).isZero();

		mvc.perform(multipart("/staf/pembinaan/" + id + "/foto").file(new MockMultipartFile("photos", "kat.jpg", "image/jpeg", JPEG))
			.param("caption", "Tindak lanjut pembinaan pengaduan KAT").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long photoId = jdbc.sql("select id from coaching_photo where session_id = ?").param(id).query(Long.class).single();
		mvc.perform(get("/staf/pembinaan/" + id + "/foto/" + photoId).with(user(staff.head())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(content().bytes(JPEG));
		mvc.perform(post("/staf/pembinaan/" + id + "/foto/" + photoId + "/laporan").param("chosen", "true")
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(documentation.chosenFor(thisYear(5, 20), thisYear(5, 20), staff.head().actor()))
			.filteredOn(set -> set.sessionId() == id)
			.singleElement()
			.satisfies(set -> {
				assertThat(set.topic()).isEqualTo("Kunjungan ke Komunitas Adat Terpencil");
				assertThat(set.photos()).singleElement().satisfies(photo -> {
					assertThat(photo.caption()).isEqualTo("Tindak lanjut pembinaan pengaduan KAT");
					assertThat(photo.content()).isEqualTo(JPEG);
					assertThat(photo.trackingCode()).isNull();
				});
			});
	}

	@Test
	void aComplaintsFollowUpPhotoIsChosenThroughTheSessionThatFollowedItUp() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal officer = staff.unitOfficer("PFM");
		TrackingCode code = registration.register(NewComplaint
			.of(Arrival.by(channel()),
					Matter.of("BPNT belum diterima", "Bantuan pangan bulan ini belum diterima oleh keluarga kami."))
			.from(new Complainant("La Ami", null, null, null)), staff.helpDesk().actor());
		long complaintId = jdbc.sql("select id from complaint where tracking_code = ?").param(code.value())
			.query(Long.class).single();
		handling.verify(complaintId, null, new Classification(item(ReferenceList.REPORT_TYPE, "ASPIRASI"), null,
				item(ReferenceList.CATEGORY, "BANSOS"), null), staff.unitId("PFM"), null, coordinator.actor());
		handling.recordFollowUp(complaintId, null, "Kunjungan ke rumah pengadu.",
				List.of(new AttachmentUpload("kunjungan.jpg", "image/jpeg", JPEG)), officer.actor());
		long attachmentId = jdbc.sql("select id from attachment where complaint_id = ? and purpose = 'DOCUMENTATION'")
			.param(complaintId).query(Long.class).single();
		long id = create(coordinator, "Kunjungan tindak lanjut BPNT", thisYear(6, 2));

		Document wrong = Jsoup.parse(mvc.perform(post("/staf/pembinaan/" + id + "/pengaduan").with(user(coordinator)).with(csrf())
			.param("trackingCode", "ADU-0000")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select("#trackingCode ~ .invalid-feedback").text()).startsWith("Kode pelacakan tidak valid");
		mvc.perform(post("/staf/pembinaan/" + id + "/pengaduan").with(user(coordinator)).with(csrf())
			.param("trackingCode", code.value().toLowerCase())).andExpect(status().is3xxRedirection());
		Document page = page("/staf/pembinaan/" + id, coordinator);
		assertThat(page.select(".linked-complaint[data-code=" + code.value() + "]").text()).contains("BPNT belum diterima");
		Document stranger = page("/staf/pembinaan/" + id, staff.unitOfficer("REHSOS"));
		assertThat(stranger.select(".linked-complaint[data-code=" + code.value() + "]").text())
			.contains(code.value()).doesNotContain("BPNT belum diterima");
		mvc.perform(post("/staf/pembinaan/" + id + "/pengaduan/" + complaintId + "/foto/" + attachmentId + "/laporan")
			.param("chosen", "true").param("caption", "Kunjungan ke rumah pengadu BPNT")
			.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(documentation.chosenFor(thisYear(6, 1), thisYear(6, 30), staff.head().actor()))
			.filteredOn(set -> set.sessionId() == id)
			.singleElement()
			.satisfies(set -> assertThat(set.photos()).singleElement().satisfies(photo -> {
				assertThat(photo.trackingCode()).isEqualTo(code.value());
				assertThat(photo.caption()).isEqualTo("Kunjungan ke rumah pengadu BPNT");
				assertThat(photo.content()).isEqualTo(JPEG);
			}));
	}

	@Test
	void aNumberForASessionOfAPastYearIsRefusedWithAClearMessageAndNothingIsUsedUp() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = create(coordinator, "Pembinaan 2023", LocalDate.of(2023, 6, 6));
		int year = numbering.currentYear();
		int before = numbering.lastSequence(year);
		int before2023 = numbering.lastSequence(2023);

		Document page = Jsoup.parse(mvc.perform(post("/staf/pembinaan/" + id + "/nomor").with(user(coordinator)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".alert-danger").text()).isEqualTo(
				"Nomor surat untuk tahun 2023 tidak dapat diambil: register tahun itu sudah ditutup. Nomor hanya diberikan untuk tanggal pada tahun "
						+ year + " atau sesudahnya, kecuali administrator membuka kembali register tahun 2023 (Administrasi, Penomoran surat).");
		assertThat(page.select("#letter-number-none")).isNotEmpty();
		assertThat(numbering.lastSequence(2023)).as("nothing used up; another test reopens 2023 and closes it again in this database").isEqualTo(before2023);
		assertThat(numbering.lastSequence(year)).isEqualTo(before);
	}

	@Test
	void aSessionIsNumberedOnceAndItsDocumentsDownloadAsPdfAndDocx() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = create(coordinator, "Pembinaan bernomor", thisYear(2, 10));

		mvc.perform(post("/staf/pembinaan/" + id + "/nomor").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String number = page("/staf/pembinaan/" + id, coordinator).select("#letter-number").text();
		assertThat(number).matches("460/\\d+/II/" + numbering.currentYear());
		Document again = Jsoup.parse(mvc.perform(post("/staf/pembinaan/" + id + "/nomor").with(user(coordinator)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.select(".alert-danger").text()).isEqualTo("Kegiatan ini sudah bernomor " + number + ".");

		String fileBase = number.replace('/', '-');
		StaffPrincipal head = staff.head();
		byte[] pdf = mvc.perform(get("/staf/pembinaan/" + id + "/berita-acara.pdf").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("Berita-Acara-" + fileBase + ".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ReadBack.pdfText(pdf)).contains("Nomor: " + number);
		mvc.perform(get("/staf/pembinaan/" + id + "/daftar-hadir.docx").with(user(staff.unitOfficer("REHSOS"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void theCoordinatorEditsASessionButANumberedOneKeepsItsMonthAndAStaleFormIsRefused() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		long id = create(coordinator, "Pembinaan awal", thisYear(2, 10));
		Document form = page("/staf/pembinaan/" + id + "/ubah", coordinator);
		assertThat(form.select("#topic").attr("value")).isEqualTo("Pembinaan awal");
		String version = form.select("input[name=version]").attr("value");

		mvc.perform(edit(id, coordinator, version, "Pembinaan yang diubah", thisYear(2, 12)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/staf/pembinaan/" + id, coordinator).select("#topic").text()).isEqualTo("Pembinaan yang diubah");

		Document stale = Jsoup.parse(mvc.perform(edit(id, coordinator, version, "Dari formulir lama", thisYear(2, 12)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(stale.select(".alert-danger").text()).startsWith("Kegiatan ini baru saja diubah oleh petugas lain.");

		mvc.perform(post("/staf/pembinaan/" + id + "/nomor").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String current = page("/staf/pembinaan/" + id + "/ubah", coordinator).select("input[name=version]").attr("value");
		Document moved = Jsoup.parse(mvc.perform(edit(id, coordinator, current, "Pembinaan yang diubah", thisYear(3, 1)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(moved.select("#date ~ .invalid-feedback").text()).startsWith("Berita Acara sudah bernomor 460/");
		mvc.perform(edit(id, coordinator, current, "Pembinaan yang diubah", thisYear(2, 27)))
			.andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder edit(long id, StaffPrincipal coordinator, String version, String topic,
			LocalDate date) {
		return post("/staf/pembinaan/" + id + "/ubah").with(user(coordinator)).with(csrf())
			.param("version", version)
			.param("kind", "COACHING")
			.param("topic", topic)
			.param("date", date.toString())
			.param("place", "Aula Dinas Sosial Kabupaten Buru Selatan");
	}

	@Test
	void onlyTheCoordinatorChangesSessionsWhileOtherStaffReadThem() throws Exception {
		long id = create(staff.coordinator(), "Rapat koordinasi", thisYear(8, 8));
		StaffPrincipal head = staff.head();

		Document page = page("/staf/pembinaan/" + id, head);
		assertThat(page.select("#person-form, #photo-form, #issue-number, #edit-session")).isEmpty();
		mvc.perform(post("/staf/pembinaan/" + id + "/orang").with(user(head)).with(csrf()).param("name", "Siapa"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/pembinaan/baru").with(user(staff.unitOfficer("REHSOS")))).andExpect(status().isForbidden());
		mvc.perform(post("/staf/pembinaan/baru").with(user(staff.helpDesk())).with(csrf()).param("topic", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/pembinaan").with(user(staff.admin()))).andExpect(status().isForbidden());
		assertThat(attendees(id)).isZero();
	}

	private long create(StaffPrincipal coordinator, String topic, LocalDate date) throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from coaching_session").query(Long.class).single();
		MockHttpServletRequestBuilder request = post("/staf/pembinaan/baru").with(user(coordinator)).with(csrf())
			.param("kind", "COACHING")
			.param("topic", topic)
			.param("date", date.toString())
			.param("startTime", "09:00")
			.param("endTime", "12:00")
			.param("place", "Aula Dinas Sosial Kabupaten Buru Selatan")
			.param("serviceIds", String.valueOf(catalog.serviceByCode("L01").orElseThrow().id()),
					String.valueOf(catalog.serviceByCode("L09").orElseThrow().id()))
			.param("integratedServices", "1. Layanan Rujukan Terpadu\n2. Layanan KIS DTKS");
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/staf/pembinaan/".length()));
		assertThat(id).isGreaterThan(before);
		return id;
	}

	private Document upload(long id, StaffPrincipal coordinator, MockMultipartFile file) throws Exception {
		return Jsoup.parse(mvc.perform(multipart("/staf/pembinaan/" + id + "/foto").file(file).with(user(coordinator)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private LocalDate thisYear(int month, int day) {
		return LocalDate.of(numbering.currentYear(), month, day);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long attendees(long id) {
		return count("coaching_attendee where session_id = " + id);
	}

	private long channel() {
		return catalog.itemByCode(ReferenceList.CHANNEL, "PHONE").orElseThrow().id();
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}
}

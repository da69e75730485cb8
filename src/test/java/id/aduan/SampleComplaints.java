package id.aduan;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.InboxQuery;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;

/**
 * Complaints with photos and a history, put into an instance's register through the same code as the
 * pages: for tests that need real data on a database of their own (backup, restore, the audit chain).
 */
public final class SampleComplaints {

	private SampleComplaints() {
	}

	/** {@code count} complaints, each with one PNG of random bytes; every other one verified and routed. */
	public static List<TrackingCode> register(AduanInstance instance, int count) {
		ComplaintRegistration registration = instance.bean(ComplaintRegistration.class);
		ComplaintHandling handling = instance.bean(ComplaintHandling.class);
		ComplaintQueries queries = instance.bean(ComplaintQueries.class);
		Catalog catalog = instance.bean(Catalog.class);
		Staff staff = instance.bean(Staff.class);
		Actor coordinator = staff.coordinator().actor();
		long web = catalog.itemByCode(ReferenceList.CHANNEL, "API").orElseThrow().id();
		long category = catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id();
		long type = catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id();
		long form = catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id();
		long unit = catalog.unitByCode("LINJAMSOS").orElseThrow().id();
		Random random = new SecureRandom();
		List<TrackingCode> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] photo = new byte[2048 + random.nextInt(4096)];
			random.nextBytes(photo);
			System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, photo, 0, 8);
			NewComplaint complaint = NewComplaint
				.of(Arrival.by(web), Matter.of("Bantuan belum diterima " + i,
						"Kartu keluarga kami terdaftar tetapi bantuan bulan ini belum diterima (" + i + ")."))
				.from(new Complainant("Warga " + i, "08123456" + (1000 + i), "warga" + i + "@example.id", "Desa Waelo"),
						i % 3 == 0, false)
				.attaching(List.of(new AttachmentUpload("bukti-" + i + ".png", "image/png", photo)));
			TrackingCode code = registration.register(complaint, Actor.citizen("Warga " + i));
			if (i % 2 == 0) {
				long id = queries.inbox(new InboxQuery(null, null, null, null, null, null, null, code.value(), 0, 20), coordinator).rows().get(0).id();
				handling.verify(id, null, new Classification(type, form, category, null), unit, null, coordinator);
			}
			codes.add(code);
		}
		return codes;
	}
}

package id.aduan.tracking;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.AccessKey;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.PublicTracking;
import id.aduan.complaints.TrackingCode;
import id.aduan.documents.PdfDocuments;

/**
 * Receipts (tanda terima) of complaints, whatever channel they came through: the sheet the page shows
 * after submitting, the help desk prints for a walk-in, and anyone holding the code may download again.
 * The PDF carries the access key only when the one asking typed it (the first showing passes it on from
 * the submission); the plain key is never stored, so a receipt fetched later cannot carry it.
 */
@Component
class Receipts {

	private final PublicTracking tracking;

	private final ComplaintQueries complaints;

	private final Catalog catalog;

	private final PdfDocuments pdf;

	private final String publicUrl;

	Receipts(PublicTracking tracking, ComplaintQueries complaints, Catalog catalog, PdfDocuments pdf,
			@Value("${aduan.followup.public-url:http://localhost:8080}") String publicUrl) {
		this.tracking = tracking;
		this.complaints = complaints;
		this.catalog = catalog;
		this.pdf = pdf;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Optional<ReceiptSheet> sheet(TrackingCode code) {
		return tracking.receipt(code).map(receipt -> {
			String channel = catalog.item(ReferenceList.CHANNEL, receipt.channelId()).map(ReferenceItem::name).orElse("");
			String address = publicUrl + "/lacak/" + receipt.trackingCode();
			return new ReceiptSheet(receipt.trackingCode(), receipt.receivedAt().atZone(catalog.office().zone()),
					channel, receipt.verifyDue(), receipt.answerDue(), receipt.verifyDays(), receipt.answerDays(),
					address, TrackingQr.dataUri(address));
		});
	}

	/** Whether this is the complaint's access key: only then may a receipt show it. */
	boolean isKeyOf(TrackingCode code, AccessKey key) {
		return key != null && complaints.openedByComplainant(code, key).isPresent();
	}

	/** The one-page PDF; {@code key} printed when given (checked by the caller with {@link #isKeyOf}). */
	byte[] pdf(ReceiptSheet sheet, AccessKey key) {
		Map<String, Object> model = new HashMap<>();
		model.put("r", sheet);
		model.put("office", catalog.office());
		if (key != null) {
			model.put("accessKey", key.value());
		}
		return pdf.render("tracking/receipt-pdf", model);
	}
}

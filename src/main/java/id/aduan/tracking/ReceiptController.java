package id.aduan.tracking;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.aduan.complaints.AccessKey;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.NotFound;

/**
 * The receipt (tanda terima) of a complaint at an address carrying its code, so that reloading the page
 * after submitting loses nothing (post, redirect, get). The form that registered the complaint passes the
 * access key as a flash attribute: it shows on the first showing only. The PDF without the key is there
 * for anyone holding the code; with the key only for a request that brings the key (the first showing's
 * download button, the help desk's print button).
 */
@Controller
class ReceiptController {

	/** Flash attribute: the access key given at submission, for the first showing of the receipt. */
	static final String ACCESS_KEY = "accessKey";

	private final Receipts receipts;

	ReceiptController(Receipts receipts) {
		this.receipts = receipts;
	}

	@GetMapping("/lacak/{code}/tanda-terima")
	String page(@PathVariable String code, Model model) {
		model.addAttribute("r", sheet(code));
		return "tracking/receipt";
	}

	@GetMapping("/lacak/{code}/tanda-terima.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		ReceiptSheet sheet = sheet(code);
		return pdf(sheet, receipts.pdf(sheet, null));
	}

	/** The PDF with the access key printed on it, for whoever brings the right key; else not found. */
	@PostMapping("/lacak/{code}/tanda-terima.pdf")
	ResponseEntity<byte[]> pdfWithKey(@PathVariable String code, @RequestParam(name = "key", required = false) String key) {
		ReceiptSheet sheet = sheet(code);
		AccessKey accessKey = AccessKey.parse(key).orElse(null);
		if (!receipts.isKeyOf(TrackingCode.parse(code).orElseThrow(), accessKey)) {
			throw new NotFound("conversation.key.wrong");
		}
		return pdf(sheet, receipts.pdf(sheet, accessKey));
	}

	private ReceiptSheet sheet(String code) {
		return TrackingCode.parse(code)
			.flatMap(receipts::sheet)
			.orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}

	private static ResponseEntity<byte[]> pdf(ReceiptSheet sheet, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.inline()
				.filename("tanda-terima-" + sheet.trackingCode() + ".pdf")
				.build()
				.toString())
			.body(content);
	}
}

package id.aduan.documents;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.OfficeLogos;
import id.aduan.catalog.OfficeProfile;
import id.aduan.language.IndonesianDates;

/**
 * What every official document of the office shares: its letterhead and its head's signature block,
 * both from the office profile the administrator keeps, and the documents' wording from the message
 * bundle, always in Indonesian.
 */
@Component
public class OfficialDocuments {

	/** Official documents are Indonesian, whatever language the pages are read in. */
	public static final Locale LANGUAGE = Locale.forLanguageTag("id");

	private final Catalog catalog;

	private final MessageSource messages;

	private final OfficeLogos logos;

	OfficialDocuments(Catalog catalog, MessageSource messages, OfficeLogos logos) {
		this.catalog = catalog;
		this.messages = messages;
		this.logos = logos;
	}

	/** The kop surat of the office as it is now, with its emblem if it has one. */
	public Letterhead letterhead() {
		OfficeProfile office = catalog.office();
		String address = office.postalCode() == null
				? text("document.letterhead.address", office.address(), office.city())
				: text("document.letterhead.addressWithPostalCode", office.address(), office.city(), office.postalCode());
		String phone = office.phone() == null ? null : text("document.letterhead.phone", office.phone());
		String online;
		if (office.website() != null && office.email() != null) {
			online = text("document.letterhead.online", office.website(), office.email());
		}
		else if (office.website() != null) {
			online = text("document.letterhead.website", office.website());
		}
		else {
			online = office.email() == null ? null : text("document.letterhead.email", office.email());
		}
		Picture logo = logos.current()
			.flatMap(stored -> Picture.of(stored.content(), stored.contentType()))
			.map(picture -> picture.fitted(Letterhead.LOGO_CM, Letterhead.LOGO_CM))
			.orElse(null);
		return new Letterhead(office.governmentName(), office.officeName(), address, phone, online, logo);
	}

	/** The head of office (Kepala Dinas) with title, name and NIP, who signs the office's documents. */
	public Signatory headOfOffice() {
		OfficeProfile office = catalog.office();
		return new Signatory(office.headTitle(), office.headName(), office.headNip(), office.headRank());
	}

	/** The place and date a document is signed at: "Namrole, 6 Juni 2023". */
	public String placeAndDate(LocalDate date) {
		return text("document.placeAndDate", catalog.office().city(), IndonesianDates.formal(date));
	}

	/** The line under a signature: "NIP. 19650703 198803 1 017"; null without a NIP. */
	public String nipLine(Signatory signatory) {
		String nip = signatory.formattedNip();
		return nip == null ? null : text("document.nip", nip);
	}

	/** A text of the documents' wording, in Indonesian. Numbers among the arguments should be strings. */
	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LANGUAGE);
	}
}

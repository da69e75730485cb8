package id.aduan.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.ComplaintForm;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.messaging.MessagingSetup;
import id.aduan.system.InvalidInput;

/**
 * The citizen's complaint form. Needs no login and works on a phone; answers with the receipt (at an
 * address carrying the tracking code, so a reload keeps it) and, on its first showing only, the access key
 * to the complaint's message thread. The form keeps everything typed when something must
 * be fixed. A hidden field that people never see (a honeypot, instead of a CAPTCHA that shuts out people
 * with poor sight or a poor connection) catches simple bots: a form with it filled in stores nothing.
 * Where it happened may be given as a district or village of the region's list and as coordinates
 * (typed, taken from the phone's GPS, or tapped on a map when the browser is online, by a script on the
 * page), kept by {@link ComplaintLocations}.
 */
@Controller
class CitizenFormController {

	private static final Logger log = LoggerFactory.getLogger(CitizenFormController.class);

	static final String CHANNEL = "WEB_FORM";

	/** The hidden field only a bot fills in; not part of the complaint form. */
	static final String HONEYPOT = "website";

	private final ComplaintRegistration registration;

	private final Catalog catalog;

	private final ComplaintLocations locations;

	private final MessagingSetup messaging;

	private final MapSettings map;

	CitizenFormController(ComplaintRegistration registration, Catalog catalog, ComplaintLocations locations,
			MessagingSetup messaging, MapSettings map) {
		this.registration = registration;
		this.catalog = catalog;
		this.locations = locations;
		this.messaging = messaging;
		this.map = map;
	}

	@GetMapping("/pengaduan/baru")
	String form(Model model) {
		model.addAttribute("form", new ComplaintForm());
		return show(model);
	}

	@PostMapping("/pengaduan/baru")
	String submit(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
			@RequestParam(name = HONEYPOT, required = false) String honeypot,
			@RequestParam(required = false) String placeId, @RequestParam(required = false) String latitude,
			@RequestParam(required = false) String longitude, Model model, RedirectAttributes redirect) {
		Long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).orElseThrow().id();
		ComplaintLocation location = LocationFields.read(locations, form, placeId, latitude, longitude, binding, model);
		NewComplaint complaint = form.toNewComplaint(Arrival.by(channel));
		if (honeypot != null && !honeypot.isBlank()) {
			log.info("Formulir pengaduan dengan isian jebakan (honeypot) ditolak");
			binding.reject("intake.honeypot.refused");
			return show(model);
		}
		try {
			if (binding.hasErrors()) {
				registration.check(complaint);
				return show(model);
			}
			Receipt receipt = locations.registerAt(complaint,
					Actor.citizen(form.isAnonymous() ? null : form.getComplainant().getName()), location);
			redirect.addFlashAttribute("trackingCode", receipt.trackingCode().value());
			redirect.addFlashAttribute("accessKey", receipt.accessKey().value());
			return "redirect:/lacak/" + receipt.trackingCode().value() + "/tanda-terima";
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return show(model);
		}
	}

	/** The address the receipt once had, without its code: bookmarks of it lead to the tracking page. */
	@GetMapping("/pengaduan/terkirim")
	String submitted() {
		return "redirect:/lacak";
	}

	private String show(Model model) {
		model.addAttribute("services", catalog.activeServices());
		LocationFields.offer(locations, map, model);
		model.addAttribute("phoneNoticesOffered", messaging.offered());
		return "intake/submit";
	}
}

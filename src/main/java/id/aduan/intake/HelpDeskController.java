package id.aduan.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.Receipt;
import id.aduan.complaints.TrackingCode;
import id.aduan.messaging.MessagingSetup;
import id.aduan.system.ActionRefused;
import id.aduan.system.NotFound;
import id.aduan.system.InvalidInput;

/**
 * The help desk (and the coordinator) take down complaints that arrived by phone, walk-in, letter or
 * social media: one short form, the channel first, the received time defaulting to now. A pasted link
 * to a post on X, Instagram, Facebook, LinkedIn, YouTube or TikTok sets the channel and is kept in its
 * standard form ({@link SocialLink}); the same link already in the register is pointed out as a
 * probable duplicate.
 */
@Controller
@RequestMapping("/staf/pengaduan/baru")
class HelpDeskController {

	private final ComplaintRegistration registration;

	private final Catalog catalog;

	private final Clock clock;

	private final ComplaintQueries queries;

	private final MessagingSetup messaging;

	private final ComplaintLocations locations;

	private final MapSettings map;

	HelpDeskController(ComplaintRegistration registration, Catalog catalog, Clock clock, ComplaintQueries queries,
			MessagingSetup messaging, ComplaintLocations locations, MapSettings map) {
		this.messaging = messaging;
		this.locations = locations;
		this.map = map;
		this.registration = registration;
		this.catalog = catalog;
		this.clock = clock;
		this.queries = queries;
	}

	@GetMapping
	String form(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		allowed(staff);
		ZoneId zone = catalog.office().zone();
		Long phone = catalog.itemByCode(ReferenceList.CHANNEL, "PHONE").map(item -> item.id()).orElse(null);
		HelpDeskForm form = new HelpDeskForm();
		form.setChannelId(phone);
		form.setReceivedAt(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("form", form);
		return show(model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal StaffPrincipal staff, @ModelAttribute("form") HelpDeskForm form,
			BindingResult binding, @RequestParam(required = false) String placeId,
			@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
			Model model, RedirectAttributes redirect) {
		allowed(staff);
		ComplaintLocation location = LocationFields.read(locations, form, placeId, latitude, longitude, binding, model);
		ZoneId zone = catalog.office().zone();
		Optional<SocialLink> link = SocialLink.recognise(form.getChannelReference());
		Optional<ReferenceItem> linkChannel = link.flatMap(found -> catalog.itemByCode(ReferenceList.CHANNEL,
				found.channelCode()));
		Long channel = linkChannel.map(ReferenceItem::id).orElse(form.getChannelId());
		String reference = link.map(SocialLink::url).orElse(form.getChannelReference());
		NewComplaint complaint = form.toNewComplaint(new Arrival(channel,
				form.getReceivedAt() == null ? null : form.getReceivedAt().atZone(zone).toInstant(), reference));
		try {
			if (binding.hasErrors()) {
				registration.check(complaint);
				return show(model);
			}
			List<String> sameLink = link.isPresent() ? queries.codesWithChannelReference(reference) : List.of();
			Receipt receipt = locations.registerAt(complaint, staff.actor(), location);
			redirect.addFlashAttribute("notice", "intake.registered");
			redirect.addFlashAttribute("registeredCode", receipt.trackingCode().value());
			redirect.addFlashAttribute("accessKey", receipt.accessKey().value());
			linkChannel.ifPresent(item -> redirect.addFlashAttribute("linkRecognised", item.name()));
			redirect.addFlashAttribute("sameLink", sameLink);
			return "redirect:/staf/pengaduan/baru/selesai/" + receipt.trackingCode().value();
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return show(model);
		}
	}

	/**
	 * The page after registering, at an address carrying the code so that a reload keeps it; the access key
	 * (to tell the complainant, or print on their receipt) only on the first showing.
	 */
	@GetMapping("/selesai/{code}")
	String registered(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code, Model model) {
		allowed(staff);
		TrackingCode parsed = TrackingCode.parse(code).orElseThrow(() -> new NotFound("tracking.code.unknown"));
		model.addAttribute("registeredCode", parsed.value());
		return "intake/registered";
	}

	private String show(Model model) {
		model.addAttribute("channels", catalog.activeItems(ReferenceList.CHANNEL));
		model.addAttribute("reportTypes", catalog.activeItems(ReferenceList.REPORT_TYPE));
		model.addAttribute("forms", catalog.activeItems(ReferenceList.FORM));
		model.addAttribute("categories", catalog.activeItems(ReferenceList.CATEGORY));
		model.addAttribute("services", catalog.activeServices());
		model.addAttribute("phoneNoticesOffered", messaging.offered());
		LocationFields.offer(locations, map, model);
		return "intake/helpdesk";
	}

	/** Registering is the help desk's work and the coordinator's; unit officers and the head do not. */
	private static void allowed(StaffPrincipal staff) {
		if (staff.role() != Role.HELPDESK && staff.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "intake.register.role");
		}
	}
}

package id.aduan.intake;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.complaints.ComplaintQueries;

/**
 * The complaint page's panel of the point where it happened, as the citizen gave it on the form (the
 * district or village is already the complaint's place of incident): the coordinates, with a link that
 * opens them on OpenStreetMap for the officer who goes there. Only for staff who may see the complaint;
 * nothing when the complaint has no coordinates.
 */
@Controller
class ComplaintLocationPanel {

	private final ComplaintQueries complaints;

	private final ComplaintLocations locations;

	ComplaintLocationPanel(ComplaintQueries complaints, ComplaintLocations locations) {
		this.complaints = complaints;
		this.locations = locations;
	}

	@GetMapping("/staf/pengaduan/{id}/lokasi")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		complaints.details(id, staff.actor());
		ComplaintLocation location = locations.of(List.of(id)).get(id);
		model.addAttribute("location", location == null || location.lat() == null ? null : location);
		return "intake/location-panel :: panel";
	}
}

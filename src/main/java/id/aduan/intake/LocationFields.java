package id.aduan.intake;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import id.aduan.complaints.ComplaintForm;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;

/**
 * The "where it happened" fields (template {@code intake/location-fields}) as every form that has them
 * reads and shows them: the citizen's form and the help desk's. A place chosen from the region list
 * becomes the place of incident when none was typed; fields that cannot be used are the form's errors,
 * named by field; what was typed is shown again.
 */
final class LocationFields {

	private LocationFields() {
	}

	/** Reads the fields; their problems go on {@code binding}, and what was typed back to the page. */
	static ComplaintLocation read(ComplaintLocations locations, ComplaintForm form, String placeId, String latitude,
			String longitude, BindingResult binding, Model model) {
		Problems where = new Problems();
		ComplaintLocation location = locations.read(placeId, latitude, longitude, where);
		if ((form.getIncidentPlace() == null || form.getIncidentPlace().isBlank()) && location.placeId() != null) {
			form.setIncidentPlace(locations.place(location.placeId()).orElseThrow().label());
		}
		model.addAttribute("placeId", placeId);
		model.addAttribute("latitude", latitude);
		model.addAttribute("longitude", longitude);
		try {
			where.throwIfAny();
		}
		catch (InvalidInput misplaced) {
			misplaced.applyTo(binding);
		}
		return location;
	}

	/** What the fields offer: the region's places, and the map when there is one. */
	static void offer(ComplaintLocations locations, MapSettings map, Model model) {
		model.addAttribute("places", locations.places());
		model.addAttribute("map", map.shown() ? map : null);
	}
}

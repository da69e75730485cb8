package id.aduan.complaints;

import java.util.Set;

import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.system.NotFound;

/**
 * Loads a complaint for a member of staff, or answers "not found" when they may not see it: a unit
 * officer who guesses another unit's complaint learns nothing, not even that it exists.
 */
@Component
class ComplaintAccess {

	private final Complaints complaints;

	private final Catalog catalog;

	ComplaintAccess(Complaints complaints, Catalog catalog) {
		this.complaints = complaints;
		this.catalog = catalog;
	}

	Complaint visible(long id, Actor actor) {
		Complaint complaint = complaints.byId(id).orElseThrow(() -> new NotFound("complaint.notFound"));
		if (!actor.role().isStaff() || !complaint.isVisibleTo(handler(actor))) {
			throw new NotFound("complaint.notFound");
		}
		return complaint;
	}

	Handler handler(Actor actor) {
		return actor.role() == Role.UNIT_OFFICER ? Handler.of(actor, catalog.unitTree())
				: new Handler(actor, Set.of());
	}
}

package id.aduan.followup.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.followup.StaffNotices;

/**
 * Puts the signed-in staff member's unread notice count in every page's model as {@value #ATTRIBUTE},
 * for the menu's badge (the layout shows it); absent for the public and for the administrator, who gets
 * no notices.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadNoticesAdvice {

	static final String ATTRIBUTE = "unreadNotices";

	private final StaffNotices notices;

	UnreadNoticesAdvice(StaffNotices notices) {
		this.notices = notices;
	}

	@ModelAttribute(ATTRIBUTE)
	Long unreadNotices() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)
				|| !staff.role().isStaff() || staff.role() == id.aduan.accounts.Role.ADMIN) {
			return null;
		}
		return notices.unread(staff.id());
	}
}

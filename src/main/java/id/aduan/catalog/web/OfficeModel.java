package id.aduan.catalog.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.OfficeProfile;

/** Every page names the office it belongs to (header and footer). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class OfficeModel {

	private final Catalog catalog;

	OfficeModel(Catalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("office")
	OfficeProfile office() {
		return catalog.office();
	}
}

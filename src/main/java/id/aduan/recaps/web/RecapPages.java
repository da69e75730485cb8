package id.aduan.recaps.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;
import id.aduan.system.NotFound;

/** Reading the unit and month out of a recap page's address: an unknown one is a page that does not exist. */
final class RecapPages {

	private RecapPages() {
	}

	static YearMonth month(String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException notAMonth) {
			throw new NotFound("recap.notFound");
		}
	}

	static WorkUnit unit(Catalog catalog, String code) {
		return catalog.unitByCode(code).orElseThrow(() -> new NotFound("recap.notFound"));
	}
}

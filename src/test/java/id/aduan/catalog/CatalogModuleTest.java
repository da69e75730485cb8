package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;
import id.aduan.system.InvalidInput;

/**
 * The catalog with only what it is allowed to use: its own beans, the audit trail it writes to and
 * {@code system} (the clock the trail reads), on a fresh H2 database. The tree of work units is the
 * catalog's own rule to keep, and every change to it is on the trail.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system",
		webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class CatalogModuleTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogEditing editing;

	@Autowired
	AuditTrail audit;

	@Test
	void aUnitAddedUnderAnotherSitsBeneathItInTheTreeAndItsAdditionIsOnTheTrail() {
		long office = catalog.unitByCode("DINSOS").orElseThrow().id();
		long division = editing.addUnit(draft("BIDANG", "Bidang Uji", office), "admin");
		long section = editing.addUnit(draft("SEKSI", "Seksi Uji", division), "admin");

		WorkUnitTree tree = catalog.unitTree();
		assertThat(tree.subtreeOf(division)).containsExactly(division, section);
		assertThat(tree.ancestorsOf(section)).contains(division, office);
		assertThat(audit.forSubject("work_unit", String.valueOf(section))).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("WORK_UNIT_ADDED"))
			.extracting(AuditEntry::actor)
			.isEqualTo("admin");
	}

	@Test
	void aUnitCannotBeMovedBeneathItsOwnSubunitAndStaysWhereItWas() {
		long office = catalog.unitByCode("DINSOS").orElseThrow().id();
		long division = editing.addUnit(draft("BIDANG", "Bidang Uji", office), "admin");
		long section = editing.addUnit(draft("SEKSI", "Seksi Uji", division), "admin");

		assertThatThrownBy(() -> editing.updateUnit(division, draft(null, "Bidang Uji", section), "admin"))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.problems()).extracting(problem -> problem.field()).containsExactly("parentId"));
		assertThat(catalog.unit(division)).get().extracting(WorkUnit::parentId).isEqualTo(office);
		assertThat(audit.forSubject("work_unit", String.valueOf(division))).extracting(AuditEntry::action)
			.containsExactly("WORK_UNIT_ADDED");
	}

	private static CatalogEditing.UnitDraft draft(String code, String name, long parent) {
		return new CatalogEditing.UnitDraft(code == null ? null : code + System.nanoTime() % 1_000_000, name, parent,
				null, true, 10);
	}
}

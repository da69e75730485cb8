package id.aduan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another's internals or the modules form a cycle. */
class ModuleStructureTest {

	static final ApplicationModules MODULES = ApplicationModules.of(AduanApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleGraphForTheArchitectureDocument() {
		new Documenter(MODULES).writeModulesAsPlantUml();
	}
}

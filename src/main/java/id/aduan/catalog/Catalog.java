package id.aduan.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Read access to the office's reference data for every other module. Lists come in their set order;
 * the {@code active…} variants are what new complaints may choose from, the others what old
 * complaints may still point at.
 */
@Component
public class Catalog {

	private final ReferenceItems items;

	private final WorkUnits units;

	private final PublicServices services;

	private final OfficeProfiles offices;

	Catalog(ReferenceItems items, WorkUnits units, PublicServices services, OfficeProfiles offices) {
		this.items = items;
		this.units = units;
		this.services = services;
		this.offices = offices;
	}

	public List<ReferenceItem> items(ReferenceList list) {
		return items.all(list);
	}

	public List<ReferenceItem> activeItems(ReferenceList list) {
		return items.all(list).stream().filter(ReferenceItem::active).toList();
	}

	public Optional<ReferenceItem> item(ReferenceList list, long id) {
		return items.byId(list, id);
	}

	public Optional<ReferenceItem> itemByCode(ReferenceList list, String code) {
		return code == null ? Optional.empty() : items.byCode(list, code.trim().toUpperCase());
	}

	public WorkUnitTree unitTree() {
		return new WorkUnitTree(units.all());
	}

	public Optional<WorkUnit> unit(long id) {
		return unitTree().find(id);
	}

	public Optional<WorkUnit> unitByCode(String code) {
		return code == null ? Optional.empty() : units.byCode(code.trim().toUpperCase());
	}

	public List<PublicService> services() {
		return services.all();
	}

	public List<PublicService> activeServices() {
		return services.all().stream().filter(PublicService::active).toList();
	}

	public Optional<PublicService> service(long id) {
		return services.all().stream().filter(service -> service.id() == id).findFirst();
	}

	public Optional<PublicService> serviceByCode(String code) {
		return code == null ? Optional.empty() : services.byCode(code.trim().toUpperCase());
	}

	public OfficeProfile office() {
		return offices.current();
	}
}

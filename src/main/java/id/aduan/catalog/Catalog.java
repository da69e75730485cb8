package id.aduan.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Read access to the office's reference data for every other module. Lists come in their set order;
 * the {@code active…} variants are what new complaints may choose from, the others what old
 * complaints may still point at. Reads come from memory ({@link CatalogCache}): every complaint reads
 * reference data, nobody changes it often.
 */
@Component
public class Catalog {

	private final ReferenceItems items;

	private final WorkUnits units;

	private final PublicServices services;

	private final OfficeProfiles offices;

	private final CatalogCache cache;

	Catalog(ReferenceItems items, WorkUnits units, PublicServices services, OfficeProfiles offices, CatalogCache cache) {
		this.items = items;
		this.units = units;
		this.services = services;
		this.offices = offices;
		this.cache = cache;
	}

	public List<ReferenceItem> items(ReferenceList list) {
		return cache.get("items:" + list, () -> List.copyOf(items.all(list)));
	}

	/**
	 * Where the public reaches the office through each channel (a web address, {@code mailto:} or an app
	 * link), by channel id; channels without one (walk-in, letter) are absent.
	 */
	public Map<Long, String> channelAddresses() {
		return cache.get("channelAddresses", () -> Map.copyOf(items.channelAddresses()));
	}

	public List<ReferenceItem> activeItems(ReferenceList list) {
		return items(list).stream().filter(ReferenceItem::active).toList();
	}

	public Optional<ReferenceItem> item(ReferenceList list, long id) {
		return items(list).stream().filter(item -> item.id() == id).findFirst();
	}

	public Optional<ReferenceItem> itemByCode(ReferenceList list, String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase();
		return items(list).stream().filter(item -> item.code().equals(wanted)).findFirst();
	}

	public WorkUnitTree unitTree() {
		return cache.get("unitTree", () -> new WorkUnitTree(unitList()));
	}

	private List<WorkUnit> unitList() {
		return cache.get("units", () -> List.copyOf(units.all()));
	}

	public Optional<WorkUnit> unit(long id) {
		return unitTree().find(id);
	}

	public Optional<WorkUnit> unitByCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase();
		return unitList().stream().filter(unit -> unit.code().equals(wanted)).findFirst();
	}

	public List<PublicService> services() {
		return cache.get("services", () -> List.copyOf(services.all()));
	}

	public List<PublicService> activeServices() {
		return services().stream().filter(PublicService::active).toList();
	}

	public Optional<PublicService> service(long id) {
		return services().stream().filter(service -> service.id() == id).findFirst();
	}

	public Optional<PublicService> serviceByCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase();
		return services().stream().filter(service -> service.code().equals(wanted)).findFirst();
	}

	public OfficeProfile office() {
		return cache.get("office", offices::current);
	}
}

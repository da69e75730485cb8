package id.aduan.catalog;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.EmailAddress;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * The administrator's changes to reference data. Codes are fixed once created (other systems and
 * imports refer to them); everything else may change, and retiring means deactivating.
 */
@Component
public class CatalogEditing {

	/**
	 * What an administrator types for a flat reference item. A channel has two addresses: {@code contact},
	 * the text the semester report prints ("facebook.com/Dinsosbursel"), and {@code publicAddress}, the link
	 * the front page makes of the channel ({@code https://…}, {@code mailto:…}, {@code tel:…} or a path
	 * of this site); other lists have neither.
	 */
	public record ItemDraft(String code, @Required @MaxLength(200) @PlainText String name,
			@MaxLength(500) @PlainText String description, boolean active, Integer sortOrder,
			@MaxLength(200) @PlainText String sentenceForm, @MaxLength(300) @PlainText String contact,
			@MaxLength(300) @PlainText String publicAddress) {

		/** A draft without a sentence form or addresses: the name reads well in a sentence as it is. */
		public ItemDraft(String code, String name, String description, boolean active, Integer sortOrder) {
			this(code, name, description, active, sortOrder, null, null, null);
		}
	}

	public record UnitDraft(String code, @Required @MaxLength(200) @PlainText String name, Long parentId,
			@EmailAddress String email, boolean active, Integer sortOrder) {
	}

	public record ServiceDraft(String code, @Required @MaxLength(300) @PlainText String name, Long unitId, boolean active,
			Integer sortOrder) {
	}

	/** The three time zones of Indonesia: WIB, WITA, WIT. */
	public static final Set<String> TIME_ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private static final Pattern NIP = Pattern.compile("\\d{18}");

	/**
	 * A link the front page can open: a web page, an e-mail, a phone number, or a page of this site (a
	 * path; not {@code //host}, which would leave the site).
	 */
	private static final Pattern PUBLIC_ADDRESS = Pattern.compile(
			"(?i)(https?://[^\\s/?#]+\\S*|mailto:[^\\s@]+@[^\\s@]+|tel:\\+?[0-9][0-9-]*|/(?!/)\\S*)");

	private final ReferenceItems items;

	private final WorkUnits units;

	private final PublicServices services;

	private final OfficeProfiles offices;

	private final AuditTrail audit;

	CatalogEditing(ReferenceItems items, WorkUnits units, PublicServices services, OfficeProfiles offices,
			AuditTrail audit) {
		this.items = items;
		this.units = units;
		this.services = services;
		this.offices = offices;
		this.audit = audit;
	}

	@Transactional
	public long addItem(ReferenceList list, ItemDraft draft, String by) {
		Problems problems = new Problems();
		String code = code(draft.code(), problems);
		problems.check(problems.has("code") || items.byCode(list, code).isEmpty(), "code", "catalog.code.taken", code);
		checkItem(list, draft, problems);
		problems.throwIfAny();
		long id = items.add(list, code, draft.name().trim(), Problems.blankToNull(draft.description()),
				draft.sortOrder(), trimmed(draft.sentenceForm()), trimmed(draft.contact()));
		if (list == ReferenceList.CHANNEL) {
			items.setChannelAddress(id, trimmed(draft.publicAddress()));
		}
		audit.record(by, "CATALOG_ITEM_ADDED", list.name(), String.valueOf(id),
				code + ": " + draft.name().trim() + addresses(list, draft));
		return id;
	}

	@Transactional
	public void updateItem(ReferenceList list, long id, ItemDraft draft, String by) {
		if (items.byId(list, id).isEmpty()) {
			throw InvalidInput.of("id", "catalog.item.unknown");
		}
		Problems problems = new Problems();
		checkItem(list, draft, problems);
		problems.throwIfAny();
		items.update(list, id, draft.name().trim(), Problems.blankToNull(draft.description()), draft.active(),
				draft.sortOrder(), trimmed(draft.sentenceForm()), trimmed(draft.contact()));
		if (list == ReferenceList.CHANNEL) {
			items.setChannelAddress(id, trimmed(draft.publicAddress()));
		}
		audit.record(by, "CATALOG_ITEM_CHANGED", list.name(), String.valueOf(id),
				draft.name().trim() + (draft.active() ? "" : " (nonaktif)") + addresses(list, draft));
	}

	@Transactional
	public long addUnit(UnitDraft draft, String by) {
		Problems problems = new Problems();
		String code = code(draft.code(), problems);
		problems.check(problems.has("code") || units.byCode(code).isEmpty(), "code", "catalog.code.taken", code);
		WorkUnitTree tree = new WorkUnitTree(units.all());
		problems.check(draft.parentId() != null && tree.find(draft.parentId()).isPresent(), "parentId",
				"catalog.unit.parent.required");
		checkUnit(draft, problems);
		problems.throwIfAny();
		long id = units.add(code, draft.name().trim(), draft.parentId(), Problems.blankToNull(draft.email()),
				draft.sortOrder());
		audit.record(by, "WORK_UNIT_ADDED", "work_unit", String.valueOf(id), describe(code, draft));
		return id;
	}

	@Transactional
	public void updateUnit(long id, UnitDraft draft, String by) {
		WorkUnitTree tree = new WorkUnitTree(units.all());
		WorkUnit unit = tree.find(id).orElseThrow(() -> InvalidInput.of("id", "catalog.item.unknown"));
		Problems problems = new Problems();
		Long parentId = unit.isRoot() ? null : draft.parentId();
		if (!unit.isRoot()) {
			if (parentId == null || tree.find(parentId).isEmpty()) {
				problems.add("parentId", "catalog.unit.parent.required");
			}
			else {
				problems.check(!tree.isWithin(parentId, id), "parentId", "catalog.unit.parent.loop");
			}
		}
		problems.check(!unit.isRoot() || draft.active(), "active", "catalog.unit.root.active");
		checkUnit(draft, problems);
		problems.throwIfAny();
		units.update(id, draft.name().trim(), parentId, Problems.blankToNull(draft.email()), draft.active(),
				draft.sortOrder());
		audit.record(by, "WORK_UNIT_CHANGED", "work_unit", String.valueOf(id), describe(unit.code(), draft));
	}

	/** A unit's email is where its reminders go: a change of it must be traceable. */
	private static String describe(String code, UnitDraft draft) {
		return code + ": " + draft.name().trim() + ", induk " + draft.parentId() + ", surel "
				+ Problems.blankToNull(draft.email()) + (draft.active() ? "" : ", nonaktif");
	}

	@Transactional
	public long addService(ServiceDraft draft, String by) {
		Problems problems = new Problems();
		String code = code(draft.code(), problems);
		problems.check(problems.has("code") || services.byCode(code).isEmpty(), "code", "catalog.code.taken",
				code);
		checkService(draft, problems);
		problems.throwIfAny();
		long id = services.add(code, draft.name().trim(), draft.unitId(), draft.sortOrder());
		audit.record(by, "PUBLIC_SERVICE_ADDED", "public_service", String.valueOf(id),
				code + ": " + draft.name().trim() + ", unit " + draft.unitId());
		return id;
	}

	@Transactional
	public void updateService(long id, ServiceDraft draft, String by) {
		if (services.all().stream().noneMatch(service -> service.id() == id)) {
			throw InvalidInput.of("id", "catalog.item.unknown");
		}
		Problems problems = new Problems();
		checkService(draft, problems);
		problems.throwIfAny();
		services.update(id, draft.name().trim(), draft.unitId(), draft.active(), draft.sortOrder());
		audit.record(by, "PUBLIC_SERVICE_CHANGED", "public_service", String.valueOf(id),
				draft.name().trim() + ", unit " + draft.unitId() + (draft.active() ? "" : ", nonaktif"));
	}

	@Transactional
	public void updateOffice(OfficeProfile draft, String by) {
		Problems problems = new Problems().validate(draft);
		String postal = Problems.blankToNull(draft.postalCode());
		problems.check(postal == null || postal.matches("\\d{5}"), "postalCode", "catalog.office.postalCode");
		String nip = draft.headNip() == null ? null : Problems.blankToNull(draft.headNip().replaceAll("\\s", ""));
		problems.check(nip == null || NIP.matcher(nip).matches(), "headNip", "catalog.office.nip");
		problems.check(TIME_ZONES.contains(draft.timeZone()), "timeZone", "catalog.office.timeZone");
		problems.throwIfAny();
		offices.save(new OfficeProfile(draft.governmentName().trim(), draft.officeName().trim(),
				draft.fullName().trim(), draft.address().trim(), draft.city().trim(), postal,
				Problems.blankToNull(draft.phone()), Problems.blankToNull(draft.email()),
				Problems.blankToNull(draft.website()), draft.headName().trim(), draft.headTitle().trim(), nip,
				draft.timeZone(), trimmed(draft.headRank())));
		audit.record(by, "OFFICE_PROFILE_CHANGED", "office_profile", "1",
				draft.officeName().trim() + ", kepala " + draft.headName().trim() + ", NIP " + nip);
	}

	private void checkUnit(UnitDraft draft, Problems problems) {
		problems.validate(draft);
		checkOrder(draft.sortOrder(), problems);
	}

	private void checkService(ServiceDraft draft, Problems problems) {
		problems.validate(draft);
		WorkUnitTree tree = new WorkUnitTree(units.all());
		problems.check(draft.unitId() != null && tree.find(draft.unitId()).filter(WorkUnit::active).isPresent(),
				"unitId", "catalog.service.unit.required");
		checkOrder(draft.sortOrder(), problems);
	}

	private static String trimmed(String text) {
		String value = Problems.blankToNull(text);
		return value == null ? null : value.trim();
	}

	private static void checkItem(ReferenceList list, ItemDraft draft, Problems problems) {
		problems.validate(draft);
		String address = trimmed(draft.publicAddress());
		problems.check(list != ReferenceList.CHANNEL || problems.has("publicAddress") || address == null
				|| PUBLIC_ADDRESS.matcher(address).matches(), "publicAddress", "catalog.publicAddress.format");
		checkOrder(draft.sortOrder(), problems);
	}

	/** A channel's addresses are what the public is told: a change of them must be traceable. */
	private static String addresses(ReferenceList list, ItemDraft draft) {
		return list != ReferenceList.CHANNEL ? ""
				: ", kontak " + trimmed(draft.contact()) + ", tautan " + trimmed(draft.publicAddress());
	}

	/** Codes are stored upper-case; they are how imports and other systems name an item. */
	private static String code(String raw, Problems problems) {
		String code = raw == null ? "" : raw.trim().toUpperCase();
		if (code.isEmpty()) {
			problems.add("code", "field.required");
		}
		else {
			problems.check(CODE.matcher(code).matches(), "code", "catalog.code.format");
		}
		return code;
	}

	private static void checkOrder(Integer sortOrder, Problems problems) {
		problems.check(sortOrder != null && sortOrder >= 0 && sortOrder <= 9999, "sortOrder",
				"catalog.sortOrder.range");
	}
}

package id.aduan.intake.regions;

import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;
import id.aduan.system.SpreadsheetTable;

/**
 * The administrator's changes to the region list the complaint form offers: districts and their villages,
 * added by hand or loaded from the BPS code list. Places are never deleted (complaints point at them);
 * a retired place is deactivated, which takes it (and, for a district, its villages) off the form while
 * complaints that named it keep their text. Every change goes to the audit trail.
 */
@Component
class RegionListEditing {

	/** What an administrator types for a place; {@code sortOrder} empty puts a new place last. */
	record Draft(String code, @Required @MaxLength(200) @PlainText String name, String kind, Long parentId,
			boolean active, Integer sortOrder) {
	}

	/**
	 * What an import did, or why it did nothing ({@code problems} not empty); serializable, as it waits in
	 * the session for the page after the redirect.
	 */
	record ImportResult(String fileName, int rows, int added, int changed, List<FileProblem> problems)
			implements Serializable {

		boolean refused() {
			return !problems.isEmpty();
		}
	}

	static final int MAX_ORDER = 999_999;

	static final String SUBJECT = "region_place";

	private final RegionRows rows;

	private final AuditTrail audit;

	RegionListEditing(RegionRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	/** The districts in their order, each with its villages; inactive places included. */
	@Transactional(readOnly = true)
	Map<RegionEntry, List<RegionEntry>> districts() {
		List<RegionEntry> all = rows.all();
		Map<RegionEntry, List<RegionEntry>> districts = new LinkedHashMap<>();
		Map<Long, RegionEntry> byId = new HashMap<>();
		all.stream().filter(RegionEntry::isDistrict).forEach(district -> {
			districts.put(district, new ArrayList<>());
			byId.put(district.id(), district);
		});
		all.stream()
			.filter(place -> !place.isDistrict() && byId.containsKey(place.parentId()))
			.forEach(village -> districts.get(byId.get(village.parentId())).add(village));
		return districts;
	}

	@Transactional(readOnly = true)
	Optional<RegionEntry> place(long id) {
		return rows.byId(id);
	}

	@Transactional
	long add(Draft draft, String by) {
		Problems problems = new Problems();
		String code = RegionCodes.normalized(draft.code());
		if (code == null) {
			problems.add("code", "region.code.required");
		}
		else if (!RegionCodes.isWellFormed(code)) {
			problems.add("code", "region.code.format");
		}
		else {
			problems.check(rows.byCode(code).isEmpty(), "code", "region.code.taken", code);
		}
		PlaceKind kind = PlaceKind.read(draft.kind());
		problems.check(kind != null, "kind", "region.kind.required");
		Long parentId = kind == PlaceKind.DESA ? draft.parentId() : null;
		if (kind == PlaceKind.DESA) {
			checkDistrict(parentId, problems);
		}
		problems.validate(draft);
		checkOrder(draft.sortOrder(), true, problems);
		problems.throwIfAny();
		int order = draft.sortOrder() != null ? draft.sortOrder() : rows.nextOrder(parentId);
		long id = rows.add(code, draft.name().strip(), kind, parentId, order);
		audit.record(by, "REGION_PLACE_ADDED", SUBJECT, String.valueOf(id), describe(code, draft.name().strip(), kind,
				parentId, true));
		return id;
	}

	@Transactional
	void update(long id, Draft draft, String by) {
		RegionEntry place = rows.byId(id).orElseThrow(() -> InvalidInput.of("id", "region.place.unknown"));
		Problems problems = new Problems();
		Long parentId = place.isDistrict() ? null : draft.parentId();
		if (!place.isDistrict()) {
			checkDistrict(parentId, problems);
		}
		problems.validate(draft);
		checkOrder(draft.sortOrder(), false, problems);
		problems.throwIfAny();
		rows.update(id, draft.name().strip(), parentId, draft.active(), draft.sortOrder());
		audit.record(by, "REGION_PLACE_CHANGED", SUBJECT, String.valueOf(id), describe(place.code(),
				draft.name().strip(), PlaceKind.valueOf(place.kind()), parentId, draft.active()) + ", urutan "
				+ draft.sortOrder());
	}

	/**
	 * Loads a CSV or XLSX region list: every row is checked first and, if one has a problem, nothing is
	 * stored. Codes already kept are updated (name, district), new codes added last in the file's order;
	 * a place's active flag is the administrator's and stays as it is. The same file twice adds nothing.
	 */
	@Transactional
	ImportResult importFile(String fileName, byte[] content, String by) {
		List<List<String>> table;
		try {
			table = SpreadsheetTable.read(content, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (SpreadsheetTable.OldExcelFormat xls) {
			return new ImportResult(fileName, 0, 0, 0, List.of(FileProblem.of(0, "", "region.file.xls")));
		}
		catch (IOException | RuntimeException unreadable) {
			return new ImportResult(fileName, 0, 0, 0, List.of(FileProblem.of(0, "", "region.file.unreadable")));
		}
		RegionFile.Checked checked = new RegionFile(rows.all()).check(table);
		if (!checked.problems().isEmpty()) {
			return new ImportResult(fileName, checked.rows().size(), 0, 0, checked.problems());
		}
		List<AuditTrail.Line> lines = new ArrayList<>();
		int added = 0;
		int changed = 0;
		List<RegionFile.Row> inOrder = new ArrayList<>(checked.rows());
		inOrder.sort((a, b) -> Boolean.compare(a.kind() == PlaceKind.DESA, b.kind() == PlaceKind.DESA));
		for (RegionFile.Row row : inOrder) {
			Long parentId = row.parentCode() == null ? null : rows.byCode(row.parentCode()).orElseThrow().id();
			var kept = rows.byCode(row.code());
			if (kept.isEmpty()) {
				long id = rows.add(row.code(), row.name(), row.kind(), parentId, rows.nextOrder(parentId));
				lines.add(new AuditTrail.Line(by, "REGION_PLACE_ADDED", SUBJECT, String.valueOf(id),
						describe(row.code(), row.name(), row.kind(), parentId, true) + " (impor " + fileName + ")"));
				added++;
			}
			else if (!kept.get().name().equals(row.name()) || !Objects.equals(kept.get().parentId(), parentId)) {
				RegionEntry place = kept.get();
				rows.update(place.id(), row.name(), parentId, place.active(), place.sortOrder());
				lines.add(new AuditTrail.Line(by, "REGION_PLACE_CHANGED", SUBJECT, String.valueOf(place.id()),
						describe(row.code(), row.name(), row.kind(), parentId, place.active()) + " (impor " + fileName
								+ ")"));
				changed++;
			}
		}
		lines.add(new AuditTrail.Line(by, "REGION_LIST_IMPORTED", SUBJECT, fileName,
				checked.rows().size() + " baris, " + added + " ditambah, " + changed + " diubah"));
		audit.recordAll(lines);
		return new ImportResult(fileName, checked.rows().size(), added, changed, List.of());
	}

	private void checkDistrict(Long parentId, Problems problems) {
		problems.check(parentId != null && rows.byId(parentId).filter(RegionEntry::isDistrict).isPresent(), "parentId",
				"region.parent.choose");
	}

	private static void checkOrder(Integer sortOrder, boolean optional, Problems problems) {
		problems.check(sortOrder == null ? optional : sortOrder >= 0 && sortOrder <= MAX_ORDER, "sortOrder",
				"region.sortOrder.range");
	}

	private static String describe(String code, String name, PlaceKind kind, Long parentId, boolean active) {
		return code + ": " + kind + " " + name + (parentId == null ? "" : ", induk " + parentId)
				+ (active ? "" : ", nonaktif");
	}
}

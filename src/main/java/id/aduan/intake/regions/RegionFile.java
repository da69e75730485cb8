package id.aduan.intake.regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Reads an office's region list (the BPS code list, columns {@code kode}, {@code nama}, {@code jenis},
 * {@code kode_induk}) and checks every row against itself and the list already kept, naming each problem
 * by row and column. Nothing is stored here. The code is the key: a code already kept is the same place,
 * renamed or moved to another district, never a second one; its kind cannot change, because complaints
 * read it ("Desa …" or "Kecamatan …").
 */
final class RegionFile {

	static final String CODE = "kode";

	static final String NAME = "nama";

	static final String KIND = "jenis";

	static final String PARENT = "kode_induk";

	static final List<String> COLUMNS = List.of(CODE, NAME, KIND, PARENT);

	/** A checked row: the place it describes, {@code row} as the spreadsheet numbers it. */
	record Row(int row, String code, String name, PlaceKind kind, String parentCode) {
	}

	record Checked(List<Row> rows, List<FileProblem> problems) {
	}

	/** The texts of a row, with the rules the list holds them to. */
	record Texts(@Required @MaxLength(200) @PlainText String nama) {
	}

	private final Map<String, RegionEntry> kept;

	RegionFile(List<RegionEntry> kept) {
		this.kept = new HashMap<>();
		kept.forEach(entry -> this.kept.put(entry.code(), entry));
	}

	Checked check(List<List<String>> table) {
		List<FileProblem> problems = new ArrayList<>();
		if (table.isEmpty() || table.get(0).stream().allMatch(cell -> cell == null || cell.isBlank())) {
			return new Checked(List.of(), List.of(FileProblem.of(0, "", "region.file.empty")));
		}
		List<String> columns = new ArrayList<>();
		for (String header : table.get(0)) {
			String column = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
			if (!column.isEmpty() && !COLUMNS.contains(column)) {
				problems.add(FileProblem.of(1, header.strip(), "region.column.unknown", String.join(", ", COLUMNS)));
			}
			else if (!column.isEmpty() && columns.contains(column)) {
				problems.add(FileProblem.of(1, header.strip(), "region.column.twice"));
			}
			columns.add(column);
		}
		for (String required : List.of(CODE, NAME, KIND)) {
			if (!columns.contains(required)) {
				problems.add(FileProblem.of(1, required, "region.column.missing"));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(List.of(), problems);
		}
		List<Map<String, String>> cellsByRow = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, PlaceKind> kindInFile = new HashMap<>();
		for (int i = 1; i < table.size(); i++) {
			Map<String, String> cells = new HashMap<>();
			List<String> values = table.get(i);
			for (int c = 0; c < columns.size() && c < values.size(); c++) {
				String value = values.get(c);
				if (!columns.get(c).isEmpty() && value != null && !value.isBlank()) {
					cells.put(columns.get(c), value.strip());
				}
			}
			cellsByRow.add(cells);
			String code = RegionCodes.normalized(cells.get(CODE));
			PlaceKind kind = PlaceKind.read(cells.get(KIND));
			if (code != null && !firstRow.containsKey(code)) {
				firstRow.put(code, i + 1);
				if (kind != null) {
					kindInFile.put(code, kind);
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < cellsByRow.size(); i++) {
			Map<String, String> cells = cellsByRow.get(i);
			if (cells.isEmpty()) {
				continue;
			}
			int row = i + 2;
			readRow(row, cells, firstRow, kindInFile, problems).ifPresent(rows::add);
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(FileProblem.of(0, "", "region.file.noRows"));
		}
		return new Checked(rows, problems);
	}

	private Optional<Row> readRow(int row, Map<String, String> cells, Map<String, Integer> firstRow,
			Map<String, PlaceKind> kindInFile, List<FileProblem> problems) {
		int before = problems.size();
		String code = RegionCodes.normalized(cells.get(CODE));
		if (code == null) {
			problems.add(FileProblem.of(row, CODE, "field.required"));
		}
		else if (!RegionCodes.isWellFormed(code)) {
			problems.add(FileProblem.of(row, CODE, "region.code.format"));
		}
		else if (firstRow.get(code) != row) {
			problems.add(FileProblem.of(row, CODE, "region.code.twiceInFile", code, String.valueOf(firstRow.get(code))));
		}
		try {
			new Problems().validate(new Texts(cells.get(NAME))).throwIfAny();
		}
		catch (InvalidInput invalid) {
			for (FieldProblem problem : invalid.problems()) {
				problems.add(new FileProblem(row, NAME, problem.messageKey(), problem.arguments()));
			}
		}
		PlaceKind kind = PlaceKind.read(cells.get(KIND));
		if (kind == null) {
			problems.add(cells.containsKey(KIND) ? FileProblem.of(row, KIND, "region.kind.unknown", cells.get(KIND))
					: FileProblem.of(row, KIND, "field.required"));
		}
		else if (code != null && kept.containsKey(code) && !kept.get(code).kind().equals(kind.name())) {
			problems.add(FileProblem.of(row, KIND, "region.kind.fixed", code, kept.get(code).kind()));
		}
		String parent = RegionCodes.normalized(cells.get(PARENT));
		if (kind == PlaceKind.KECAMATAN && parent != null) {
			problems.add(FileProblem.of(row, PARENT, "region.parent.notForDistrict"));
		}
		else if (kind == PlaceKind.DESA) {
			if (parent == null) {
				problems.add(FileProblem.of(row, PARENT, "region.parent.required"));
			}
			else if (!isDistrict(parent, kindInFile)) {
				problems.add(FileProblem.of(row, PARENT, "region.parent.unknown", parent));
			}
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Row(row, code, cells.get(NAME).strip(), kind, kind == PlaceKind.DESA ? parent : null));
	}

	/** A district of the file, or one already kept that the file does not turn into something else. */
	private boolean isDistrict(String code, Map<String, PlaceKind> kindInFile) {
		if (kindInFile.containsKey(code)) {
			return kindInFile.get(code) == PlaceKind.KECAMATAN;
		}
		return kept.containsKey(code) && kept.get(code).isDistrict();
	}
}

package id.aduan.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The work units as a tree: the office at the root, its divisions below. Answers the two questions
 * the rest of Aduan asks of it: which units an officer of a unit may see (the unit and everything
 * under it), and how to list the units in order with their depth.
 */
public final class WorkUnitTree {

	/** A unit with its depth in the tree (0 for the office itself), for indented lists. */
	public record Node(WorkUnit unit, int depth) {
	}

	private final Map<Long, WorkUnit> byId;

	private final Map<Long, List<WorkUnit>> children;

	WorkUnitTree(List<WorkUnit> units) {
		this.byId = units.stream().collect(Collectors.toMap(WorkUnit::id, Function.identity()));
		this.children = units.stream()
			.filter(unit -> unit.parentId() != null)
			.sorted(Comparator.comparingInt(WorkUnit::sortOrder).thenComparing(WorkUnit::name))
			.collect(Collectors.groupingBy(WorkUnit::parentId));
	}

	public Optional<WorkUnit> find(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The unit and all units below it, active or not: an officer keeps seeing a retired sub-unit's work. */
	public Set<Long> subtreeOf(long unitId) {
		Set<Long> ids = new LinkedHashSet<>();
		collect(unitId, ids);
		return Collections.unmodifiableSet(ids);
	}

	private void collect(long unitId, Set<Long> ids) {
		if (byId.containsKey(unitId) && ids.add(unitId)) {
			for (WorkUnit child : children.getOrDefault(unitId, List.of())) {
				collect(child.id(), ids);
			}
		}
	}

	/** The unit and every unit above it up to the office: whose officers answer for the unit. */
	public Set<Long> ancestorsOf(long unitId) {
		Set<Long> ids = new LinkedHashSet<>();
		WorkUnit current = byId.get(unitId);
		while (current != null && ids.add(current.id())) {
			current = current.parentId() == null ? null : byId.get(current.parentId());
		}
		return Collections.unmodifiableSet(ids);
	}

	/** True when {@code candidate} lies below {@code unitId} (or is it): moving a unit there would make a loop. */
	public boolean isWithin(long candidate, long unitId) {
		return subtreeOf(unitId).contains(candidate);
	}

	/** Every unit, depth-first from the root(s), siblings in their set order. */
	public List<Node> ordered() {
		List<Node> nodes = new ArrayList<>();
		byId.values()
			.stream()
			.filter(WorkUnit::isRoot)
			.sorted(Comparator.comparingInt(WorkUnit::sortOrder).thenComparing(WorkUnit::name))
			.forEach(root -> walk(root, 0, nodes));
		return nodes;
	}

	private void walk(WorkUnit unit, int depth, List<Node> nodes) {
		nodes.add(new Node(unit, depth));
		for (WorkUnit child : children.getOrDefault(unit.id(), List.of())) {
			walk(child, depth + 1, nodes);
		}
	}

	public List<Node> orderedActive() {
		return ordered().stream().filter(node -> node.unit().active()).toList();
	}
}

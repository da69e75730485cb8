package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkUnitTreeTest {

	final WorkUnit office = new WorkUnit(1, "DINSOS", "Dinas Sosial", null, null, true, 0);

	final WorkUnit secretariat = new WorkUnit(2, "SEKRETARIAT", "Sekretariat", 1L, null, true, 10);

	final WorkUnit protection = new WorkUnit(3, "LINJAMSOS", "Bidang Perlindungan", 1L, null, true, 20);

	final WorkUnit relations = new WorkUnit(4, "HUMAS", "Humas", 2L, null, true, 0);

	final WorkUnit retired = new WorkUnit(5, "LAMA", "Seksi Lama", 3L, null, false, 0);

	final WorkUnitTree tree = new WorkUnitTree(List.of(retired, relations, protection, secretariat, office));

	@Test
	void aUnitSeesItselfAndEverythingBelowItIncludingRetiredSubUnits() {
		assertThat(tree.subtreeOf(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
		assertThat(tree.subtreeOf(3)).containsExactlyInAnyOrder(3L, 5L);
		assertThat(tree.subtreeOf(4)).containsExactly(4L);
		assertThat(tree.subtreeOf(99)).isEmpty();
	}

	@Test
	void theListRunsDepthFirstInTheSetOrder() {
		assertThat(tree.ordered()).extracting(node -> node.unit().code() + "@" + node.depth())
			.containsExactly("DINSOS@0", "SEKRETARIAT@1", "HUMAS@2", "LINJAMSOS@1", "LAMA@2");
		assertThat(tree.orderedActive()).extracting(node -> node.unit().code()).doesNotContain("LAMA");
	}

	@Test
	void movingAUnitUnderItsOwnSubUnitWouldMakeALoop() {
		assertThat(tree.isWithin(4, 2)).isTrue();
		assertThat(tree.isWithin(3, 2)).isFalse();
	}
}

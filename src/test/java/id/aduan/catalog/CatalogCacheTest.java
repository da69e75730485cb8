package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.AduanTest;

/**
 * Reference data comes from memory, yet a change is seen by everyone as soon as it is committed, by its
 * own transaction at once, and by nobody when it is rolled back.
 */
@AduanTest
class CatalogCacheTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogEditing editing;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeIsSeenWhenCommittedAndNeverWhenRolledBack() {
		long id = editing.addItem(ReferenceList.CATEGORY,
				new CatalogEditing.ItemDraft("CACHE" + System.nanoTime() % 100000, "Uji singgahan", null, true, 500), "admin");
		assertThat(catalog.item(ReferenceList.CATEGORY, id)).get().extracting(ReferenceItem::name).isEqualTo("Uji singgahan");

		editing.updateItem(ReferenceList.CATEGORY, id, new CatalogEditing.ItemDraft(null, "Uji singgahan diubah", null, false, 500), "admin");
		assertThat(catalog.item(ReferenceList.CATEGORY, id)).get().extracting(ReferenceItem::active).isEqualTo(false);
		assertThat(catalog.activeItems(ReferenceList.CATEGORY)).noneMatch(item -> item.id() == id);

		transactions.executeWithoutResult(status -> {
			editing.updateItem(ReferenceList.CATEGORY, id, new CatalogEditing.ItemDraft(null, "Belum jadi", null, true, 500), "admin");
			assertThat(catalog.item(ReferenceList.CATEGORY, id)).get().extracting(ReferenceItem::name).isEqualTo("Belum jadi");
			status.setRollbackOnly();
		});
		assertThat(catalog.item(ReferenceList.CATEGORY, id)).get().extracting(ReferenceItem::name)
			.isEqualTo("Uji singgahan diubah");
	}
}

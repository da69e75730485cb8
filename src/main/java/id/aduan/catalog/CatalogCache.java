package id.aduan.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reference data is read on every complaint (channel, report type, category, service, office, service
 * level) and changed a few times a year, so {@link Catalog} reads it from memory: a Caffeine cache
 * behind Spring's cache abstraction, each entry kept {@code aduan.catalog.cache-ttl} (30 seconds), which
 * is how long another instance's change may go unseen. What this class adds is the transaction: a change
 * through this module forgets everything at once and again when its transaction ends, a transaction
 * that changed reference data reads past the cache, and a value read while a change was being made is
 * not kept, so nobody sees a change before it is committed or misses one after.
 */
@Component
class CatalogCache {

	/** Marks a transaction that changed reference data; it must read its own changes from the database. */
	private static final Object CHANGING = new Object();

	private final Cache entries;

	private final AtomicLong generation = new AtomicLong();

	CatalogCache(@Value("${aduan.catalog.cache-ttl:PT30S}") Duration ttl) {
		this.entries = new CaffeineCache("catalog", Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build());
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> load) {
		if (TransactionSynchronizationManager.hasResource(CHANGING)) {
			return load.get();
		}
		Cache.ValueWrapper kept = entries.get(key);
		if (kept != null) {
			return (T) kept.get();
		}
		long before = generation.get();
		T value = load.get();
		if (generation.get() == before) {
			entries.put(key, value);
		}
		return value;
	}

	/** Reference data changed in the current transaction (if any): forget now and when it ends. */
	void changed() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(CHANGING)) {
			TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
					forget();
				}
			});
		}
	}

	private void forget() {
		generation.incrementAndGet();
		entries.invalidate();
	}
}

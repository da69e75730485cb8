package id.aduan.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data is read on every complaint (channel, report type, category, service, office, service
 * level) and changed a few times a year, so {@link Catalog} reads it from memory. A change through this
 * module forgets everything at once and again when its transaction ends, and a transaction that changed
 * reference data reads past the cache, so nobody sees a change before it is committed or misses one
 * after. Another instance's change is seen within {@code aduan.catalog.cache-ttl} (30 seconds).
 */
@Component
class CatalogCache {

	/** Marks a transaction that changed reference data; it must read its own changes from the database. */
	private static final Object CHANGING = new Object();

	private record Entry(Object value, long loadedAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final long ttlNanos;

	CatalogCache(@Value("${aduan.catalog.cache-ttl:PT30S}") Duration ttl) {
		this.ttlNanos = ttl.toNanos();
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> load) {
		if (TransactionSynchronizationManager.hasResource(CHANGING)) {
			return load.get();
		}
		long now = System.nanoTime();
		Entry entry = entries.get(key);
		if (entry != null && now - entry.loadedAt() < ttlNanos) {
			return (T) entry.value();
		}
		long before = generation.get();
		T value = load.get();
		if (generation.get() == before) {
			entries.put(key, new Entry(value, now));
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
		entries.clear();
	}
}

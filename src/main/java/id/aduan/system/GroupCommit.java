package id.aduan.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: many callers each want one small write made durable before they answer. Instead of a
 * transaction each (a commit and a flush of the database's log, whose fixed cost on two cores was half
 * of a complaint's, see docs/benchmarks.md, issue 14), one writer thread takes whatever has queued up
 * while the previous batch was committing and writes it all in one transaction. A caller is given its result
 * only once that transaction has committed: nothing is acknowledged that could still be lost.
 *
 * <p>Nothing waits for a batch to fill: a write that finds the writer idle is written at once, as a
 * batch of one, so a lone request is not slowed; under load the batches grow by themselves, up to
 * {@code maxBatch}. When a batch fails, each of its writes is tried once more alone, in its own
 * transaction ({@code alone}, which may redo what the batch took for granted, e.g. draw another unique
 * code), so that one write's problem is its own caller's answer and nobody else's.
 *
 * <p>A caller already inside a transaction, or one that comes while the writer is stopped, writes
 * {@code alone} in its own thread and transaction as if there were no group commit: its write must
 * commit or roll back with the rest of its transaction.
 *
 * @param <T> what one caller asks to be written
 * @param <R> what the caller gets back once it is committed
 */
public final class GroupCommit<T, R> {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final String name;

	private final TransactionTemplate transaction;

	private final Function<List<T>, List<R>> batch;

	private final Function<T, R> alone;

	private final int maxBatch;

	private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();

	/** Held to offer a write, and exclusively to stop, so that nothing is queued behind a stopped writer. */
	private final ReadWriteLock state = new ReentrantReadWriteLock();

	private volatile boolean running;

	private Thread writer;

	private volatile IntConsumer committed = size -> {
	};

	/**
	 * @param batch writes the items, in the transaction it is called in, and returns one result per item
	 *        in their order
	 * @param alone writes one item by itself, in the transaction it is called in: after its batch failed, or
	 *        for a caller that does not go through the writer
	 */
	public GroupCommit(String name, TransactionTemplate transaction, int maxBatch, Function<List<T>, List<R>> batch,
			Function<T, R> alone) {
		if (maxBatch < 1) {
			throw new IllegalArgumentException("maxBatch must be at least 1");
		}
		this.name = name;
		this.transaction = transaction;
		this.maxBatch = maxBatch;
		this.batch = batch;
		this.alone = alone;
	}

	/** Writes {@code item} and returns its result once committed; throws what writing it threw. */
	public R write(T item) {
		Pending<T, R> pending = null;
		state.readLock().lock();
		try {
			if (running && !TransactionSynchronizationManager.isActualTransactionActive()) {
				pending = new Pending<>(item, new CompletableFuture<>(), MDC.getCopyOfContextMap());
				queue.add(pending);
			}
		}
		finally {
			state.readLock().unlock();
		}
		if (pending == null) {
			return transaction.execute(status -> alone.apply(item));
		}
		try {
			return pending.result().join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (failed.getCause() instanceof Error cause) {
				throw cause;
			}
			throw failed;
		}
	}

	/** Starts the writer thread; until then, and after {@link #stop()}, every caller writes alone. */
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		writer = new Thread(this::writeUntilStopped, name);
		writer.setDaemon(true);
		writer.start();
	}

	/** Stops taking writes into batches; what is queued already is still written before this returns. */
	public void stop() {
		Thread stopping;
		state.writeLock().lock();
		try {
			running = false;
			stopping = writer;
			writer = null;
		}
		finally {
			state.writeLock().unlock();
		}
		if (stopping != null) {
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(60));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public boolean isRunning() {
		return running;
	}

	/** Is told the size of every batch the writer commits, e.g. for a metric. */
	public void onCommitted(IntConsumer listener) {
		this.committed = listener;
	}

	/** How many writes are queued for the next batch, e.g. for a gauge. */
	public int waiting() {
		return queue.size();
	}

	private void writeUntilStopped() {
		List<Pending<T, R>> taken = new ArrayList<>(maxBatch);
		while (running || !queue.isEmpty()) {
			try {
				Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				queue.drainTo(taken, maxBatch - 1);
				write(taken);
			}
			catch (InterruptedException interrupted) {
				if (!running) {
					Thread.currentThread().interrupt();
				}
			}
			catch (Throwable unexpected) {
				log.error("Group commit {}: a batch could not be answered", name, unexpected);
				taken.forEach(pending -> pending.result().completeExceptionally(unexpected));
			}
			finally {
				taken.clear();
			}
		}
	}

	private void write(List<Pending<T, R>> taken) {
		List<T> items = taken.stream().map(Pending::item).toList();
		List<R> results;
		try {
			results = transaction.execute(status -> batch.apply(items));
		}
		catch (RuntimeException batchFailed) {
			log.debug("Group commit {}: a batch of {} failed, each is written alone", name, taken.size(), batchFailed);
			taken.forEach(this::writeAlone);
			return;
		}
		if (results == null || results.size() != taken.size()) {
			throw new IllegalStateException("A batch of " + taken.size() + " gave " + results + " results");
		}
		committed.accept(taken.size());
		for (int i = 0; i < taken.size(); i++) {
			taken.get(i).result().complete(results.get(i));
		}
	}

	private void writeAlone(Pending<T, R> pending) {
		Map<String, String> previous = MDC.getCopyOfContextMap();
		if (pending.context() != null) {
			MDC.setContextMap(pending.context());
		}
		try {
			pending.result().complete(transaction.execute(status -> alone.apply(pending.item())));
		}
		catch (RuntimeException failed) {
			pending.result().completeExceptionally(failed);
		}
		finally {
			if (previous == null) {
				MDC.clear();
			}
			else {
				MDC.setContextMap(previous);
			}
		}
	}

	private record Pending<T, R>(T item, CompletableFuture<R> result, Map<String, String> context) {
	}
}

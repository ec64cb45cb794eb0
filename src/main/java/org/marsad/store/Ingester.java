package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputException;
import org.marsad.ingest.InputReader;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.pipeline.Pipeline;

/**
 * Analyses documents on several threads and stores them from one writer thread, in batches (one database
 * transaction and one index commit each), in the order they were read ({@link InOrder}): which copy of a story is
 * its first and which documents join it do not depend on which thread finished first. A document whose id is
 * already stored is not analysed again, so a rerun after a crash or kill only does what is left. Bad inputs are
 * reported and skipped.
 */
public final class Ingester {
    /** Receives progress; called from worker threads. */
    public interface Listener {
        /** One document was handled (stored, skipped or failed). */
        void processed();

        /** An input or document failed; the rest goes on. */
        void failed(String where, String reason);
    }

    /** What a run did. */
    public record Result(int read, int stored, int skipped, int failed, int nearDuplicates, int joinedStories) {
    }

    private static final Store.Prepared END = new Store.Prepared(null, null, 0, null, null, null, null),
            NOTHING = new Store.Prepared(null, null, 0, null, null, null, null);

    /** The index is committed after this many batches or seconds, and at the end (see {@link Store#add}). */
    private static final int INDEX_COMMIT_BATCHES = 20;
    private static final long INDEX_COMMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Pipeline pipeline;
    private final Store store;
    private final int threads;
    private final int batchSize;

    public Ingester(Pipeline pipeline, Store store, int threads, int batchSize) {
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
    }

    public Result run(InputReader reader, List<String> inputs, InputStream stdin, Listener listener) throws IOException {
        AtomicInteger read = new AtomicInteger(), stored = new AtomicInteger(), skipped = new AtomicInteger(), failed = new AtomicInteger();
        AtomicInteger dups = new AtomicInteger(), joined = new AtomicInteger();
        AtomicReference<IOException> writeError = new AtomicReference<>();
        BlockingQueue<Store.Prepared> toWrite = new ArrayBlockingQueue<>(batchSize * 4);
        Thread writer = new Thread(() -> {
            List<Store.Prepared> batch = new ArrayList<>(batchSize);
            boolean done = false;
            int uncommitted = 0; // batches stored since the last index commit
            long lastIndexCommit = System.nanoTime();
            while (!done) {
                try {
                    Store.Prepared a = batch.isEmpty() ? toWrite.take() : toWrite.poll(250, TimeUnit.MILLISECONDS);
                    if (a == END) done = true;
                    else if (a != null) batch.add(a);
                    if ((done || a == null || batch.size() >= batchSize) && !batch.isEmpty()) {
                        if (writeError.get() == null) {
                            uncommitted++;
                            boolean commitIndex = done || uncommitted >= INDEX_COMMIT_BATCHES || System.nanoTime() - lastIndexCommit >= INDEX_COMMIT_NANOS;
                            Store.Added r = store.add(batch, true, commitIndex);
                            if (commitIndex) {
                                uncommitted = 0;
                                lastIndexCommit = System.nanoTime();
                            }
                            stored.addAndGet(r.added());
                            skipped.addAndGet(r.skipped());
                            dups.addAndGet(r.nearDuplicates());
                            joined.addAndGet(r.joinedStories());
                        }
                        for (int i = 0; i < batch.size(); i++) listener.processed();
                        batch.clear();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    writeError.compareAndSet(null, e);
                    batch.clear();
                }
            }
            if (uncommitted > 0 && writeError.get() == null) {
                try {
                    store.commitIndex();
                } catch (IOException e) {
                    writeError.compareAndSet(null, e);
                }
            }
        }, "marsad-store-writer");
        writer.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-analysis");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 8);
        InOrder inOrder = new InOrder(toWrite, inFlight);
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                if (writeError.get() != null) throw new java.io.UncheckedIOException(writeError.get());
                long seq = read.getAndIncrement();
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    Store.Prepared prepared = null;
                    try {
                        Article article = pipeline.toArticle(document);
                        if (store.contains(Pipeline.documentId(article))) {
                            skipped.incrementAndGet();
                            listener.processed();
                            return;
                        }
                        Store.Prepared p = store.prepare(pipeline.analyze(article));
                        store.indexAhead(p);
                        prepared = p;
                    } catch (InputException e) {
                        fail(document.source().label(), e.getMessage());
                    } catch (IOException e) {
                        writeError.compareAndSet(null, e);
                    } catch (RuntimeException | StackOverflowError e) {
                        fail(document.source().label(), "analysis failed: " + e);
                    } finally {
                        try {
                            inOrder.done(seq, prepared);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }

            @Override
            public void fail(String where, String reason) {
                failed.incrementAndGet();
                listener.failed(where, reason);
                listener.processed();
            }
        };
        try {
            reader.read(inputs, stdin, sink);
        } catch (java.io.UncheckedIOException e) {
            // the writer failed: stop reading, report below
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(365, TimeUnit.DAYS);
                toWrite.put(END);
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writer.interrupt();
            }
        }
        if (writeError.get() != null) throw writeError.get();
        return new Result(read.get(), stored.get(), skipped.get(), failed.get(), dups.get(), joined.get());
    }

    /**
     * Passes analysed documents on in the order they were read, whichever analysis thread finishes first; a
     * document that is skipped or fails passes on as nothing. Each document holds one of the reader's permits
     * until it is passed on, so at most that many wait here however long one analysis takes. (Until session 30 the
     * writer took documents as threads finished them, and two runs over the 31,525 ant-news articles with two
     * threads joined 1,839 to 1,850 documents to an existing story.)
     */
    static final class InOrder {
        private final java.util.Map<Long, Store.Prepared> waiting = new java.util.HashMap<>();
        private final BlockingQueue<Store.Prepared> out;
        private final Semaphore permits;
        private long next;

        InOrder(BlockingQueue<Store.Prepared> out, Semaphore permits) {
            this.out = out;
            this.permits = permits;
        }

        /** Document {@code seq} (numbered from 0 as read) is done: {@code p}, or null when there is nothing to store. */
        synchronized void done(long seq, Store.Prepared p) throws InterruptedException {
            waiting.put(seq, p == null ? NOTHING : p);
            for (Store.Prepared x; (x = waiting.remove(next)) != null; ) {
                next++;
                permits.release();
                if (x != NOTHING) out.put(x);
            }
        }
    }
}

package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class IngesterTest {
    private static Store.Prepared doc(int n) {
        return new Store.Prepared(null, "doc " + n, n, null, null, null, null);
    }

    @Test
    void documentsPassOnInTheOrderTheyWereReadWhicheverFinishesFirst() throws Exception {
        LinkedBlockingQueue<Store.Prepared> out = new LinkedBlockingQueue<>();
        Semaphore permits = new Semaphore(0);
        Ingester.InOrder inOrder = new Ingester.InOrder(out, permits);
        inOrder.done(2, doc(2));
        inOrder.done(1, null); // skipped or failed: nothing to store
        assertThat(out).isEmpty();
        assertThat(permits.availablePermits()).as("documents still waiting hold their permits").isZero();
        inOrder.done(0, doc(0));
        assertThat(permits.availablePermits()).isEqualTo(3);
        inOrder.done(4, doc(4));
        inOrder.done(3, doc(3));
        List<String> order = new ArrayList<>();
        for (Store.Prepared p : out) order.add(p.json());
        assertThat(order).containsExactly("doc 0", "doc 2", "doc 3", "doc 4");
        assertThat(permits.availablePermits()).isEqualTo(5);
    }
}

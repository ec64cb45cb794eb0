package org.marsad.store;

import java.nio.file.Path;

/** The store contract on the embedded H2 database (always run). */
class H2StoreTest extends StoreContract {
    @Override
    Store open(Path data) throws Exception {
        return Store.open(data, null);
    }
}

package org.sitrep.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file. */
class SqliteIncidentRepositoryIT extends IncidentRepositoryContract {
  @TempDir
  Path dir;

  private final AtomicInteger n = new AtomicInteger();

  @Override
  IncidentRepository newRepository() {
    return JdbcIncidentRepository.open(StoreLocation.sqlite(dir.resolve("store-" + n.incrementAndGet() + ".db")));
  }
}

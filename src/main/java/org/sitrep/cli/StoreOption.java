package org.sitrep.cli;

import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the store commands. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH|URL",
      description = "The store: an SQLite file, postgresql://host[:port]/db[?user=..&password=..], or a JDBC URL"
          + " (default: $SITREP_HOME/sitrep.db, SITREP_HOME defaulting to ~/.local/share/sitrep).")
  String db;

  /** The location chosen; a malformed one is a usage error (IllegalArgumentException, exit 2). */
  StoreLocation location() {
    return db == null ? StoreLocation.defaultLocation(System.getenv(), System.getProperty("user.home"))
        : StoreLocation.parse(db);
  }
}

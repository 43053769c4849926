package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * Opens the store's database: creates the SQLite file's folder, migrates the schema with Flyway
 * ({@code db/migration}, portable SQL), and connects. SQLite runs in WAL mode (readers never block
 * the writer) with a busy timeout, synchronous=NORMAL (a crash loses no committed transaction; a
 * power cut at most the last ones) and immediate transactions (one writer at a time).
 */
final class Connections {
  static final int BUSY_TIMEOUT_MS = 30_000;

  private Connections() {}

  static Connection open(StoreLocation loc) {
    Path file = loc.sqliteFile();
    if (file != null && file.toAbsolutePath().getParent() != null) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the store's folder for " + file, e);
      }
    }
    try {
      Connection c = DriverManager.getConnection(loc.jdbcUrl(), properties(loc));
      migrate(loc, c);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw new StoreException("cannot open the store at " + loc.display() + ": " + e.getMessage(), e);
    }
  }

  private static Properties properties(StoreLocation loc) {
    Properties p;
    if (loc.dialect() == StoreLocation.Dialect.SQLITE) {
      SQLiteConfig cfg = new SQLiteConfig();
      cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
      cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
      cfg.enforceForeignKeys(true);
      cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      p = cfg.toProperties();
    } else {
      p = new Properties();
    }
    if (loc.user() != null) {
      p.setProperty("user", loc.user());
    }
    if (loc.password() != null) {
      p.setProperty("password", loc.password());
    }
    return p;
  }

  /** Migrates the schema (after the store's connection has put an SQLite file in WAL mode). */
  private static void migrate(StoreLocation loc, Connection c) {
    try {
      Flyway.configure()
          .dataSource(loc.jdbcUrl(), loc.user(), loc.password())
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      close(c);
      throw new StoreException("cannot migrate the store at " + loc.display() + ": " + e.getMessage(), e);
    }
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // already failing: the migration error is the one to report
    }
  }
}

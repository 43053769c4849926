package org.sitrep.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the store lives, parsed from {@code --db}: a file path or {@code jdbc:sqlite:PATH} (embedded
 * SQLite), or {@code postgresql://host[:port]/db[?user=..&password=..]} or {@code
 * jdbc:postgresql:...} (PostgreSQL). Without {@code --db}: {@code $SITREP_HOME/sitrep.db}, {@code
 * SITREP_HOME} defaulting to {@code ~/.local/share/sitrep}.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, String user, String password) {
  /** The two databases Sitrep runs on. */
  public enum Dialect { SQLITE, POSTGRESQL }

  public StoreLocation {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  public static StoreLocation parse(String db) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("--db is empty");
    }
    String lower = db.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return new StoreLocation(Dialect.SQLITE, db, null, null);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(Dialect.POSTGRESQL, db, null, null);
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      return postgres(db.substring(db.indexOf("://") + 3));
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("--db: unsupported database URL '" + db
          + "' (expected a file path, postgresql://host/db, jdbc:postgresql:... or jdbc:sqlite:...)");
    }
    return sqlite(Path.of(db));
  }

  public static StoreLocation sqlite(Path file) {
    return new StoreLocation(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath().normalize(), null, null);
  }

  /** The default store: {@code $SITREP_HOME/sitrep.db}. */
  public static StoreLocation defaultLocation(Map<String, String> env, String userHome) {
    String home = env.get("SITREP_HOME");
    Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".local", "share", "sitrep");
    return sqlite(dir.resolve("sitrep.db"));
  }

  /** The SQLite file, or null for PostgreSQL or an in-memory SQLite URL. */
  public Path sqliteFile() {
    if (dialect != Dialect.SQLITE) {
      return null;
    }
    String rest = jdbcUrl.substring("jdbc:sqlite:".length());
    int q = rest.indexOf('?');
    rest = q < 0 ? rest : rest.substring(0, q);
    return rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file::memory:") ? null
        : Path.of(rest.startsWith("file:") ? rest.substring(5) : rest);
  }

  /** The location as a message may show it: no password. */
  public String display() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + (user == null ? "" : " (user " + user + ")");
  }

  private static StoreLocation postgres(String rest) {
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String user = null;
    String password = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String info = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException("--db: expected postgresql://host[:port]/database, got 'postgresql://"
          + rest + "'");
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      switch (key) {
        case "user" -> user = value;
        case "password" -> password = value;
        default -> kept.append(kept.length() == 0 ? "?" : "&").append(pair);
      }
    }
    return new StoreLocation(Dialect.POSTGRESQL, "jdbc:postgresql://" + rest + kept, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}

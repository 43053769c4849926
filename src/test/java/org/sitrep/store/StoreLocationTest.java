package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
  @Test
  void aPathIsAnSqliteFile() {
    StoreLocation loc = StoreLocation.parse("data/my.db");
    assertThat(loc.dialect()).isEqualTo(StoreLocation.Dialect.SQLITE);
    assertThat(loc.sqliteFile()).isEqualTo(Path.of("data/my.db").toAbsolutePath().normalize());
    assertThat(StoreLocation.parse("jdbc:sqlite:/tmp/x.db").sqliteFile()).isEqualTo(Path.of("/tmp/x.db"));
  }

  @Test
  void aPostgresUrlBecomesJdbcWithUserAndPasswordApart() {
    StoreLocation loc = StoreLocation.parse("postgresql://db.internal:5433/sitrep?user=ana&password=s%40cret&ssl=true");
    assertThat(loc.dialect()).isEqualTo(StoreLocation.Dialect.POSTGRESQL);
    assertThat(loc.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/sitrep?ssl=true");
    assertThat(loc.user()).isEqualTo("ana");
    assertThat(loc.password()).isEqualTo("s@cret");
    assertThat(loc.display()).doesNotContain("s@cret");
    StoreLocation userInfo = StoreLocation.parse("postgresql://bob:pw@localhost/sitrep");
    assertThat(userInfo.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/sitrep");
    assertThat(userInfo.user()).isEqualTo("bob");
    assertThat(userInfo.password()).isEqualTo("pw");
  }

  @Test
  void jdbcUrlsAreTakenAsTheyAre() {
    StoreLocation loc = StoreLocation.parse("jdbc:postgresql://h/db?user=u&password=p");
    assertThat(loc.dialect()).isEqualTo(StoreLocation.Dialect.POSTGRESQL);
    assertThat(loc.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u&password=p");
    assertThat(loc.display()).doesNotContain("password=p");
  }

  @Test
  void badLocationsNameTheProblem() {
    assertThatThrownBy(() -> StoreLocation.parse("mysql://h/db")).hasMessageContaining("unsupported database URL");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://hostonly")).hasMessageContaining("host[:port]/database");
    assertThatThrownBy(() -> StoreLocation.parse(" ")).hasMessageContaining("--db");
  }

  @Test
  void theDefaultFollowsSitrepHome() {
    assertThat(StoreLocation.defaultLocation(Map.of("SITREP_HOME", "/srv/sitrep"), "/home/u").sqliteFile())
        .isEqualTo(Path.of("/srv/sitrep/sitrep.db"));
    assertThat(StoreLocation.defaultLocation(Map.of(), "/home/u").sqliteFile())
        .isEqualTo(Path.of("/home/u/.local/share/sitrep/sitrep.db"));
  }
}

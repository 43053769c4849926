package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor.Kind;

/** The built-in TSV files load, are large enough, and every alias leads back to its own entry. */
class ActorDataTest {
  private static List<String[]> rows(String file) throws IOException {
    try (InputStream in = ActorDataTest.class.getResourceAsStream("/org/sitrep/actors/" + file)) {
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("name\t")) {
          out.add(line.split("\t", -1));
        }
      }
      return out;
    }
  }

  @Test
  void thereAreManyArmedGroups() {
    long armed = ActorDictionary.shared().namedActors().stream()
        .filter(a -> a.kind() == Kind.REBEL || a.kind() == Kind.POLITICAL_MILITIA || a.kind() == Kind.IDENTITY_MILITIA
            || a.kind() == Kind.OTHER)
        .count();
    assertThat(armed).isGreaterThanOrEqualTo(120);
  }

  @Test
  void everyAliasFindsItsOwnEntry() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String file : List.of("groups.tsv", "organisations.tsv", "state_forces.tsv")) {
      for (String[] row : rows(file)) {
        assertThat(row).as(String.join("|", row)).hasSize(6);
        for (String alias : row[5].split("\\|")) {
          String found = ActorDictionary.shared().lookup(alias).map(Actor::name).orElse("nothing");
          if (!alias.isBlank() && !found.equals(row[0])) {
            wrong.add(file + ": '" + alias + "' finds " + found + ", not " + row[0]);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}

package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void transliterationsAreSpellingsOfOneName() {
    assertThat(NameKey.sameNameSpelling("idleb", "idlib")).isTrue();
    assertThat(NameKey.sameNameSpelling("hasakah", "hasaka")).isTrue();
    assertThat(NameKey.sameNameSpelling("chittagong", "chattogram")).isFalse(); // a renaming: a city of millions, meant anyway
    assertThat(NameKey.sameNameSpelling("daraa", "dara")).isTrue();
  }

  @Test
  void namesFromAnotherLanguageAreNot() {
    assertThat(NameKey.sameNameSpelling("kanu", "cannes")).isFalse();
    assertThat(NameKey.sameNameSpelling("mahomfa", "lenti")).isFalse();
    assertThat(NameKey.sameNameSpelling("", "lenti")).isFalse();
  }
}

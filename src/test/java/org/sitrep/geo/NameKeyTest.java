package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void transliterationsAreSpellingsOfOneName() {
    assertThat(NameKey.sameNameSpelling("idleb", "idlib")).isTrue();
    assertThat(NameKey.sameNameSpelling("hasakah", "hasaka")).isTrue();
    // a renaming, not a spelling: a city of millions, meant anyway (PlaceResolver)
    assertThat(NameKey.sameNameSpelling("chittagong", "chattogram")).isFalse();
    assertThat(NameKey.sameNameSpelling("daraa", "dara")).isTrue();
  }

  @Test
  void namesFromAnotherLanguageAreNot() {
    assertThat(NameKey.sameNameSpelling("kanu", "cannes")).isFalse();
    assertThat(NameKey.sameNameSpelling("mahomfa", "lenti")).isFalse();
    assertThat(NameKey.sameNameSpelling("", "lenti")).isFalse();
  }
}

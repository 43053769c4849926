package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusionTableTest {
  @Test
  void countsDisagreementsMostFrequentFirst() {
    ConfusionTable t = new ConfusionTable();
    t.add("Attack", "Armed clash");
    t.add("Attack", "Armed clash");
    t.add("Attack", "Attack");
    t.add("Peaceful protest", "none");
    t.add("Arrests", "none");
    t.add("Attack", "Armed clash");
    assertThat(t.top(10)).containsExactly(
        new ConfusionTable.Confusion("Attack", "Armed clash", 3),
        new ConfusionTable.Confusion("Arrests", "none", 1),
        new ConfusionTable.Confusion("Peaceful protest", "none", 1));
    assertThat(t.top(1)).hasSize(1);
  }
}

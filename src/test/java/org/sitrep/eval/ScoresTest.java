package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
  /**
   * gold A A A B B C, predicted A A B B none A. By hand: A tp 2, fp 1, fn 1 → P = R = F = 2/3;
   * B tp 1, fp 1, fn 1 → 0.5; C → 0. Weighted (3·2/3 + 2·0.5 + 0) / 6 = 0.5, as devscore prints.
   */
  private static Scores example() {
    Scores s = new Scores();
    List<String> gold = List.of("A", "A", "A", "B", "B", "C");
    List<String> pred = List.of("A", "A", "B", "B", "none", "A");
    for (int i = 0; i < gold.size(); i++) {
      s.add(gold.get(i), pred.get(i));
    }
    return s;
  }

  @Test
  void weightedF1MatchesHandComputation() {
    assertThat(example().weightedF1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void perLabelOnlyGoldLabelsSortedBySupport() {
    List<LabelStats> per = example().perLabel();
    assertThat(per).extracting(LabelStats::label).containsExactly("A", "B", "C");
    assertThat(per.get(0).precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(per.get(0).recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(per.get(1).f1()).isCloseTo(0.5, within(1e-12));
    assertThat(per.get(2).f1()).isZero();
    assertThat(per).extracting(LabelStats::support).containsExactly(3, 2, 1);
  }

  @Test
  void macroF1KeepsOnlyLabelsWithEnoughSupport() {
    assertThat(example().macroF1(2)).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-12));
    assertThat(example().macroF1(1)).isCloseTo((2.0 / 3 + 0.5) / 3, within(1e-12));
    assertThat(example().macroF1(10)).isZero();
  }

  @Test
  void accuracyAndEmptyScores() {
    assertThat(example().accuracy()).isCloseTo(3.0 / 6, within(1e-12));
    assertThat(new Scores().weightedF1()).isZero();
  }
}

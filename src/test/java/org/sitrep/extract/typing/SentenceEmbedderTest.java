package org.sitrep.extract.typing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The packaged all-MiniLM-L6-v2 loads offline from its jar and places like sentences near. */
class SentenceEmbedderTest {
  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void embedsToAUnitVectorOfTheModelsDimension() {
    float[] v = SentenceEmbedder.shared().embed("Police fired tear gas at students marching in the capital.");
    assertThat(v).hasSize(SentenceEmbedder.DIMENSION);
    assertThat(dot(v, v)).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void sentencesAboutTheSameHappeningAreNearerThanOthers() {
    SentenceEmbedder e = SentenceEmbedder.shared();
    float[] shelling = e.embed("Artillery shells hit a residential district of the town overnight.");
    float[] bombardment = e.embed("Mortar rounds rained down on houses in the city during the night.");
    float[] protest = e.embed("Teachers rallied outside parliament to demand higher wages.");
    assertThat(dot(shelling, bombardment)).isGreaterThan(dot(shelling, protest));
  }

  @Test
  void aBlankTextHasTheZeroVector() {
    assertThat(SentenceEmbedder.shared().embed("  ")).containsOnly(0f);
  }

  @Test
  void theEmbeddingReadsTheLeadOfALongTextCutAtASpace() {
    String lead = "Gunmen attacked a village near the river on Monday and burned homes, killing four people";
    String text = lead + " and wounding many more, officials said, adding that the attackers fled into the forest.";
    assertThat(SentenceEmbedder.lead(lead)).isEqualTo(lead);
    String cut = SentenceEmbedder.lead(text);
    assertThat(cut.length()).isLessThanOrEqualTo(SentenceEmbedder.MAX_CHARS);
    assertThat(text).startsWith(cut);
    assertThat(text.charAt(cut.length())).isEqualTo(' ');
    assertThat(SentenceEmbedder.shared().embed(text)).containsExactly(SentenceEmbedder.shared().embed(cut));
  }
}

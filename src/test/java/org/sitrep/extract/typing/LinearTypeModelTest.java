package org.sitrep.extract.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped type model reads the sentence embedding beside its word features, and the embedding
 * changes its decision: on sentences written for this test, the word features alone would pick
 * another type.
 */
class LinearTypeModelTest {
  private static final LinearTypeModel MODEL = LinearTypeModel.shipped();

  private static String best(double[] p) {
    int b = 0;
    for (int i = 1; i < p.length; i++) {
      b = p[i] > p[b] ? i : b;
    }
    return MODEL.labels().get(b);
  }

  private static String withEmbedding(String text) {
    return best(MODEL.probabilities(TypingFeatures.of(text), SentenceEmbedder.shared().embed(text)));
  }

  private static String wordsAlone(String text) {
    return best(MODEL.probabilities(TypingFeatures.of(text), null));
  }

  @Test
  void theShippedModelLoadsItsEmbeddingWeights() {
    assertThat(MODEL.readsEmbeddings()).isTrue();
    assertThat(MODEL.provenance().get("model")).contains("all-minilm-l6-v2-q");
  }

  @Test
  void theEmbeddingChangesTheDecision() {
    List<String> texts = List.of(
        "Rebels and troops traded fire along the highway for most of the day.",
        "Soldiers raped two women during a search operation in the village.");
    List<String> expected = List.of("Armed clash", "Sexual violence");
    for (int i = 0; i < texts.size(); i++) {
      assertThat(withEmbedding(texts.get(i))).as(texts.get(i)).isEqualTo(expected.get(i));
      assertThat(wordsAlone(texts.get(i))).as("word features alone: %s", texts.get(i)).isNotEqualTo(expected.get(i));
    }
    assertThat(MODEL.probabilities(texts.get(0))).containsExactly(
        MODEL.probabilities(TypingFeatures.of(texts.get(0)), SentenceEmbedder.shared().embed(texts.get(0))));
  }

  @Test
  void theEmbeddingWeightsSurviveWritingAndReading() throws IOException {
    StringWriter w = new StringWriter();
    MODEL.write(w);
    LinearTypeModel back = LinearTypeModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.readsEmbeddings()).isTrue();
    String text = "Rebels and troops traded fire along the highway for most of the day.";
    float[] e = SentenceEmbedder.shared().embed(text);
    assertThat(back.probabilities(TypingFeatures.of(text), e))
        .containsExactly(MODEL.probabilities(TypingFeatures.of(text), e), org.assertj.core.data.Offset.offset(1e-3));
  }
}

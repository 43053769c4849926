package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency classifier with the same arithmetic in a faster order. Sitrep's
 * code, in CoreNLP's package only because {@link Classifier#computeScores(int[])}, the one method
 * the parser calls per transition, is package-private.
 *
 * <p>CoreNLP's forward pass computes each output score as a dot product over the 1,000 hidden
 * units and each uncached hidden slice as a dot product over the 50 embedding dimensions. A
 * floating-point dot product is a reduction, which the JIT does not vectorise, and the cache of
 * slices is one LRU map shared by all threads under a lock. This class keeps the output and first
 * layers transposed, so both become loops of the form {@code acc[i] += x * row[i]} that the JIT
 * compiles to SIMD instructions, and gives every thread its own cache of slices. Each element is
 * still accumulated from the same products in the same order, in the same precisions (float
 * products widened to double for a slice, a slice rounded to float, double scores), so the scores
 * and therefore the parses are bit-identical to CoreNLP's; a test compares them.
 *
 * <p>CoreNLP computes the activations of its ~100,000 precomputed features (800 MB of doubles, a
 * second and a half of start-up) when it loads the model. Given a classifier loaded without them
 * and the model's list of them ({@link #computingOnFirstUse}), this class computes each one the
 * first time a parse needs it, with the arithmetic of CoreNLP's {@code preCompute}
 * (float products widened to double, summed in the same order, not rounded), so it holds the same
 * values, and only the rows news text uses take memory.
 *
 * <p>Only inference: training, which the parser never does here, goes through the superclass.
 */
public final class TransposedClassifier extends Classifier {
  private final int hiddenSize;
  private final int embeddingSize;
  private final int cacheSize;
  private final float[][] embeddings;
  private final float[] bias;
  /** W1 transposed: (feature position x embedding dimension) rows of hidden-size weights. */
  private final float[][] firstLayer;
  /** W2 transposed and widened: hidden-size rows of label weights. */
  private final double[][] outputLayer;
  private final int numLabels;
  /** The precomputed activations by row: CoreNLP's, or filled on first use when it computed none. */
  private final AtomicReferenceArray<double[]> saved;
  private final PreComputed preComputed;
  private final ThreadLocal<SliceCache> caches;

  private TransposedClassifier(Config config, Classifier original, double[][] saved, Map<Integer, Integer> preMap) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.cacheSize = config.numCached;
    this.embeddings = original.getE();
    this.bias = original.getb1();
    float[][] w1 = original.getW1();
    this.firstLayer = new float[w1[0].length][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int k = 0; k < w1[i].length; k++) {
        firstLayer[k][i] = w1[i][k];
      }
    }
    float[][] w2 = original.getW2();
    this.numLabels = w2.length;
    this.outputLayer = new double[hiddenSize][numLabels];
    for (int i = 0; i < numLabels; i++) {
      for (int j = 0; j < hiddenSize; j++) {
        outputLayer[j][i] = w2[i][j];
      }
    }
    this.saved = saved == null ? new AtomicReferenceArray<>(preMap.size()) : new AtomicReferenceArray<>(saved);
    this.preComputed = new PreComputed(preMap);
    this.caches = ThreadLocal.withInitial(() -> new SliceCache(cacheSize, hiddenSize));
  }

  /**
   * A classifier computing exactly what {@code original} computes, or {@code original} itself when
   * it does not use the slice cache (its uncached arithmetic differs, so this class would not be
   * exact) or is training.
   */
  public static Classifier of(Classifier original, Config config) throws ReflectiveOperationException {
    if (!replaceable(original, config)) {
      return original;
    }
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field("preMap").get(original);
    return withoutHistories(new TransposedClassifier(config, original, (double[][]) field("saved").get(original),
        preMap));
  }

  /**
   * A classifier computing exactly what CoreNLP's classifier would compute had it been loaded with
   * {@code numPreComputed} precomputed features: {@code original} was loaded with none, and
   * {@code preComputed} is the model's list of them (the parser's {@code preComputed} field, which
   * CoreNLP fills from the model file whatever the setting). The activations are computed on first use.
   */
  public static Classifier computingOnFirstUse(Classifier original, Config config, List<Integer> preComputed,
      int numPreComputed) throws ReflectiveOperationException {
    if (!replaceable(original, config)) {
      return original;
    }
    Map<Integer, Integer> preMap = new HashMap<>();
    for (int i = 0; i < preComputed.size() && i < numPreComputed; i++) {
      preMap.put(preComputed.get(i), i); // as CoreNLP's Classifier constructor
    }
    return withoutHistories(new TransposedClassifier(config, original, null, preMap));
  }

  private static boolean replaceable(Classifier original, Config config) throws ReflectiveOperationException {
    return config.numCached != 0 && !(boolean) field("isTraining").get(original);
  }

  private static Classifier withoutHistories(TransposedClassifier fast) throws ReflectiveOperationException {
    // the gradient histories a classifier allocates even for inference (about 50 MB): not used here
    for (String history : List.of("eg2W1", "eg2W2", "eg2E")) {
      field(history).set(fast, null);
    }
    return fast;
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = Classifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[hiddenSize];
    SliceCache cache = caches.get();
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int id = preComputed.get(index);
      if (id >= 0) {
        double[] row = saved.get(id);
        if (row == null) {
          row = precomputed(embeddings[tok], j * embeddingSize);
          saved.set(id, row); // another thread may compute the same row at once: the same values
        }
        add(hidden, row);
      } else {
        float[] slice = cache.get(index);
        if (slice == null) {
          slice = slice(cache.scratch, embeddings[tok], j * embeddingSize);
          cache.put(index, slice);
        }
        add(hidden, slice);
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += bias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[numLabels];
    for (int j = 0; j < hiddenSize; j++) {
      axpy(scores, hidden[j], outputLayer[j]);
    }
    return scores;
  }

  /** The hidden-layer contribution of one embedding at one feature position, as CoreNLP rounds it. */
  private float[] slice(double[] acc, float[] embedding, int offset) {
    Arrays.fill(acc, 0.0);
    for (int k = 0; k < embedding.length; k++) {
      float x = embedding[k];
      float[] row = firstLayer[offset + k];
      for (int i = 0; i < acc.length; i++) {
        acc[i] += row[i] * x;
      }
    }
    float[] slice = new float[acc.length];
    for (int i = 0; i < acc.length; i++) {
      slice[i] = (float) acc[i];
    }
    return slice;
  }

  /** A precomputed activation, as CoreNLP's {@code preCompute} computes it (the slice before rounding). */
  private double[] precomputed(float[] embedding, int offset) {
    double[] row = new double[hiddenSize];
    for (int k = 0; k < embedding.length; k++) {
      float x = embedding[k];
      float[] weights = firstLayer[offset + k];
      for (int i = 0; i < row.length; i++) {
        row[i] += weights[i] * x;
      }
    }
    return row;
  }

  private static void add(double[] acc, double[] v) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += v[i];
    }
  }

  private static void add(double[] acc, float[] v) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += v[i];
    }
  }

  private static void axpy(double[] acc, double x, double[] row) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += x * row[i];
    }
  }

  /** Feature index → row of the precomputed activations, as an open-addressing table of ints. */
  private static final class PreComputed {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    PreComputed(Map<Integer, Integer> map) {
      int capacity = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      Arrays.fill(keys, -1);
      mask = capacity - 1;
      for (Map.Entry<Integer, Integer> e : map.entrySet()) {
        int slot = mix(e.getKey()) & mask;
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e.getKey();
        values[slot] = e.getValue();
      }
    }

    int get(int key) {
      int slot = mix(key) & mask;
      while (true) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * One thread's slices by feature index, emptied when full: slices are pure functions of their
   * index, so what the cache holds changes only the time, never a score.
   */
  private static final class SliceCache {
    private final int limit;
    private final HashMap<Integer, float[]> slices;
    final double[] scratch;

    SliceCache(int limit, int hiddenSize) {
      this.limit = limit;
      this.slices = new HashMap<>(limit * 2);
      this.scratch = new double[hiddenSize];
    }

    float[] get(int index) {
      return slices.get(index);
    }

    void put(int index, float[] slice) {
      if (slices.size() >= limit) {
        slices.clear();
      }
      slices.put(index, slice);
    }
  }
}

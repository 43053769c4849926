package org.sitrep.extract.typing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits a {@link LinearTypeModel}: multinomial logistic regression by AdaGrad over shuffled epochs,
 * L2-regularised, with class weights {@code (n / (k * n_c))^balance} (0 = none, 1 = fully
 * balanced). Features seen fewer than {@code minCount} times are dropped. Deterministic for a seed.
 *
 * <p>With {@code embedWeight > 0} a second regression, over the texts' {@link SentenceEmbedder}
 * embeddings (times {@code embedScale}, for {@code embedEpochs}), is fit beside the first, and the
 * two are joined as a product of experts: the model's scores are {@code (1 - embedWeight)} times
 * the word model's plus {@code embedWeight} times the embedding model's, folded into the weights
 * written. Embeddings are computed once per text and kept for the trainer's later fits; a trainer
 * is not thread-safe.
 */
public final class TypeTrainer {
  /** One labelled text. */
  public record Example(String label, String text) {}

  /** Settings of one fit. */
  public record Settings(int epochs, double rate, double l2, double balance, int minCount, long seed,
      double embedWeight, double embedScale, int embedEpochs) {
    public Settings {
      if (embedWeight < 0 || embedWeight >= 1) {
        throw new IllegalArgumentException("embedding weight must be in [0, 1): " + embedWeight);
      }
    }

    /** Settings of a model over word features alone. */
    public Settings(int epochs, double rate, double l2, double balance, int minCount, long seed) {
      this(epochs, rate, l2, balance, minCount, seed, 0, 1, 0);
    }

    public static Settings defaults() {
      return new Settings(12, 0.2, 1e-6, 0.5, 2, 17L);
    }
  }

  private final Settings settings;
  private final Map<String, float[]> embedded = new HashMap<>();

  public TypeTrainer(Settings settings) {
    this.settings = settings;
  }

  public LinearTypeModel fit(List<Example> examples, Map<String, String> provenance) {
    TreeMap<String, Integer> labelCounts = new TreeMap<>();
    examples.forEach(e -> labelCounts.merge(e.label(), 1, Integer::sum));
    List<String> labels = new ArrayList<>(labelCounts.keySet());
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      labelIndex.put(labels.get(i), i);
    }
    List<List<String>> feats = new ArrayList<>();
    Map<String, Integer> featureCounts = new HashMap<>();
    for (Example e : examples) {
      List<String> f = TypingFeatures.of(e.text());
      feats.add(f);
      for (String s : new java.util.HashSet<>(f)) {
        featureCounts.merge(s, 1, Integer::sum);
      }
    }
    Map<String, Integer> featureIndex = new HashMap<>();
    List<String> featureNames = new ArrayList<>();
    featureCounts.entrySet().stream().filter(e -> e.getValue() >= settings.minCount())
        .map(Map.Entry::getKey).sorted().forEach(f -> {
          featureIndex.put(f, featureNames.size());
          featureNames.add(f);
        });
    int k = labels.size();
    int[][] x = new int[examples.size()][];
    int[] y = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      x[i] = feats.get(i).stream().filter(featureIndex::containsKey).mapToInt(featureIndex::get).toArray();
      y[i] = labelIndex.get(examples.get(i).label());
    }
    double[] classWeight = new double[k];
    for (int c = 0; c < k; c++) {
      double ratio = (double) examples.size() / (k * labelCounts.get(labels.get(c)));
      classWeight[c] = Math.pow(ratio, settings.balance());
    }
    double[][] w = train(x, y, k, featureNames.size(), classWeight);
    Map<String, float[]> weights = new HashMap<>();
    double wordWeight = 1 - settings.embedWeight();
    for (int f = 0; f < featureNames.size(); f++) {
      put(weights, featureNames.get(f), w[f], wordWeight);
    }
    if (settings.embedWeight() > 0) {
      float[][] e = new float[examples.size()][];
      for (int i = 0; i < e.length; i++) {
        e[i] = embedded.computeIfAbsent(examples.get(i).text(), SentenceEmbedder.shared()::embed);
      }
      double[][] d = trainDense(e, y, k, classWeight);
      for (int j = 0; j < d.length; j++) {
        put(weights, LinearTypeModel.denseFeature(j), d[j], settings.embedWeight() * settings.embedScale());
      }
    }
    return new LinearTypeModel(labels, weights, provenance);
  }

  private static void put(Map<String, float[]> weights, String feature, double[] w, double factor) {
    float[] row = new float[w.length];
    boolean any = false;
    for (int c = 0; c < w.length; c++) {
      double v = w[c] * factor;
      if (Math.abs(v) >= 1e-3) {
        row[c] = (float) v;
        any = true;
      }
    }
    if (any) {
      weights.put(feature, row);
    }
  }

  /** The embedding model: the same regression over dense inputs {@code embedScale * e}. */
  private double[][] trainDense(float[][] e, int[] y, int k, double[] classWeight) {
    int dim = SentenceEmbedder.DIMENSION;
    double[][] w = new double[dim][k];
    double[][] g2 = new double[dim][k];
    int[] order = new int[e.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    double scale = settings.embedScale();
    double[] score = new double[k];
    for (int epoch = 0; epoch < settings.embedEpochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        java.util.Arrays.fill(score, 0);
        for (int j = 0; j < dim; j++) {
          double v = e[i][j] * scale;
          for (int c = 0; c < k; c++) {
            score[c] += w[j][c] * v;
          }
        }
        double[] p = LinearTypeModel.softmax(score);
        double cw = classWeight[y[i]];
        for (int j = 0; j < dim; j++) {
          double v = e[i][j] * scale;
          if (v == 0) {
            continue;
          }
          for (int c = 0; c < k; c++) {
            double g = cw * (p[c] - (c == y[i] ? 1 : 0)) * v + settings.l2() * w[j][c];
            g2[j][c] += g * g;
            w[j][c] -= settings.rate() * g / Math.sqrt(g2[j][c] + 1e-8);
          }
        }
      }
    }
    return w;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private double[][] train(int[][] x, int[] y, int k, int nFeatures, double[] classWeight) {
    double[][] w = new double[nFeatures][k];
    double[][] g2 = new double[nFeatures][k];
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    double[] score = new double[k];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        java.util.Arrays.fill(score, 0);
        for (int f : x[i]) {
          for (int c = 0; c < k; c++) {
            score[c] += w[f][c];
          }
        }
        double[] p = LinearTypeModel.softmax(score);
        double cw = classWeight[y[i]];
        for (int f : x[i]) {
          for (int c = 0; c < k; c++) {
            double g = cw * (p[c] - (c == y[i] ? 1 : 0)) + settings.l2() * w[f][c];
            if (g != 0) {
              g2[f][c] += g * g;
              w[f][c] -= settings.rate() * g / Math.sqrt(g2[f][c] + 1e-8);
            }
          }
        }
      }
    }
    return w;
  }
}

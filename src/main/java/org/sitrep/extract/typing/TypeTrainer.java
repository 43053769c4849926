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
 */
public final class TypeTrainer {
  /** One labelled text. */
  public record Example(String label, String text) {}

  /** Settings of one fit. */
  public record Settings(int epochs, double rate, double l2, double balance, int minCount, long seed) {
    public static Settings defaults() {
      return new Settings(12, 0.2, 1e-6, 0.5, 2, 17L);
    }
  }

  private final Settings settings;

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
    for (int f = 0; f < featureNames.size(); f++) {
      float[] row = new float[k];
      boolean any = false;
      for (int c = 0; c < k; c++) {
        double v = w[f][c];
        if (Math.abs(v) >= 1e-3) {
          row[c] = (float) v;
          any = true;
        }
      }
      if (any) {
        weights.put(featureNames.get(f), row);
      }
    }
    return new LinearTypeModel(labels, weights, provenance);
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
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
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

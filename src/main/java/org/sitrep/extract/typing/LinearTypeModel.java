package org.sitrep.extract.typing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial logistic regression over {@link TypingFeatures}: one weight row per feature, one
 * column per label; optionally also over the {@link SentenceEmbedder} embedding of the text, whose
 * dimension {@code j} has the weight row of feature {@code d:j} (the model then embeds each text it
 * scores). Immutable once built; thread-safe.
 *
 * <p>File format (UTF-8 text): lines starting with {@code #} are provenance ({@code # key: value});
 * one line {@code labels<TAB>l1<TAB>l2...}; then one line per feature,
 * {@code feature<TAB>i:w<TAB>i:w...} (sparse, label index : weight).
 */
public final class LinearTypeModel {
  private final List<String> labels;
  private final Map<String, float[]> weights;
  private final Map<String, String> provenance;
  /** Weight rows of the embedding's dimensions, or null for a model of word features alone. */
  private final float[][] dense;

  /** The feature whose weight row is that of the embedding's dimension {@code j}. */
  public static String denseFeature(int j) {
    return DENSE + j;
  }

  private static final String DENSE = "d:";

  public LinearTypeModel(List<String> labels, Map<String, float[]> weights, Map<String, String> provenance) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.provenance = new LinkedHashMap<>(provenance);
    float[][] d = null;
    for (Map.Entry<String, float[]> e : weights.entrySet()) {
      if (e.getKey().startsWith(DENSE)) {
        int j = Integer.parseInt(e.getKey().substring(DENSE.length()));
        if (j < 0 || j >= SentenceEmbedder.DIMENSION) {
          throw new IllegalArgumentException("type model feature " + e.getKey() + ": no such embedding dimension");
        }
        if (d == null) {
          d = new float[SentenceEmbedder.DIMENSION][];
        }
        d[j] = e.getValue();
      }
    }
    this.dense = d;
  }

  /** Whether the model reads the text's sentence embedding beside its word features. */
  public boolean readsEmbeddings() {
    return dense != null;
  }

  public List<String> labels() {
    return labels;
  }

  public Map<String, String> provenance() {
    return java.util.Collections.unmodifiableMap(provenance);
  }

  public int features() {
    return weights.size();
  }

  /** Label probabilities for a text, in {@link #labels()} order. */
  public double[] probabilities(String text) {
    return probabilities(TypingFeatures.of(text), dense == null ? null : SentenceEmbedder.shared().embed(text));
  }

  /**
   * Label probabilities for a text's word features and its embedding ({@code null}: none, as for a
   * model of word features alone).
   */
  public double[] probabilities(List<String> features, float[] embedding) {
    double[] score = new double[labels.size()];
    if (dense != null && embedding != null) {
      for (int j = 0; j < dense.length; j++) {
        float[] w = dense[j];
        if (w != null && embedding[j] != 0f) {
          for (int k = 0; k < score.length; k++) {
            score[k] += w[k] * embedding[j];
          }
        }
      }
    }
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int k = 0; k < score.length; k++) {
          score[k] += w[k];
        }
      }
    }
    return softmax(score);
  }

  static double[] softmax(double[] score) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[score.length];
    for (int k = 0; k < score.length; k++) {
      p[k] = Math.exp(score[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  public void write(Writer out) throws IOException {
    for (Map.Entry<String, String> e : provenance.entrySet()) {
      out.write("# " + e.getKey() + ": " + e.getValue().replace('\n', ' ') + "\n");
    }
    out.write("labels\t" + String.join("\t", labels) + "\n");
    List<String> keys = new ArrayList<>(weights.keySet());
    keys.sort(null);
    StringBuilder line = new StringBuilder();
    for (String f : keys) {
      line.setLength(0);
      float[] w = weights.get(f);
      for (int k = 0; k < w.length; k++) {
        if (w[k] != 0f) {
          line.append('\t').append(k).append(':').append(String.format(Locale.ROOT, "%.4g", w[k]));
        }
      }
      if (line.length() > 0) {
        out.write(f);
        out.write(line.toString());
        out.write('\n');
      }
    }
  }

  public static LinearTypeModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> provenance = new LinkedHashMap<>();
    List<String> labels = null;
    Map<String, float[]> weights = new HashMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.startsWith("# ")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          provenance.put(line.substring(2, colon), line.substring(colon + 2));
        }
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("labels")) {
        labels = List.of(f).subList(1, f.length);
        continue;
      }
      if (labels == null) {
        throw new IllegalStateException("type model line " + n + ": weights before the labels line");
      }
      float[] w = new float[labels.size()];
      for (int i = 1; i < f.length; i++) {
        int c = f[i].indexOf(':');
        w[Integer.parseInt(f[i].substring(0, c))] = Float.parseFloat(f[i].substring(c + 1));
      }
      weights.put(f[0], w);
    }
    if (labels == null) {
      throw new IllegalStateException("type model has no labels line");
    }
    return new LinearTypeModel(labels, weights, provenance);
  }

  /**
   * The model shipped in the jar, loaded once; the system property {@value #PROPERTY} names another
   * model file to use instead (to evaluate a probe model fit without the notes it is scored on).
   */
  public static LinearTypeModel shipped() {
    return Shipped.MODEL;
  }

  public static final String RESOURCE = "/org/sitrep/extract/typing/type-model.tsv.gz";
  public static final String PROPERTY = "sitrep.typeModel";

  private static final class Shipped {
    static final LinearTypeModel MODEL = load();

    private static LinearTypeModel load() {
      String file = System.getProperty(PROPERTY);
      if (file != null && !file.isBlank()) {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
          return read(new java.util.zip.GZIPInputStream(in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the type model " + file + " (-D" + PROPERTY + ")", e);
        }
      }
      try (InputStream in = LinearTypeModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return null;
        }
        return read(new java.util.zip.GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}

package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transposed forward pass gives CoreNLP's scores bit for bit, for feature vectors that mix
 * precomputed activations, cached and uncached slices, repeated and fresh, from several threads;
 * also when the parser was loaded without its precomputed activations and the classifier computes
 * them on first use.
 */
class TransposedClassifierIT {
  private static Classifier own;
  private static Classifier fast;
  /** Over a parser loaded with {@code numPreComputed=0}: precomputed activations filled on first use. */
  private static Classifier lazy;
  private static List<Integer> precomputedKeys;
  private static int vocabulary;

  @BeforeAll
  static void load() throws ReflectiveOperationException {
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    own = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    Config config = (Config) field(DependencyParser.class, "config").get(parser);
    fast = TransposedClassifier.of(own, config);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(own);
    precomputedKeys = new ArrayList<>(preMap.keySet());
    precomputedKeys.sort(null);
    vocabulary = own.getE().length;
    Properties none = new Properties();
    none.setProperty("numPreComputed", "0");
    DependencyParser bare = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, none);
    Classifier unfilled = (Classifier) field(DependencyParser.class, "classifier").get(bare);
    assertThat(field(Classifier.class, "saved").get(unfilled)).isNull();
    @SuppressWarnings("unchecked")
    List<Integer> features = (List<Integer>) field(DependencyParser.class, "preComputed").get(bare);
    lazy = TransposedClassifier.computingOnFirstUse(unfilled, (Config) field(DependencyParser.class, "config").get(bare),
        features, config.numPreComputed);
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Features: some positions take a token whose activation is precomputed there, the rest any token. */
  private static int[] features(Random random) {
    int[] feature = new int[Config.numTokens];
    for (int j = 0; j < feature.length; j++) {
      feature[j] = random.nextInt(vocabulary);
    }
    for (int n = 0; n < 30; n++) {
      int key = precomputedKeys.get(random.nextInt(precomputedKeys.size()));
      feature[key % Config.numTokens] = key / Config.numTokens;
    }
    return feature;
  }

  @Test
  void replacesTheClassifier() {
    assertThat(fast).isInstanceOf(TransposedClassifier.class);
  }

  @Test
  void scoresAreCoreNlpsExactly() {
    Random random = new Random(7);
    List<int[]> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      inputs.add(features(random));
    }
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the slices the first cached
      for (int[] f : inputs) {
        assertThat(fast.computeScores(f)).containsExactly(own.computeScores(f));
      }
    }
  }

  @Test
  void activationsComputedOnFirstUseGiveCoreNlpsScoresExactly() {
    assertThat(lazy).isInstanceOf(TransposedClassifier.class);
    Random random = new Random(11);
    List<int[]> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      inputs.add(features(random));
    }
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the rows the first filled
      for (int[] f : inputs) {
        assertThat(lazy.computeScores(f)).containsExactly(own.computeScores(f));
      }
    }
  }

  @Test
  void scoresAreCoreNlpsExactlyFromSeveralThreads() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < 3; t++) {
      long seed = 100 + t;
      threads.add(new Thread(() -> {
        try {
          Random random = new Random(seed);
          for (int i = 0; i < 100; i++) {
            int[] f = features(random);
            assertThat(fast.computeScores(f)).containsExactly(own.computeScores(f));
            assertThat(lazy.computeScores(f)).containsExactly(own.computeScores(f));
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }
}

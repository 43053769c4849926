package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caching tagger's search sees CoreNLP's scores bit for bit at every step, and so gives its
 * tags, on news sentences (headlines in capitals, names unknown to the model, numbers, hyphens, a
 * one-word sentence), also from several threads sharing the cache.
 */
class CachingTaggerIT {
  private static MaxentTagger own;
  private static CachingTagger fast;
  private static List<List<HasWord>> sentences;

  @BeforeAll
  static void load() throws IOException {
    own = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
    fast = new CachingTagger(DefaultPaths.DEFAULT_POS_MODEL);
    StringBuilder text = new StringBuilder();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CachingTaggerIT.class.getResourceAsStream("/typing/news-snippets.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode record = json.readTree(line);
        text.append(record.get("text").asText()).append("\n\n");
      }
    }
    text.append("Kenyatta-era MPs from Wajir, Mandera and Garissa met Al-Shabaab's ex-commander Abdirahman "
        + "Mohamed Warsame (a.k.a. 'Mahad Karate') on 3/4/2019 at 10:30pm, Kdf said.\n\nStop.\n\n"
        + "ATTACK ON UN CONVOY NEAR BENI LEAVES 3 PEACEKEEPERS DEAD, 12 INJURED -- MONUSCO\n\n");
    sentences = MaxentTagger.tokenizeText(new StringReader(text.toString()));
  }

  /** The scores every step of one search asked for, CoreNLP's or the caching tagger's. */
  private static final class OwnSearch extends TestSentence {
    final List<double[]> asked = new ArrayList<>();

    OwnSearch() {
      super(own);
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
      return remember(asked, super.scoresOf(tags, pos));
    }
  }

  private static final class FastSearch extends CachingTagger.Sentence {
    final List<double[]> asked = new ArrayList<>();

    FastSearch() {
      super(fast);
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
      return remember(asked, super.scoresOf(tags, pos));
    }
  }

  private static double[] remember(List<double[]> asked, double[] scores) {
    asked.add(scores.clone());
    return scores;
  }

  @Test
  void theEnglishModelsTagFeaturesAreCached() {
    assertThat(fast.cachesTagFeatures()).isTrue();
  }

  @Test
  void everyScoreIsCoreNlpsExactly() {
    assertThat(sentences).hasSizeGreaterThan(200);
    long steps = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the sums the first cached
      for (List<HasWord> sentence : sentences) {
        OwnSearch ownSearch = new OwnSearch();
        FastSearch fastSearch = new FastSearch();
        List<TaggedWord> ownTags = ownSearch.tagSentence(sentence, false);
        List<TaggedWord> fastTags = fastSearch.tagSentence(sentence, false);
        List<double[]> expected = ownSearch.asked;
        List<double[]> actual = fastSearch.asked;
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
          assertThat(actual.get(i)).as("%s, step %d", sentence, i).containsExactly(expected.get(i));
        }
        assertThat(fastTags).isEqualTo(ownTags);
        steps += expected.size();
      }
    }
    assertThat(steps).isGreaterThan(10_000);
  }

  @Test
  void tagsAreCoreNlpsFromSeveralThreads() throws InterruptedException {
    List<List<TaggedWord>> expected = new ArrayList<>();
    for (List<HasWord> s : sentences) {
      expected.add(own.tagSentence(s));
    }
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int offset = t * 37;
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < sentences.size(); i++) {
            int k = (i + offset) % sentences.size();
            assertThat(fast.tagSentence(sentences.get(k))).isEqualTo(expected.get(k));
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    for (Thread t : threads) {
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }
}

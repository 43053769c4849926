package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's maximum-entropy part-of-speech tagger with the same arithmetic and less repeated work.
 * Sitrep's code, in CoreNLP's package only because the tagger's features and weights are
 * package-private.
 *
 * <p>CoreNLP's exact Viterbi search scores every position once for each pair of tags it considers
 * for the two words before it (for a capitalised unknown word, hundreds of pairs). Each time, its
 * {@code TestSentence} extracts the word's own features again (a rare word has thirty: prefixes,
 * suffixes, shapes, clusters), although it adds them only the first time, into the position's
 * context scores; and it extracts the features of the previous tags, as strings looked up in hash
 * maps, although with the English models they are features of those two tags alone, the same in
 * every sentence. This tagger's sentences extract the word's features only with its context
 * features, once per position, and keep the sums of the tag features per pair of previous tags, for
 * the whole process. The sums are made from the same weights in the same order, so every score,
 * and therefore every tag, is CoreNLP's bit for bit; a test compares them.
 */
public final class CachingTagger extends MaxentTagger {
  /** Sums of the tag features' weights by the previous tag and the one before; null if not all are. */
  private final Map<String, Map<String, double[]>> tagFeatureSums;

  public CachingTagger(String modelFile) {
    super(modelFile);
    this.tagFeatureSums = onlyPreviousTags(extractors.dynamic) ? new ConcurrentHashMap<>() : null;
  }

  /** Whether these dynamic features read nothing but the tags of the two words before. */
  private static boolean onlyPreviousTags(List<Pair<Integer, Extractor>> dynamic) {
    for (Pair<Integer, Extractor> p : dynamic) {
      Extractor e = p.second();
      boolean previousTag = e.getClass() == Extractor.class && e.isDynamic() && e.position >= -2 && e.position < 0;
      boolean previousTags = e.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class
          && e.position >= -2 && e.position < 0;
      if (!previousTag && !previousTags) {
        return false;
      }
    }
    return true;
  }

  /** Whether the model's tag features are the kind this tagger keeps sums of (the English models' are). */
  boolean cachesTagFeatures() {
    return tagFeatureSums != null;
  }

  @Override
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
    return tagSentence(sentence, false);
  }

  @Override
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence, boolean reuseTags) {
    return new Sentence(this).tagSentence(sentence, reuseTags);
  }

  /** Scores as CoreNLP's exact, non-verbose {@code getExactHistories} sums them, from zero. */
  double[] sum(History h, List<Pair<Integer, Extractor>> common, List<Pair<Integer, Extractor>> rare) {
    double[] scores = new double[ySize];
    addTo(scores, h, common, 0);
    if (rare != null) {
      addTo(scores, h, rare, extractors.size());
    }
    return scores;
  }

  private void addTo(double[] scores, History h, List<Pair<Integer, Extractor>> features, int offset) {
    double[] lambda = getLambdaSolve().lambda;
    for (Pair<Integer, Extractor> p : features) {
      int[] associations = fAssociations.get(offset + p.first()).get(p.second().extract(h));
      if (associations != null) {
        for (int i = 0; i < ySize; i++) {
          int f = associations[i];
          if (f > -1) {
            scores[i] += lambda[f];
          }
        }
      }
    }
  }

  /** The sums of the common tag features for the history's two previous tags, a fresh copy. */
  double[] tagFeatures(History h, PairsHolder pairs) {
    if (tagFeatureSums == null) {
      return sum(h, extractors.dynamic, null);
    }
    String previous = pairs.getTag(h, -1);
    String before = pairs.getTag(h, -2);
    if (previous == null || before == null) {
      return sum(h, extractors.dynamic, null);
    }
    Map<String, double[]> byBefore = tagFeatureSums.computeIfAbsent(previous, k -> new ConcurrentHashMap<>());
    double[] sums = byBefore.get(before);
    if (sums == null) {
      sums = sum(h, extractors.dynamic, null);
      byBefore.putIfAbsent(before, sums.clone());
      return sums;
    }
    return Arrays.copyOf(sums, sums.length);
  }

  /** One sentence's search; CoreNLP's with {@link #getHistories} doing each sum once. */
  static class Sentence extends TestSentence {
    private final CachingTagger tagger;
    /** Per position: the word's own and context features' sums, as CoreNLP's localContextScores. */
    private double[][] contextSums;
    /** Per position: whether the word is rare, so that its rare-word features count too. */
    private boolean[] rareAt;

    Sentence(CachingTagger tagger) {
      super(tagger);
      this.tagger = tagger;
    }

    @Override
    protected void init() {
      super.init();
      contextSums = new double[size][];
      rareAt = new boolean[size];
    }

    @Override
    protected double[] getHistories(String[] tags, History h) {
      Extractors common = tagger.extractors;
      Extractors rareOnes = tagger.extractorsRare;
      double[] context = contextSums[h.current];
      boolean rare;
      if (context != null) {
        rare = rareAt[h.current];
      } else {
        rare = tagger.isRare(ExtractorFrames.cWord.extract(h));
        rareAt[h.current] = rare;
        double[] own = tagger.sum(h, common.local, rare ? rareOnes.local : null);
        context = tagger.sum(h, common.localContext, rare ? rareOnes.localContext : null);
        ArrayMath.pairwiseAddInPlace(context, own);
        contextSums[h.current] = context;
      }
      double[] total = tagger.tagFeatures(h, pairs);
      if (rare) {
        tagger.addTo(total, h, rareOnes.dynamic, common.size());
      }
      ArrayMath.pairwiseAddInPlace(total, context);
      return total;
    }
  }
}

package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.nlp.StageTimes;

/**
 * CoreNLP's named-entity step with SUTime run only where it can find something. CoreNLP's
 * {@code NERClassifierCombiner} runs its CRF models ({@code ner.model}), then its number and time
 * rules — with SUTime, two thirds of the whole step's time — over every sentence. This combiner runs
 * the same CRFs and the same rules, but picks per sentence ({@link TimeCues}) among three versions of
 * the rules: a sentence with a word that can start or be part of a date, time, duration or set gets
 * SUTime's time rules on the stretches around those words and the number rules beneath
 * ({@link #timeRulesInWindows}); one with only number, money or percent words gets SUTime with its
 * definitions and no time rules, so its number step (NumberNormalizer) tags the numbers as it would;
 * one with neither gets the rules without SUTime, which give the same tags there at a fraction of the
 * cost. On 15,130 sentences of news, snippets, notes and bench articles ({@code NerGateCompare}) the
 * tags, values and timexes equal CoreNLP's own step's but for the timexes' running ids and three
 * sentences with a number and no number or time word ("over 380", "+1"). Everything else — the merge of the
 * rules' tags into the CRFs', normalisation, CoreNLP's NER tokenisation, entity mentions — is
 * CoreNLP's own code, unchanged.
 *
 * <p>The combiner is installed into a {@link NERCombinerAnnotator} built from the same properties
 * as the plain one (so its options are the same), in place of the annotator's own combiner. The
 * annotator has no public way to take a combiner together with its properties, so this uses
 * reflection on its {@code ner} field, checked once at load; a CoreNLP without that field fails at
 * start-up with a message saying so.
 */
final class TimeGatedNer extends NERClassifierCombiner {
  private final NumberSequenceClassifier withTime;
  private final NumberSequenceClassifier numbersOnly;
  private final NumberSequenceClassifier withoutTime;

  private TimeGatedNer(Properties sutime, String... models) throws IOException {
    super(false, Language.ENGLISH, false, sutime, models);
    this.withTime = new NumberSequenceClassifier(new Properties(), true, sutime);
    Properties noTimeRules = new Properties();
    noTimeRules.putAll(sutime);
    noTimeRules.setProperty(NumberSequenceClassifier.SUTIME_PROPERTY + ".rules", SUTIME_DEFINITIONS);
    this.numbersOnly = new NumberSequenceClassifier(new Properties(), true, noTimeRules);
    this.withoutTime = new NumberSequenceClassifier(new Properties(), false, sutime);
  }

  /** Profile stages of the three versions of the rules (inside the NER step's time). */
  private static final Map<TimeCues.Kind, String> RULE_STAGES = Map.of(
      TimeCues.Kind.TIME, "  ner: SUTime, sentences with a time word",
      TimeCues.Kind.NUMBER, "  ner: SUTime numbers only, sentences with number words",
      TimeCues.Kind.NONE, "  ner: number rules without SUTime, other sentences");

  /** Profile stage of the number rules beneath a timed sentence's time stretches. */
  private static final String OUTSIDE_WINDOWS = "  ner: number rules beneath the time words' stretches";

  /**
   * Tokens either side of a time word that SUTime's time rules see ({@code -Dsitrep.timeReach};
   * 0 runs them over the whole sentence).
   */
  private static final int WINDOW_REACH = Integer.getInteger("sitrep.timeReach", 6);

  /** SUTime's definitions file alone: its types and constants, none of its rules for finding times. */
  private static final String SUTIME_DEFINITIONS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";

  /** A named-entity annotator for the given CoreNLP properties, SUTime gated per sentence. */
  static NERCombinerAnnotator annotator(Properties props) {
    Properties empty = new Properties();
    empty.putAll(props);
    empty.setProperty("ner.model", "");
    empty.setProperty("ner.applyNumericClassifiers", "false");
    empty.setProperty("ner.useSUTime", "false");
    Properties sutime = new Properties();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(NumberSequenceClassifier.SUTIME_PROPERTY + ".")) {
        sutime.setProperty(key, props.getProperty(key));
      }
    }
    try {
      NERCombinerAnnotator annotator = new NERCombinerAnnotator(empty);
      String[] models = props.getProperty("ner.model", String.join(",", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
          DefaultPaths.DEFAULT_NER_MUC_MODEL, DefaultPaths.DEFAULT_NER_CONLL_MODEL)).split(",");
      TimeGatedNer combiner = new TimeGatedNer(sutime, models);
      Field ner = NERCombinerAnnotator.class.getDeclaredField("ner");
      ner.setAccessible(true);
      ner.set(annotator, combiner);
      return annotator;
    } catch (IOException e) {
      throw new UncheckedIOException("CoreNLP named-entity models could not be loaded", e);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this CoreNLP's NERCombinerAnnotator has no replaceable 'ner' field ("
          + e + "); run with -Dsitrep.timeGate=false to use CoreNLP's own named-entity step", e);
    }
  }

  @Override
  public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
    // the CRFs, their answers copied to the NER tags (numeric rules are off in the superclass)
    List<CoreLabel> output = super.classifyWithGlobalInformation(tokens, document, sentence);
    TimeCues.Kind kind = TimeCues.of(output);
    NumberSequenceClassifier rules = switch (kind) {
      case TIME -> withTime;
      case NUMBER -> numbersOnly;
      case NONE -> withoutTime;
    };
    boolean time = kind != TimeCues.Kind.NONE;
    // as NERClassifierCombiner.recognizeNumberSequences: the rules' tags fill what the CRFs left empty
    List<CoreLabel> copy = kind == TimeCues.Kind.TIME && WINDOW_REACH > 0
        ? timeRulesInWindows(output, document, sentence)
        : null;
    if (copy == null) {
      copy = NumberSequenceClassifier.copyTokens(output, sentence);
      long started = StageTimes.start();
      rules.classifyWithGlobalInformation(copy, document, sentence);
      StageTimes.stop(RULE_STAGES.get(kind), started);
    }
    String background = rules.flags.backgroundSymbol;
    for (int i = 0; i < output.size(); i++) {
      CoreLabel original = output.get(i);
      CoreLabel guessed = copy.get(i);
      String before = original.get(CoreAnnotations.AnswerAnnotation.class);
      String guess = guessed.get(CoreAnnotations.AnswerAnnotation.class);
      if ((before == null || before.equals(background) || before.equals("MISC")) && !guess.equals(background)) {
        original.set(CoreAnnotations.AnswerAnnotation.class, guess);
      }
      NumberSequenceClassifier.transferAnnotations(guessed, original);
    }
    for (CoreLabel t : output) {
      t.set(CoreAnnotations.NamedEntityTagAnnotation.class, t.get(CoreAnnotations.AnswerAnnotation.class));
    }
    QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(output, false, time);
    return output;
  }

  /**
   * SUTime's time rules over the stretches of a timed sentence around its time words
   * ({@link TimeCues#windows}), the number rules over the whole sentence beneath them: the tokens'
   * rule answers, or null where the stretches cover the whole sentence (then SUTime runs on it whole).
   * SUTime tries each of its rules at every token, so a shorter sequence costs less (on 600 bench
   * articles 17.4 → 12.8 thread-s); no rule reaches further than a few tokens from a time word
   * ({@code NerGateCompare}: with a reach of 4 or more, the same tags, values and timexes as
   * CoreNLP's own step on 10,263 sentences; with 1 or 2, hundreds differ). The sentence must carry
   * its text and offsets (CoreNLP's sentence splitter sets them).
   */
  private List<CoreLabel> timeRulesInWindows(List<CoreLabel> output, CoreMap document, CoreMap sentence) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer charBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<CoreLabel> own = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (text == null || charBegin == null || tokenBegin == null || own == null || own.size() != output.size()) {
      return null;
    }
    List<int[]> windows = TimeCues.windows(output, WINDOW_REACH);
    if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == output.size()) {
      return null;
    }
    // the words outside the stretches: numbers and money only
    boolean[] inside = new boolean[output.size()];
    for (int[] w : windows) {
      Arrays.fill(inside, w[0], w[1], true);
    }
    boolean numberWords = false;
    for (int i = 0; i < output.size() && !numberWords; i++) {
      numberWords = !inside[i] && TimeCues.isNumberWord(output.get(i));
    }
    List<CoreLabel> copy = NumberSequenceClassifier.copyTokens(output, sentence);
    long started = StageTimes.start();
    (numberWords ? numbersOnly : withoutTime).classifyWithGlobalInformation(copy, document, sentence);
    StageTimes.stop(OUTSIDE_WINDOWS, started);
    started = StageTimes.start();
    for (int[] w : windows) {
      int b = own.get(w[0]).beginPosition();
      int e = own.get(w[1] - 1).endPosition();
      Annotation part = new Annotation(text.substring(b - charBegin, e - charBegin));
      part.set(CoreAnnotations.TokensAnnotation.class, own.subList(w[0], w[1]));
      part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
      part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
      part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + w[0]);
      part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + w[1]);
      List<CoreLabel> answers = NumberSequenceClassifier.copyTokens(output.subList(w[0], w[1]), part);
      withTime.classifyWithGlobalInformation(answers, document, part);
      for (int i = w[0]; i < w[1]; i++) {
        copy.set(i, answers.get(i - w[0]));
      }
    }
    StageTimes.stop(RULE_STAGES.get(TimeCues.Kind.TIME), started);
    return copy;
  }

  @Override
  public void finalizeAnnotation(Annotation annotation) {
    withTime.finalizeClassification(annotation);
  }

  @Override
  public boolean usesSUTime() {
    return true;
  }

  @Override
  public boolean appliesNumericClassifiers() {
    return true;
  }
}

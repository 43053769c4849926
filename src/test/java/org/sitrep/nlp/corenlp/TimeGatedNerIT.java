package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The named-entity step with SUTime gated per sentence gives exactly the tags and normalised values
 * of CoreNLP's own step, on sentences written for this test: dates, times, durations, sets, numbers
 * in words and digits, money, percent, ordinals, ages, and sentences with none of them.
 */
class TimeGatedNerIT {
  private static final String PUBLISHED = "2024-03-14";
  private static final List<String> SENTENCES = List.of(
      "Gunmen stormed the village and burned dozens of houses, residents said.",
      "Police arrested 14 protesters outside the parliament in Lagos.",
      "Sixty-two soldiers were killed when the convoy was ambushed.",
      "At least 45 people died and 120 were wounded in the blast.",
      "The army said it had killed three militants in the raid on Tuesday.",
      "Fighting resumed last night after a two-day lull.",
      "Officials said they would give an update on Friday.",
      "The ministry will publish the figures next week.",
      "The strike near the border on 9 March killed a farmer.",
      "Two days ago the camp was shelled again.",
      "The company said profits rose 5 percent to $3.2 million in the first quarter.",
      "A 55-year-old man and his son were abducted at 10:30 p.m.",
      "Hundreds of families have fled since the 1990s, and more leave every week.",
      "The curfew was lifted during Ramadan.",
      "Protesters blocked the road for several hours before police dispersed them.",
      "The militia was blamed for the first attack on the base.",
      "Rebels seized the town; one civilian was hurt.",
      "He was sentenced to twenty-five years in prison on 03/12/2023.",
      "The government ordered the ambassador to leave within 72 hours.",
      "Talks between the two sides collapsed.",
      "Residents recently reported that armed men had looted shops.",
      "Villagers said the attackers arrived at dawn and left by noon.",
      "Twenty-one people were wounded and hundreds fled, the agency said.",
      "Dozens of protesters and two policemen were hurt; three of them were in a serious condition.",
      "The militia demanded a ransom of five million naira for the eleven hostages.",
      "One soldier was killed and a second one wounded when forty fighters stormed the post.",
      "Inflation reached twelve percent as thousands of workers marched.",
      "On 24 Sep. police arrested 14 protesters in Lagos.",
      "Gunmen killed a farmer (Tues.) in Jos.",
      // long sentences whose time words lie far apart: SUTime sees only the stretches around them
      "On Monday morning, dozens of armed men riding motorcycles attacked the market in the northern town, "
          + "burned forty-two shops and a mosque, abducted eleven traders and fled towards the forest, where "
          + "the army said it had killed three of them by the end of the week.",
      "Residents of the camp, which has held more than 230,000 people since the start of the year, said the "
          + "shelling that began at about 10 p.m. on 9 March went on until the current ceasefire, and the "
          + "nightly curfew was extended for two more weeks.");

  private static StanfordCoreNLP shallow;
  private static Annotator gated;
  private static StanfordCoreNLP own;

  @BeforeAll
  static void load() {
    Properties props = CoreNlpStage.defaultProperties();
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    shallow = new StanfordCoreNLP(p, false);
    Properties q = new Properties();
    q.putAll(props);
    q.setProperty("annotators", "ner");
    q.setProperty("enforceRequirements", "false");
    own = new StanfordCoreNLP(q, false);
    gated = TimeGatedNer.annotator(props);
  }

  private static List<String> tags(String text, Annotator ner) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, PUBLISHED);
    shallow.annotate(doc);
    ner.annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }
    return out;
  }

  @Test
  void everySentenceGetsTheTagsOfCoreNlpsOwnStep() {
    // warm both once (SUTime resolves a first future weekday differently in a fresh process)
    tags(String.join(" ", SENTENCES), own);
    tags(String.join(" ", SENTENCES), gated);
    for (String s : SENTENCES) {
      assertThat(tags(s, gated)).as(s).isEqualTo(tags(s, own));
    }
    assertThat(tags(String.join(" ", SENTENCES), gated)).isEqualTo(tags(String.join(" ", SENTENCES), own));
  }

  @Test
  void sentencesAreSortedByWhatSuTimeCouldFindInThem() {
    assertThat(kind("Gunmen stormed the village and burned houses.")).isEqualTo(TimeCues.Kind.NONE);
    assertThat(kind("Police arrested 14 protesters in Lagos.")).isEqualTo(TimeCues.Kind.NONE);
    assertThat(kind("Talks between the two sides collapsed.")).isEqualTo(TimeCues.Kind.NUMBER);
    assertThat(kind("Sixty-two soldiers were killed.")).isEqualTo(TimeCues.Kind.NUMBER);
    assertThat(kind("Prices rose 5 percent.")).isEqualTo(TimeCues.Kind.NUMBER);
    assertThat(kind("The raid on Tuesday killed a farmer.")).isEqualTo(TimeCues.Kind.TIME);
    assertThat(kind("Born in 1985, he fled.")).isEqualTo(TimeCues.Kind.TIME);
    assertThat(kind("Three soldiers were killed last week.")).isEqualTo(TimeCues.Kind.TIME);
    assertThat(kind("25 Sep. Police arrested 14 protesters.")).isEqualTo(TimeCues.Kind.TIME);
  }

  private static TimeCues.Kind kind(String text) {
    Annotation doc = new Annotation(text);
    shallow.annotate(doc);
    CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    return TimeCues.of(s.get(CoreAnnotations.TokensAnnotation.class));
  }
}

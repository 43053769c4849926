package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor.Kind;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.corenlp.CoreNlpStage;

/** Finds actors in sentences analysed by CoreNLP (the models load once, ~15 s). */
class ActorDictionaryFindTest {
  private static final String TEXT = String.join(" ",
      "Nigerian troops repelled an attack by ISWAP fighters near the border on Monday, the army said.",
      "The US-led coalition said its warplanes struck a Daesh position, while Syria's foreign ministry",
      "called the raid an aggression.",
      "Gunmen on motorbikes killed four villagers, and protesters later blocked the highway.",
      "A statement from the Eastern Hills Liberation Army (EHLA) claimed the ambush.",
      "Fulani herdsmen clashed with farmers, a doctor at the local hospital told reporters.",
      "Russia said its jets had not flown over the police station.",
      "An army spokesman rejected calls for police reform.");

  private static Analysis analysis;
  private static List<ActorMention> mentions;

  @BeforeAll
  static void analyse() {
    analysis = CoreNlpStage.shared().apply(Analysis.of(Article.of("t1", TEXT), TextNormalizer.normalize(TEXT)));
    mentions = ActorDictionary.shared().find(analysis);
  }

  private static ActorMention mention(String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError("no mention '" + text + "' among " + mentions.stream().map(ActorMention::text)
            .collect(Collectors.toList())));
  }

  @Test
  void spansQuoteTheTextAndAreSorted() {
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      assertThat(TEXT.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
      assertThat(m.headToken()).isBetween(0, analysis.tokens().size() - 1);
      if (k > 0) {
        assertThat(m.span().start()).isGreaterThanOrEqualTo(mentions.get(k - 1).span().end());
      }
    }
  }

  @Test
  void findsComposedStateForces() {
    assertThat(mention("Nigerian troops").actor().name()).isEqualTo("Military Forces of Nigeria");
    assertThat(mention("Syria's foreign ministry").actor().name()).isEqualTo("Government of Syria");
    assertThat(analysis.tokens().get(mention("Syria's foreign ministry").headToken()).word()).isEqualTo("ministry");
    assertThat(mention("army").actor().country()).isNull();
  }

  @Test
  void findsAliasesAndCoalitions() {
    assertThat(mention("ISWAP fighters").actor().name()).isEqualTo("Islamic State (West Africa)");
    assertThat(mention("Daesh").actor().name()).isEqualTo("Islamic State");
    ActorMention coalition = mention("US-led coalition");
    assertThat(coalition.actor().inter()).isEqualTo(8);
    assertThat(coalition.actor().country()).isEqualTo("US");
  }

  @Test
  void findsGenericActorsWithoutCountry() {
    assertThat(mention("Gunmen").actor().kind()).isEqualTo(Kind.UNIDENTIFIED_ARMED);
    assertThat(mention("villagers").actor().kind()).isEqualTo(Kind.CIVILIANS);
    assertThat(mention("protesters").actor().withCountry("NG").name()).isEqualTo("Protesters (Nigeria)");
    assertThat(mention("Fulani herdsmen").actor().inter()).isEqualTo(4);
  }

  @Test
  void keepsUnknownGroupsWithTheirAcronym() {
    ActorMention group = mention("Eastern Hills Liberation Army");
    assertThat(group.actor().name()).isEqualTo("EHLA: Eastern Hills Liberation Army");
    assertThat(group.actor().inter()).isEqualTo(2);
  }

  @Test
  void aBareCountryActsThroughItsVerbAndNounModifiersAreNotActors() {
    assertThat(mention("Russia").actor().name()).isEqualTo("Government of Russia");
    int modifiers = TEXT.indexOf("An army spokesman"); // "army spokesman", "police reform"
    assertThat(mentions).noneMatch(m -> m.span().start() >= modifiers
        && (m.text().equals("army") || m.text().equals("police")));
  }

  @Test
  void aForceBeforeAnAssetItHoldsIsAnActor() {
    assertThat(mention("police").actor().kind()).isEqualTo(Actor.Kind.POLICE); // "the police station"
  }
}

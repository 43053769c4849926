package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.geo.GazetteerPlaceFinder;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Pipeline;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceFilter;
import org.sitrep.nlp.corenlp.CoreNlpStage;
import org.sitrep.output.Json;

/** The relevance step: which sentences get the parse, and that passing over the others loses no event. */
class RelevanceIT {
  private static final Lexicons LEX = Lexicons.load();
  private static final RelevanceFilter FILTER = new RelevanceFilter(LEX);

  private static Analysis analyse(SentenceFilter filter, String text) {
    return CoreNlpStage.filtered(filter).apply(Analysis.of(Article.of("t", text), TextNormalizer.normalize(text)));
  }

  @Test
  void sentencesWithTriggerOrTollWordsNeedTheParseOthersDoNot() {
    Analysis a = analyse(SentenceFilter.ALL, "Gunmen shot a trader in Kano. Three bodies were found later. "
        + "The central bank held its key rate at 4 percent. Harbour United's striker scored twice on Sunday.");
    List<Boolean> needs = a.sentences().stream()
        .map(s -> FILTER.needsParse(a.tokens().subList(s.firstToken(), s.endToken()))).toList();
    assertThat(needs).containsExactly(true, true, false, false);
  }

  @Test
  void skippedSentencesKeepTokensAndLemmasButGetNoEntitiesOrParse() {
    String text = "Shares in the chipmaker rose 6 percent in Tokyo on Monday. "
        + "Police fired tear gas at protesters in Nairobi on Monday.";
    Analysis a = analyse(FILTER, text);
    Sentence market = a.sentences().get(0);
    Sentence protest = a.sentences().get(1);
    assertThat(market.dependencies()).isEmpty();
    assertThat(a.tokens().subList(market.firstToken(), market.endToken()))
        .allMatch(t -> t.ner().equals("O") && t.lemma() != null && t.pos() != null);
    assertThat(protest.dependencies()).isNotEmpty();
    assertThat(a.entities()).anyMatch(e -> e.text().equals("Nairobi"))
        .noneMatch(e -> e.text().equals("Tokyo"));
  }

  @Test
  void anArticleWithoutEventWordsIsNotParsedAtAll() {
    Analysis a = analyse(FILTER, "The festival opened with a film about a nurse. Critics praised the score.");
    assertThat(a.sentences()).allMatch(s -> s.dependencies().isEmpty());
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void theEventsAreTheSameAsWhenEverySentenceIsParsed() {
    RuleBasedExtractor all = new RuleBasedExtractor(new Pipeline(List.of(CoreNlpStage.filtered(SentenceFilter.ALL))),
        ActorDictionary.shared(), new GazetteerPlaceFinder(), LEX);
    RuleBasedExtractor filtered = new RuleBasedExtractor(new Pipeline(List.of(CoreNlpStage.filtered(FILTER))),
        ActorDictionary.shared(), new GazetteerPlaceFinder(), LEX);
    List<String> texts = List.of(
        "MAIDUGURI, Nigeria (Test Wire) - Gunmen killed four farmers in a village near Maiduguri on Tuesday, police "
            + "said. The village lies on the road to the border. Residents said the attackers arrived on motorcycles. "
            + "The state governor, Ahmed Musa, called for calm. Farming has been hit hard by a drought this year.",
        "Thousands of teachers marched through Accra on Friday to demand higher pay. The union's leader, Grace "
            + "Owusu, said talks had failed. The march ended peacefully at the parliament building. Ghana's economy "
            + "grew 3 percent last year.",
        "The striker scored twice as the home side won 3-1 on Saturday. Their coach praised the defence.");
    for (String text : texts) {
      Article a = new Article("t", text, null, LocalDate.of(2024, 5, 3), "Test Wire", null);
      assertThat(Json.line(filtered.extract(a))).isEqualTo(Json.line(all.extract(a)));
    }
  }
}

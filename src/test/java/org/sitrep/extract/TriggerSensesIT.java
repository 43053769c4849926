package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;

/** Senses of trigger words that have more than one (TriggerFinder), on sentences written for this test. */
class TriggerSensesIT {
  private static List<String> types(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2023, 5, 10), "Test Wire", null);
    return Extractors.standard().extract(a).events().stream().map(EventMention::type).toList();
  }

  @Test
  void fireWithWhatIsFiredIsShootingNotABlaze() {
    assertThat(types("Police fire rubber bullets at peaceful protesters in a Nairobi slum."))
        .doesNotContain("Man-made disaster").isNotEmpty();
    assertThat(types("Police intervened on Monday, firing teargas at the crowd in Isiolo town."))
        .doesNotContain("Man-made disaster");
  }

  @Test
  void aFireAtAPlaceIsStillAFire() {
    assertThat(types("A fire at a textile factory in Dhaka killed 12 workers on Monday."))
        .containsExactly("Man-made disaster");
  }

  @Test
  void riotingIsARiot() {
    assertThat(types("Rioting broke out at a meeting in Isiolo town on Monday; police intervened."))
        .first().isEqualTo("Violent demonstration");
  }

  @Test
  void injuringSomeoneIsAnEventBeingInjuredIsOnlyAToll() {
    assertThat(types("Two gunmen injured a shopkeeper in Eldoret on Monday.")).hasSize(1); // its type is the typer's
    assertThat(types("On Monday, rival supporters clashed with sticks in Eldoret. Nine people were injured in the "
        + "brawl.")).hasSize(1);
  }

  @Test
  void hyphenatedTriggersMatchTheTokenizersSplitWords() {
    assertThat(types("Residents said a shoot-out took place near the market in Kisumu on Sunday night."))
        .containsExactly("Armed clash");
    assertThat(types("Nurses began a sit-in outside the health ministry in Abuja on Monday."))
        .containsExactly("Peaceful protest");
  }

  @Test
  void aVerbTheTaggerReadAsANounStillTriggers() {
    // without a final stop the tagger reads "shot" as a noun, lemma "shot"
    assertThat(types("A police officer shot and injured a hawker outside the bus station in Kisumu")).hasSize(1);
    assertThat(types("His shot and the goal that followed it won the final in Kisumu")).isEmpty();
  }

  @Test
  void aGatheringIsAProtestOnlyWithAProtestsPurpose() {
    assertThat(types("On Monday, hundreds of teachers gathered outside the education ministry in Harare, demanding "
        + "higher pay.")).containsExactly("Peaceful protest");
    assertThat(types("Residents assembled at the chief's office in Chitungwiza to denounce the land grab."))
        .containsExactly("Peaceful protest");
    assertThat(types("Thousands of worshippers gathered at the cathedral in Harare on Sunday for the Easter mass."))
        .isEmpty();
  }

  @Test
  void aCrowdBlockingARouteProtestsTheStateBlockingItDoesNot() {
    assertThat(types("Angry traders blocked the Harare-Mutare highway on Monday over the demolition of their stalls."))
        .containsExactly("Peaceful protest");
    assertThat(types("Police blocked the road to parliament in Harare on Monday ahead of the budget speech.")).isEmpty();
    assertThat(types("The senate blocked the bill on Monday after a long debate in Harare.")).isEmpty();
  }

  @Test
  void injuredBySomeoneNamesTheDoer() {
    // the basic graph gives a passive agent as obl with "by", not obl:agent
    assertThat(types("Three reporters were injured by security guards outside a stadium in Kano on Friday."))
        .hasSize(1);
    assertThat(types("Three reporters were injured in Kano on Friday.")).isEmpty();
  }
}

package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;

/**
 * ACLED's second actor where the parse links none to the trigger (DefaultActors, EventWriter), on
 * sentences written for this test.
 */
class ActorDefaultsIT {
  private static EventMention main(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2023, 5, 9), "Test Wire (Kenya)", null);
    var events = Extractors.standard().extract(a).events();
    assertThat(events).as("events of: %s", text).isNotEmpty();
    return events.get(0);
  }

  @Test
  void theStateForceARiotWasFoughtWithIsItsSecondActor() {
    EventMention e = main("Youths burned tyres and threw stones in Kisumu on Monday; police intervened with tear gas.");
    assertThat(e.type()).isEqualTo("Violent demonstration");
    assertThat(e.actor1().inter()).isEqualTo(5);
    assertThat(e.actor2()).isNotNull();
    assertThat(e.actor2().inter()).isEqualTo(1);
    assertThat(e.actor2().name()).startsWith("Police Forces");
  }

  @Test
  void aRiotWithNoStateForceNamedHasNoSecondActor() {
    EventMention e = main("Angry residents burned tyres and blocked the highway in Kisumu on Monday.");
    assertThat(e.type()).isEqualTo("Violent demonstration");
    assertThat(e.actor2()).isNull();
  }

  @Test
  void aClashAlwaysHasTwoSides() {
    EventMention e = main("Armed men exchanged heavy gunfire in the hills near Nyeri on Monday; three fighters died.");
    assertThat(e.type()).isEqualTo("Armed clash");
    assertThat(e.actor1()).isNotNull();
    assertThat(e.actor2()).isNotNull();
  }

  @Test
  void theVictimsOfABombWithNoArmedTargetAreCivilians() {
    EventMention e = main("Two people were injured when their minibus ran over a landmine near Mandera on Monday.");
    assertThat(e.type()).isEqualTo("Remote explosive/landmine/IED");
    assertThat(e.actor2()).isNotNull();
    assertThat(e.actor2().inter()).isEqualTo(7);
  }

  @Test
  void lootersTakeFromCivilians() {
    EventMention e = main("Armed bandits looted shops and homes in a village near Garissa on Monday.");
    assertThat(e.type()).isEqualTo("Looting/property destruction");
    assertThat(e.actor2()).isNotNull();
    assertThat(e.actor2().inter()).isEqualTo(7);
  }
}

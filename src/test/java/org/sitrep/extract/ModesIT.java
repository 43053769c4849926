package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;

/** Modes from sentences written for this test: denied, planned, generic, historical, reported. */
class ModesIT {
  private static List<EventMention> events(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2021, 3, 10), "Test Wire", null);
    return Extractors.standard().extract(a).events();
  }

  @Test
  void aDeniedStrikeIsKeptAsDenied() {
    List<EventMention> ev = events("The defence ministry denied that its jets had bombed the market in Idlib on Monday.");
    assertThat(ev).anyMatch(e -> e.mode().equals("denied"));
  }

  @Test
  void habitualBackgroundGivesNoEvent() {
    List<EventMention> ev = events("Government warplanes have been carrying out airstrikes on rebel areas since 2015.");
    assertThat(ev).isEmpty();
  }

  @Test
  void anOldIncidentRecalledIsHistoricalAndSecond() {
    List<EventMention> ev = events("Gunmen killed four farmers in a village near Maiduguri on Tuesday, police said. "
        + "In 2019, a similar attack in the same area killed 12 people.");
    assertThat(ev.get(0).mode()).isEqualTo("reported");
    assertThat(ev.get(0).date().value()).isEqualTo("2021-03-09");
    assertThat(ev.get(0).fatalities().best()).isEqualTo(4);
    assertThat(ev).anyMatch(e -> e.mode().equals("historical") && e.fatalities() != null
        && e.fatalities().best() == 12);
  }

  @Test
  void aThreatIsPlanned() {
    List<EventMention> ev = events("The rebels threatened to attack the capital if talks collapse.");
    assertThat(ev).allMatch(e -> !e.mode().equals("reported"));
  }
}

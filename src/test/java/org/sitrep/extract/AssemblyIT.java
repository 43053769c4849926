package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.EventMention;

/** How sentences become events: one regression case per mechanism, on sentences written for it. */
class AssemblyIT {
  private static List<EventMention> events(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2022, 8, 9), "Test Wire", null);
    return Extractors.standard().extract(a).events();
  }

  private static boolean has(EventMention e, String kind, int value) {
    for (Casualty c : e.casualties()) {
      if (c.kind().equals(kind) && c.value() == value) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aDatelineIsNotParsedIntoTheLead() {
    List<EventMention> ev = events("GAO - Forty-one Malian soldiers were killed in an ambush on Sunday, the army said.");
    assertThat(ev).anyMatch(e -> has(e, "killed", 41));
  }

  @Test
  void deathsInADisasterSentenceBelongToTheDisaster() {
    List<EventMention> ev = events("A strong earthquake struck the mountains late on Friday, killing at least 212 people "
        + "and injuring 90, officials said.");
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).type()).isEqualTo("Natural disaster");
    assertThat(has(ev.get(0), "killed", 212)).isTrue();
  }

  @Test
  void aClaimOfResponsibilityNamesThePerpetrator() {
    List<EventMention> ev = events("A car bomb exploded at a market in Mogadishu on Monday, killing seven people, "
        + "police said. Al Shabaab claimed responsibility for the attack.");
    assertThat(ev.get(0).actor1().name()).isEqualTo("Al Shabaab");
    assertThat(ev.get(0).claims()).anyMatch(c -> c.stance().equals("acknowledges") && c.about().equals("perpetrator"));
  }

  @Test
  void aDenialDoesNotReachACoordinatedClause() {
    List<EventMention> ev = events("A police spokesman denied that officers had beaten anyone and said 40 people "
        + "had been arrested in Lagos on Monday.");
    assertThat(ev).anyMatch(e -> e.type().equals("Arrests") && e.mode().equals("reported"));
  }

  @Test
  void policeViolenceAtAProtestIsPartOfTheProtest() {
    List<EventMention> ev = events("Police fired live rounds at protesters in Harare on Tuesday, killing two of them, "
        + "a rights group said.");
    assertThat(ev.get(0).event_type()).isEqualTo("Protests");
    assertThat(ev.get(0).type()).isEqualTo("Excessive force against protesters");
  }

  @Test
  void aLaterSentenceDoesNotTurnAnAmbushIntoAnAirStrike() {
    List<EventMention> ev = events("Gunmen ambushed an army convoy near Tillaberi on Saturday, killing 12 soldiers. "
        + "The fighting, which involved drones, lasted several hours.");
    assertThat(ev.get(0).type()).isEqualTo("Armed clash");
  }

  @Test
  void playTradeAndCalendarWordsAreNotEvents() {
    assertThat(events("The striker shot wide in the 80th minute before the home side's late attack won the match."))
        .isEmpty();
    assertThat(events("Shares rallied and the index fell to 3,200 points in March as investors took profits."))
        .isEmpty();
    assertThat(events("The town council agreed to close the library for six months.")).isEmpty();
  }

  @Test
  void aTownTakenByAGroupIsATerritoryEvent() {
    List<EventMention> ev = events("Jihadist fighters seized the town of Menaka on Thursday, residents said.");
    assertThat(ev).anyMatch(e -> e.type().equals("Non-state actor overtakes territory"));
  }

  @Test
  void aReportedAndDeniedStrikeIsOneEventWithTheDenial() {
    List<EventMention> ev = events("The government denied reports that its air force had bombed a market in the north. "
        + "Witnesses said an air strike on the market near Kidal on Friday killed 23 people.");
    assertThat(ev).filteredOn(e -> e.type().equals("Air/drone strike")).hasSize(1);
    assertThat(ev.get(0).mode()).isEqualTo("reported");
    assertThat(ev.get(0).claims()).anyMatch(c -> c.stance().equals("denies"));
  }

  @Test
  void noClaimIsNoEvent() {
    assertThat(events("A bomb exploded in a market in Peshawar on Friday, killing five people. "
        + "No group claimed responsibility.")).noneMatch(e -> e.type().equals("Attribution of responsibility"));
  }
}

package org.sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.incident.Mentions.denial;
import static org.sitrep.incident.Mentions.event;
import static org.sitrep.incident.Mentions.killed;
import static org.sitrep.incident.Mentions.member;
import static org.sitrep.incident.Mentions.strike;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Fatalities;

class IncidentAssemblerTest {
  @Test
  void figuresFromTwoOutletsAreReconciledWithBothClaimsKept() {
    Incident i = IncidentAssembler.build(4, List.of(
        member(1, "Outlet A", strike("2024-03-04", 36, 38, "Military Forces of Russia",
            killed(62, "exact", "Ministry of Defence", "government"))),
        member(2, "Outlet B", strike("2024-03-04", 36, 38, "Military Forces of Russia",
            killed(90, "at_least", "Syrian Observatory for Human Rights", "monitor_ngo")))));
    assertThat(i.fatalities()).isEqualTo(new Fatalities(62, 62, 90));
    assertThat(i.sources()).isEqualTo(2);
    assertThat(i.grade()).isEqualTo("corroborated");
    assertThat(i.casualty_figures()).extracting(Incident.FigureSources::value).containsExactly(62, 90);
    assertThat(i.mentions()).extracting(Incident.Report::outlet).containsExactly("Outlet A", "Outlet B");
  }

  @Test
  void twoOutletsQuotingOneMinistryAreOneSource() {
    List<Member> members = List.of(
        member(1, "Outlet A", strike("2024-03-04", 36, 38, null, killed(20, "exact", "Ministry of Health", "government"))),
        member(2, "Outlet B", strike("2024-03-04", 36, 38, null, killed(20, "exact", "Ministry of Health", "government"))),
        member(3, "Outlet C", strike("2024-03-04", 36, 38, null, killed(21, "exact", "Outlet C", "media"))));
    assertThat(SourceCounter.count(members.subList(0, 2))).isEqualTo(1);
    assertThat(SourceCounter.count(members)).isEqualTo(2);
    Incident i = IncidentAssembler.build(1, members);
    assertThat(i.casualty_figures().get(0).outlets()).containsExactly("Outlet A", "Outlet B");
    assertThat(i.casualty_figures().get(0).sources()).isEqualTo(1);
  }

  @Test
  void gradesFollowDisagreementAndDenial() {
    Member a = member(1, "A", strike("2024-03-04", 36, 38, "Military Forces of Russia", killed(10, "exact", "A", "media")));
    Member big = member(2, "B", strike("2024-03-04", 36, 38, "Military Forces of Russia", killed(25, "exact", "B", "media")));
    assertThat(Grader.grade(List.of(a, big), 2)).as("toll more than 2x apart").isEqualTo("contested");
    Member otherPerpetrator = member(3, "C", strike("2024-03-04", 36, 38, "Military Forces of Turkey"));
    assertThat(Grader.grade(List.of(a, otherPerpetrator), 2)).isEqualTo("contested");
    Member denied = member(4, "D", event("Air/drone strike", "Explosions/Remote violence", "denied", "2024-03-04",
        "day", 36.0, 38.0, "exact", null, List.of(), List.of(denial("Ministry of Defence", "occurrence"))));
    assertThat(Grader.grade(List.of(a, denied), 2)).isEqualTo("denied");
    assertThat(Grader.grade(List.of(a), 1)).isEqualTo("single_source");
  }

  @Test
  void bothSidesMayCarryOneName() {
    org.sitrep.extract.model.ActorRef army = new org.sitrep.extract.model.ActorRef("Military Forces of Mali", "soldiers",
        1, "ML", List.of());
    EventMention e = strike("2024-03-04", 16, 0, "Military Forces of Mali");
    EventMention mutiny = new EventMention(e.type(), e.event_type(), e.plover(), e.cameo(), e.mode(), e.date(),
        e.location(), army, army, e.associated_actors(), e.casualties(), e.fatalities(), e.claims(), e.evidence());
    Member a = member(1, "A", mutiny);
    Member b = member(2, "B", strike("2024-03-04", 16, 0, "Military Forces of Niger"));
    assertThat(Grader.grade(List.of(a, b), 2)).isEqualTo("contested");
  }

  @Test
  void theMostPreciseDateAndPlaceAndTheMostFrequentTypeWin() {
    Incident i = IncidentAssembler.build(1, List.of(
        member(1, "A", event("Shelling/artillery/missile attack", "Explosions/Remote violence", "reported", "2024-03",
            "month", null, null, "admin1", null, List.of(), List.of())),
        member(2, "B", strike("2024-03-04", 36, 38, null)),
        member(3, "C", strike("2024-03-04", 36.1, 38, null)),
        member(4, "D", event("Air/drone strike", "Explosions/Remote violence", "historical", "2024-03-01", "day", 36.0,
            38.0, "exact", null, List.of(), List.of()))));
    assertThat(i.type()).isEqualTo("Air/drone strike");
    assertThat(i.date()).isEqualTo(new Incident.When("2024-03-04", "day"));
    assertThat(i.location().precision()).isEqualTo("exact");
    assertThat(i.location().lat()).isEqualTo(36.0);
    assertThat(i.mentions()).hasSize(4);
  }
}

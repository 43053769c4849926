package org.sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.incident.Mentions.event;
import static org.sitrep.incident.Mentions.strike;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.model.EventMention;

class LinkRulesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

  private static LinkFeatures f(EventMention e) {
    return LinkFeatures.of(e, PUBLISHED);
  }

  @Test
  void oneStrikeReportedTwiceIsCompatibleButNotOneHundredKilometresAway() {
    LinkFeatures a = f(strike("2024-03-04", 36.00, 38.00, "Military Forces of Russia"));
    assertThat(LinkRules.compatible(a, f(strike("2024-03-05", 36.05, 38.05, "Military Forces of Russia")))).isTrue();
    assertThat(LinkRules.compatible(a, f(strike("2024-03-04", 36.90, 38.00, "Military Forces of Russia")))).isFalse();
  }

  @Test
  void datesFollowTheirPrecision() {
    LinkFeatures day = f(strike("2024-03-04", 36, 38, null));
    assertThat(LinkRules.compatible(day, f(strike("2024-03-07", 36, 38, null)))).isFalse();
    LinkFeatures month = f(event("Air/drone strike", "Explosions/Remote violence", "historical", "2024-03", "month",
        36.0, 38.0, "exact", null, List.of(), List.of()));
    assertThat(LinkRules.compatible(day, month)).isTrue();
    assertThat(month.precise()).isFalse();
  }

  @Test
  void familiesAndActorsMustAgree() {
    LinkFeatures strike = f(strike("2024-03-04", 36, 38, "Military Forces of Russia"));
    LinkFeatures attack = f(event("Attack", "Violence against civilians", "reported", "2024-03-04", "day", 36.0, 38.0,
        "exact", "Unidentified Armed Group (Syria)", List.of(), List.of()));
    LinkFeatures protest = f(event("Peaceful protest", "Protests", "reported", "2024-03-04", "day", 36.0, 38.0,
        "exact", null, List.of(), List.of()));
    assertThat(LinkRules.compatible(strike, attack)).as("unidentified contradicts nobody").isTrue();
    assertThat(LinkRules.compatible(strike, protest)).isFalse();
    assertThat(LinkRules.compatible(strike, f(strike("2024-03-04", 36, 38, "Military Forces of Turkey")))).isFalse();
  }

  @Test
  void aCoarsePlaceMatchesWhatLiesInIt() {
    LinkFeatures point = f(strike("2024-03-04", 36, 38, null));
    LinkFeatures province = f(event("Air/drone strike", "Explosions/Remote violence", "reported", "2024-03-04", "day",
        null, null, "admin1", null, List.of(), List.of()));
    assertThat(LinkRules.compatible(point, province)).isTrue();
    assertThat(province.precise()).isFalse();
  }

  @Test
  void theLinkerMergesPreciseMatchesIntoTheLowestAndCoarseOnesJoinTheOldest() {
    LinkFeatures west = f(strike("2024-03-04", 36, 38.00, null));
    LinkFeatures east = f(strike("2024-03-04", 36, 38.40, null));
    List<IncidentLinker.Candidate> both = List.of(new IncidentLinker.Candidate(10, 7, 100, east),
        new IncidentLinker.Candidate(9, 3, 101, west));
    LinkFeatures middle = f(event("Air/drone strike", "Explosions/Remote violence", "reported", "2024-03-04", "day",
        36.0, 38.2, "near", null, List.of(), List.of()));
    assertThat(IncidentLinker.decide(middle, both)).isEqualTo(new IncidentLinker.Join(3, List.of(7L)));
    LinkFeatures country = f(event("Air/drone strike", "Explosions/Remote violence", "reported", "2024-03-04", "day",
        null, null, "country", null, List.of(), List.of()));
    assertThat(IncidentLinker.decide(country, both)).isEqualTo(new IncidentLinker.Join(3, List.of()));
    assertThat(IncidentLinker.decide(f(strike("2024-05-01", 36, 38, null)), both))
        .isInstanceOf(IncidentLinker.NewIncident.class);
  }

  @Test
  void oneArticlesEventsAreNeverMergedAndTheMentionJoinsTheIncidentSharingMostActors() {
    LinkFeatures strike = withActors(f(strike("2024-03-04", 36, 38.00, null)), "US forces", "Syrian army");
    LinkFeatures offensive = withActors(f(strike("2024-03-04", 36, 38.01, null)), "Islamic State", "Syrian army");
    // both events come from article 100; a second report of the strike shares the Syrian army with both
    List<IncidentLinker.Candidate> oneArticle = List.of(new IncidentLinker.Candidate(1, 1, 100, offensive),
        new IncidentLinker.Candidate(2, 2, 100, strike));
    LinkFeatures report = withActors(f(strike("2024-03-04", 36, 38.0, null)), "US forces", "Syrian army");
    assertThat(LinkRules.compatible(report, offensive)).isTrue();
    assertThat(IncidentLinker.decide(report, oneArticle)).isEqualTo(new IncidentLinker.Join(2, List.of()));
    // from two articles, the same two incidents are one after all
    List<IncidentLinker.Candidate> twoArticles = List.of(new IncidentLinker.Candidate(1, 1, 100, offensive),
        new IncidentLinker.Candidate(2, 2, 101, strike));
    assertThat(IncidentLinker.decide(report, twoArticles)).isEqualTo(new IncidentLinker.Join(1, List.of(2L)));
  }

  private static LinkFeatures withActors(LinkFeatures x, String... actors) {
    return new LinkFeatures(x.family(), x.mode(), x.date(), x.lat(), x.lon(), x.country(), x.admin1(), x.precision(),
        java.util.Set.of(actors));
  }
}

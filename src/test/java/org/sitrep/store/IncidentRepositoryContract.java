package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Events.event;
import static org.sitrep.store.Events.killed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Fatalities;
import org.sitrep.incident.Incident;
import org.sitrep.output.Json;

/**
 * The store's contract: every {@link IncidentRepository} implementation passes these tests, run by
 * one subclass per database against a real database (an SQLite file, a PostgreSQL server).
 */
abstract class IncidentRepositoryContract {
  static final String STRIKE = "Air/drone strike";
  static final String EXPLOSIONS = "Explosions/Remote violence";

  IncidentRepository repo;
  long run;

  /** A fresh, empty store. */
  abstract IncidentRepository newRepository();

  @BeforeEach
  void open() {
    repo = newRepository();
    run = repo.startRun(List.of("test"), null);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  static Article article(String id, String text, String source, String published, String url) {
    return new Article(id, text, "Title of " + id, LocalDate.parse(published), source, url);
  }

  ArticleStatus store(Article a, EventMention... events) {
    return repo.store(a, ArticleKey.of(a), Events.result(a, events), run);
  }

  static EventMention strike(String day, double lat, double lon, Integer toll, String claimant) {
    Events.Builder b = event(STRIKE, EXPLOSIONS).on(day, "day").at("Town", lat, lon, "SY", "exact")
        .by("Military Forces of Russia", 8);
    if (toll != null) {
      b.claim(killed(toll, "exact", claimant, "government", toll + " killed"));
    }
    return b.build();
  }

  @Test
  void anArticleIsStoredOnceAndAChangedOneAsARevision() {
    Article a = article("a1", "Jets struck the town on Monday.", "Outlet A", "2024-03-05", "https://a.example/1");
    assertThat(repo.status(ArticleKey.of(a))).isEqualTo(ArticleStatus.NEW);
    assertThat(store(a, strike("2024-03-04", 36, 38, 10, "Ministry"))).isEqualTo(ArticleStatus.NEW);
    assertThat(store(a, strike("2024-03-04", 36, 38, 10, "Ministry"))).isEqualTo(ArticleStatus.UNCHANGED);
    assertThat(repo.status(ArticleKey.of(a))).isEqualTo(ArticleStatus.UNCHANGED);
    Article sameTextElsewhere = article("a1-copy", a.text(), "Outlet A", "2024-03-05", "https://mirror.example/1");
    assertThat(store(sameTextElsewhere, strike("2024-03-04", 36, 38, 10, "Ministry")))
        .isEqualTo(ArticleStatus.DUPLICATE);
    Article whitespaceOnly = article("a1", "Jets  struck the town\non Monday. ", "Outlet A", "2024-03-05",
        "https://a.example/1");
    assertThat(store(whitespaceOnly, strike("2024-03-04", 36, 38, 10, "Ministry"))).isEqualTo(ArticleStatus.UNCHANGED);

    Article updated = article("a1", "Jets struck the town on Monday, killing 14.", "Outlet A", "2024-03-05",
        "https://a.example/1");
    assertThat(store(updated, strike("2024-03-04", 36, 38, 14, "Ministry"))).isEqualTo(ArticleStatus.REVISED);

    List<StoredArticle> all = repo.articles();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).revisions()).isEqualTo(2);
    assertThat(repo.extraction(all.get(0).id()).orElseThrow().events().get(0).casualties().get(0).value())
        .isEqualTo(14);
    List<Incident> incidents = repo.incidents(IncidentQuery.all());
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).mentions()).hasSize(1);
    assertThat(incidents.get(0).fatalities()).isEqualTo(new Fatalities(14, 14, 14));
  }

  @Test
  void twoOutletsReportingOneStrikeAreOneIncidentWithBothClaims() {
    store(article("s1", "first report", "Outlet A", "2024-03-05", null),
        strike("2024-03-04", 36.00, 38.00, 62, "Ministry of Health"),
        event("Remote explosive/landmine/IED", EXPLOSIONS).on("2024-03-04", "day")
            .at("Far town", 36.90, 38.00, "SY", "exact").build());
    EventMention second = event(STRIKE, EXPLOSIONS).on("2024-03-04", "day").at("Town", 36.02, 38.01, "SY", "exact")
        .by("Military Forces of Russia", 8)
        .claim(killed(90, "at_least", "Syrian Observatory for Human Rights", "monitor_ngo", "at least 90 people"))
        .build();
    store(article("s2", "second report", "Outlet B", "2024-03-06", null), second);
    store(article("f1", "flood report", "Outlet C", "2024-03-06", null),
        event("Natural disaster", "Crisis").on("2024-03-05", "day").at("River town", 10, 20, "NG", "exact").build());

    List<Incident> incidents = repo.incidents(IncidentQuery.all());
    assertThat(incidents).extracting(Incident::type)
        .containsExactly(STRIKE, "Remote explosive/landmine/IED", "Natural disaster");
    Incident strike = incidents.get(0);
    assertThat(strike.sources()).isEqualTo(2);
    assertThat(strike.fatalities()).isEqualTo(new Fatalities(62, 62, 90));
    assertThat(strike.grade()).isEqualTo("corroborated");
    assertThat(strike.mentions()).extracting(Incident.Report::outlet).containsExactly("Outlet A", "Outlet B");
    assertThat(strike.mentions()).flatExtracting(Incident.Report::casualties)
        .extracting(c -> c.evidence().get(0).text()).containsExactly("62 killed", "at least 90 people");
    assertThat(incidents.get(1).sources()).isEqualTo(1);
    assertThat(incidents.get(1).grade()).isEqualTo("single_source");
  }

  @Test
  void outletsQuotingTheSameClaimantAreOneSource() {
    store(article("m1", "one", "Outlet A", "2024-03-05", null), strike("2024-03-04", 36, 38, 20, "Ministry of Health"));
    store(article("m2", "two", "Outlet B", "2024-03-05", null), strike("2024-03-04", 36, 38, 20, "Ministry of Health"));
    Incident i = repo.incidents(IncidentQuery.all()).get(0);
    assertThat(i.mentions()).hasSize(2);
    assertThat(i.sources()).isEqualTo(1);
    assertThat(i.grade()).isEqualTo("single_source");
    assertThat(i.casualty_figures()).singleElement().satisfies(f -> {
      assertThat(f.outlets()).containsExactly("Outlet A", "Outlet B");
      assertThat(f.sources()).isEqualTo(1);
    });
  }

  @Test
  void aMentionMatchingTwoIncidentsMergesThemIntoTheLowestId() {
    store(article("w", "west", "Outlet A", "2024-03-05", null), strike("2024-03-04", 36, 38.00, null, null));
    store(article("e", "east", "Outlet B", "2024-03-05", null), strike("2024-03-04", 36, 38.40, null, null));
    assertThat(repo.incidents(IncidentQuery.all())).extracting(Incident::id).containsExactly(1L, 2L);
    EventMention between = event(STRIKE, EXPLOSIONS).on("2024-03-04", "day").at("Middle", 36, 38.20, "SY", "near")
        .build();
    store(article("m", "middle", "Outlet C", "2024-03-05", null), between);
    List<Incident> incidents = repo.incidents(IncidentQuery.all());
    assertThat(incidents).extracting(Incident::id).containsExactly(1L);
    assertThat(incidents.get(0).mentions()).extracting(Incident.Report::article_id).containsExactly("w", "e", "m");
  }

  @Test
  void aBackgroundMentionJoinsTheIncidentItRecallsNotTodays() {
    store(article("july", "july report", "Outlet A", "2024-07-10", null), strike("2024-07-09", 36, 38, 70, "Monitor"));
    EventMention today = strike("2024-09-17", 36, 38, 5, "Ministry");
    EventMention recalled = event(STRIKE, EXPLOSIONS).mode("historical").on("2024-07", "month")
        .at("Town", 36, 38, "SY", "exact").build();
    store(article("sept", "september report", "Outlet B", "2024-09-18", null), today, recalled);
    List<Incident> incidents = repo.incidents(IncidentQuery.all());
    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).date().value()).isEqualTo("2024-07-09");
    assertThat(incidents.get(0).mentions()).extracting(Incident.Report::mode).containsExactly("reported", "historical");
    assertThat(incidents.get(1).date().value()).isEqualTo("2024-09-17");
    assertThat(incidents.get(1).mentions()).singleElement().extracting(Incident.Report::article_id).isEqualTo("sept");
  }

  @Test
  void unlinkableMentionsAreStoredButMakeNoIncident() {
    EventMention planned = event("Peaceful protest", "Protests").mode("planned").on("2024-04-01", "day")
        .in("KE").build();
    assertThat(store(article("p", "planned protest", "Outlet A", "2024-03-20", null), planned))
        .isEqualTo(ArticleStatus.NEW);
    assertThat(repo.articles()).hasSize(1);
    assertThat(repo.incidents(IncidentQuery.all())).isEmpty();
  }

  @Test
  void queriesFilterByDateCountryTypeActorGradeAndBox() {
    store(article("q1", "one", "Outlet A", "2024-03-05", null), strike("2024-03-04", 36, 38, 3, "Ministry"));
    store(article("q2", "two", "Outlet B", "2024-05-02", null),
        event("Peaceful protest", "Protests").on("2024-05-01", "day").at("Nairobi", -1.29, 36.82, "KE", "exact")
            .by("Protesters (Kenya)", 6).build());
    assertThat(ids(new IncidentQuery(LocalDate.parse("2024-04-01"), null, null, null, null, null, null)))
        .containsExactly(2L);
    assertThat(ids(new IncidentQuery(null, LocalDate.parse("2024-04-01"), null, null, null, null, null)))
        .containsExactly(1L);
    assertThat(ids(new IncidentQuery(null, null, "ke", null, null, null, null))).containsExactly(2L);
    assertThat(ids(new IncidentQuery(null, null, null, "Protests", null, null, null))).containsExactly(2L);
    assertThat(ids(new IncidentQuery(null, null, null, STRIKE, null, null, null))).containsExactly(1L);
    assertThat(ids(new IncidentQuery(null, null, null, null, "russia", null, null))).containsExactly(1L);
    assertThat(ids(new IncidentQuery(null, null, null, null, null, "single_source", null))).containsExactly(1L, 2L);
    assertThat(ids(new IncidentQuery(null, null, null, null, null, "contested", null))).isEmpty();
    assertThat(ids(new IncidentQuery(null, null, null, null, null, null, IncidentQuery.BBox.parse("30,-5,40,5"))))
        .containsExactly(2L);
  }

  @Test
  void runsAndFailuresAreRecorded() {
    store(article("r1", "one", "Outlet A", "2024-03-05", null), strike("2024-03-04", 36, 38, 3, "Ministry"));
    repo.recordFailure(run, "in.jsonl:7", "read", "not JSON");
    repo.finishRun(run, 2);
    IngestRun r = repo.run(run).orElseThrow();
    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.unchanged()).isEqualTo(2);
    assertThat(r.processed()).isEqualTo(4);
    assertThat(r.finished()).isTrue();
    assertThat(repo.failures()).singleElement().satisfies(f -> {
      assertThat(f.ref()).isEqualTo("in.jsonl:7");
      assertThat(f.reason()).isEqualTo("not JSON");
    });
  }

  @Test
  void theSameInputGivesTheSameIncidents() {
    String first = exportAfterStoringSequence(repo, run);
    try (IncidentRepository other = newRepository()) {
      String second = exportAfterStoringSequence(other, other.startRun(List.of("again"), null));
      assertThat(second).isEqualTo(first);
    }
  }

  private static String exportAfterStoringSequence(IncidentRepository r, long runId) {
    for (int i = 0; i < 12; i++) {
      Article a = article("d" + i, "text " + i, "Outlet " + (i % 3), "2024-03-0" + (1 + i % 5), null);
      EventMention e = strike("2024-03-0" + (1 + i % 4), 36 + (i % 3) * 0.1, 38, 10 + i, "Claimant " + (i % 2));
      r.store(a, ArticleKey.of(a), Events.result(a, e), runId);
    }
    return Json.line(r.incidents(IncidentQuery.all()));
  }

  private List<Long> ids(IncidentQuery q) {
    return repo.incidents(q).stream().map(Incident::id).toList();
  }
}

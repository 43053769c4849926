package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.Events.event;
import static org.sitrep.eval.Events.row;

import org.junit.jupiter.api.Test;

class ScorecardTest {
  private static final String VAC = "Violence against civilians";

  @Test
  void rightEventScoresOnEveryField() {
    Scorecard card = new Scorecard(Events.kenyaOnly());
    card.add(row("K1", "31-12-19", "Attack", VAC, "1", "7", "-3.3543", "40.0209", "A man was killed.", "1"),
        event("Attack", VAC, "2019-12-31", -3.30, 40.0209, "KEN", 1, 7, 1));
    EvalReport r = card.report("check", 5, 1);
    assertThat(r.typeWeightedF1()).isEqualTo(1.0);
    assertThat(r.eventType()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.location()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.date()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.actor1Inter()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.actor2Inter()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.fatalities()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.country()).isEqualTo(new EvalReport.Figure(1, 1));
    // 0.0543° of latitude = 6371 · 0.0543 · π / 180 km
    assertThat(r.worstLocations().get(0).km()).isCloseTo(6371 * 0.0543 * Math.PI / 180, within(1e-6));
  }

  @Test
  void rowWithoutEventIsNoneAndRightOnlyOnAZeroToll() {
    Scorecard card = new Scorecard(Events.kenyaOnly());
    card.add(row("K2", "29-12-19", "Mob violence", "Riots", "5", "0", "-0.5", "34.75", "A mob gathered.", "0"), null);
    EvalReport r = card.report("check", 5, 1);
    assertThat(r.confusions()).containsExactly(new ConfusionTable.Confusion("Mob violence", "none", 1));
    assertThat(r.eventType().right()).isZero();
    assertThat(r.location()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.actor2Inter()).isEqualTo(new EvalReport.Figure(0, 0));
    assertThat(r.fatalities()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.country()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.worstLocations()).isEmpty();
  }

  @Test
  void splitTollsAreLeftOutAndFarPointsAreWrong() {
    Scorecard card = new Scorecard(Events.kenyaOnly());
    card.add(row("K3", "5-May-20", "Armed clash", "Battles", "2", "1", "0", "0",
        "Clashes; fatalities split across two events.", "4"),
        event("Armed clash", "Battles", "2020-05-05T00:00", 0.0, 1.0, "UG", 2, 8, 4));
    EvalReport r = card.report("all", 5, 1);
    assertThat(r.fatalities()).isEqualTo(new EvalReport.Figure(0, 0));
    assertThat(r.date()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.location()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.actor2Inter()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.country()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.worstLocations()).extracting(LocationError::id).containsExactly("K3");
    assertThat(r.worstLocations().get(0).km()).isCloseTo(111.19492664455873, within(1e-9));
  }

  @Test
  void failuresAreListedAndScoredAsNoEvent() {
    Scorecard card = new Scorecard(Events.kenyaOnly());
    card.addFailure(row("K4", "1-1-20", "Attack", VAC, "3", "7", "", "", "x", "2"), "boom");
    EvalReport r = card.report("check", 5, 1);
    assertThat(r.failures()).containsExactly("K4: boom");
    assertThat(r.fatalities()).isEqualTo(new EvalReport.Figure(0, 1));
    assertThat(r.render()).contains("notes 1 (check split)  failed 1", "Attack -> none  1");
  }

  @Test
  void textLabelsCountAsTheirCodesOnlyInTheMappedFigures() {
    Scorecard card = new Scorecard(Events.kenyaOnly());
    // actor-level rows: one per actor of the same riot, the label in inter1, no inter2
    card.add(row("B1", "5-Aug-24", "Mob violence", "Riots", "Rioters", "", "", "", "A mob beat a man.", "0"),
        event("Mob violence", "Riots", "2024-08-05", null, null, "BD", 5, 7, 0));
    card.add(row("B2", "5-Aug-24", "Mob violence", "Riots", "Civilians", "", "", "", "A mob beat a man.", "0"),
        event("Mob violence", "Riots", "2024-08-05", null, null, "BD", 5, 7, 0));
    card.add(row("K5", "5-Aug-24", "Attack", VAC, "State forces", "Civilians", "", "", "Police shot a man.", "1"),
        event("Attack", VAC, "2024-08-05", null, null, "KE", 1, 7, 1));
    EvalReport r = card.report("check", 5, 1);
    assertThat(r.actor1Inter()).isEqualTo(new EvalReport.Figure(0, 3));
    assertThat(r.actor1InterMapped()).isEqualTo(new EvalReport.Figure(2, 3));
    assertThat(r.actor2InterMapped()).isEqualTo(new EvalReport.Figure(1, 1));
    assertThat(r.actorLevelEitherSide()).isEqualTo(new EvalReport.Figure(2, 2));
    assertThat(r.render()).contains("[literal, as devscore.py", "[mapped: ACLED text labels read as codes 1-8]");
  }
}

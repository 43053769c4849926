package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;

/**
 * Event dates from parts of days, on sentences written for this test (published Thursday 14 March
 * 2024): a part of the day with a word naming the day gives that day; a clock time or a part of the
 * day alone does not invent one.
 */
class DatesIT {
  private static DateValue date(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2024, 3, 14), "Test Wire", null);
    List<EventMention> ev = Extractors.standard().extract(a).events();
    assertThat(ev).as(text).isNotEmpty();
    return ev.get(0).date();
  }

  @Test
  void aWeekdayWithAPartOfTheDayIsThatDay() {
    DateValue d = date("Attackers threw a grenade into a bar in Bujumbura on Saturday evening, wounding 15 people.");
    assertThat(d.value()).isEqualTo("2024-03-09");
    assertThat(d.precision()).isEqualTo("day");
    assertThat(d.evidence().get(0).text()).contains("Saturday");
  }

  @Test
  void lastNightIsTheDayBeforePublication() {
    DateValue d = date("Gunmen killed five people in Kano last night, police said.");
    assertThat(d.value()).isEqualTo("2024-03-13");
    assertThat(d.precision()).isEqualTo("day");
    assertThat(d.evidence().get(0).text()).isEqualTo("last night");
  }

  @Test
  void thisMorningIsThePublicationDay() {
    DateValue d = date("Police fired tear gas at hundreds of protesters in Nairobi this morning.");
    assertThat(d.value()).isEqualTo("2024-03-14");
    assertThat(d.precision()).isEqualTo("day");
  }

  @Test
  void aClockTimeAloneNamesNoDay() {
    DateValue d = date("A car bomb exploded at 10 p.m. near a checkpoint in Mogadishu, killing three soldiers.");
    assertThat(d.precision()).isNotEqualTo("day");
  }

  @Test
  void overnightAloneNamesNoDay() {
    DateValue d = date("Insurgents attacked an army outpost in Borno state overnight, killing two soldiers.");
    assertThat(d.precision()).isNotEqualTo("day");
  }
}

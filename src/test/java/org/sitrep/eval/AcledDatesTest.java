package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcledDatesTest {
  /** Expected values from devscore.py's acled_date (Python strptime), computed once and hard-coded. */
  @ParameterizedTest
  @CsvSource({
      "31-12-19, 2019-12-31",
      "1-Apr-20, 2020-04-01",
      "01-apr-20, 2020-04-01",
      "5 May 2020, 2020-05-05",
      "15 may 2020, 2020-05-15",
      "2023-01-07, 2023-01-07",
      "7-Jan-07, 2007-01-07",
      "1-1-69, 1969-01-01",
      "1-1-68, 2068-01-01"})
  void parsesAsDevscoreDoes(String text, String expected) {
    assertThat(AcledDates.parse(text)).contains(LocalDate.parse(expected));
  }

  @Test
  void rejectsWhatDevscoreRejects() {
    assertThat(AcledDates.parse("31-02-19")).isEmpty();
    assertThat(AcledDates.parse("  ")).isEmpty();
    assertThat(AcledDates.parse("")).isEmpty();
    assertThat(AcledDates.parse(null)).isEmpty();
  }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HaversineTest {
  @Test
  void oneDegreeOfLongitudeOnTheEquatorIsAnArcOfRadius6371() {
    assertThat(Haversine.km(0, 0, 0, 1)).isCloseTo(6371 * Math.PI / 180, within(1e-9));
  }

  @Test
  void matchesDevscoreForDeirEzZorToManbij() {
    // devscore.hav(35.336, 40.141, 36.528, 37.955) = 237.2771919549027
    assertThat(Haversine.km(35.336, 40.141, 36.528, 37.955)).isCloseTo(237.2771919549027, within(1e-9));
  }

  @Test
  void isSymmetricAndZeroOnTheSamePoint() {
    assertThat(Haversine.km(-1.28, 36.82, -1.28, 36.82)).isZero();
    assertThat(Haversine.km(10, 20, 30, 40)).isCloseTo(Haversine.km(30, 40, 10, 20), within(1e-9));
  }
}

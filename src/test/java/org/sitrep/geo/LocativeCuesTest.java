package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocativeCuesTest {
  @Test
  void punctuationAndUnitNounsLinkAPlaceToItsContainer() {
    assertThat(LocativeCues.chainGap(", ")).isTrue();
    assertThat(LocativeCues.chainGap(" upazila (")).isTrue();
    assertThat(LocativeCues.chainGap(" in ")).isTrue();
    assertThat(LocativeCues.chainGap(" village in the District of ")).isTrue();
    assertThat(LocativeCues.chainGap(" in the western countryside of ")).isTrue();
    assertThat(LocativeCues.chainGap(", 12 km north-east of ")).isTrue();
  }

  @Test
  void anUnknownNameCountsOnlyWhenAUnitNounFollowsIt() {
    assertThat(LocativeCues.chainGap(" village, Sarail upazila (")).isTrue();
    assertThat(LocativeCues.chainGap(" union, Matlab Uttar upazila (")).isTrue();
    assertThat(LocativeCues.chainGap(", Monday, ")).isFalse();
    assertThat(LocativeCues.chainGap(" and later in ")).isFalse();
    assertThat(LocativeCues.chainGap(" village, sarail upazila (")).isFalse();
  }

  @Test
  void aSpacedDashNamesAPartAfterThePlaceNotItsContainer() {
    // "Dhaka - Kotwali": the area of the city follows it
    assertThat(LocativeCues.chainGap(" - ")).isFalse();
    assertThat(LocativeCues.chainGap(" \u2013 ")).isFalse();
    assertThat(LocativeCues.chainGap("-")).isTrue();
  }

  @Test
  void anUnknownUnitBeforeAPlaceTellsWhatThePlaceIsToIt() {
    assertThat(LocativeCues.unknownUnitBefore("clashed in Sarail upazila ("))
        .isEqualTo(LocativeCues.UnknownUnit.DISTRICT);
    assertThat(LocativeCues.unknownUnitBefore("protest in Kafrul area, ")).isEqualTo(LocativeCues.UnknownUnit.PART);
    assertThat(LocativeCues.unknownUnitBefore("protest in the area, ")).isEqualTo(LocativeCues.UnknownUnit.NONE);
    assertThat(LocativeCues.unknownUnitBefore("protest in ")).isEqualTo(LocativeCues.UnknownUnit.NONE);
  }
}

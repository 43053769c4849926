package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claimant;
import org.sitrep.extract.model.Fatalities;

class FatalityReconcilerTest {
  private static Casualty killed(int v, String q, Integer low, Integer high, String claimantType) {
    return new Casualty("killed", v, q, low, high, null, "unknown", new Claimant("x", claimantType), List.of());
  }

  @Test
  void lowestFloorBestConservativeHighestClaim() {
    Fatalities f = FatalityReconciler.reconcile(List.of(killed(62, "exact", null, null, "government"),
        killed(80, "at_least", null, null, "monitor_ngo")));
    assertThat(f).isEqualTo(new Fatalities(62, 62, 80));
  }

  @Test
  void unattributedFiguresDoNotSetBestWhenANamedOneExists() {
    Fatalities f = FatalityReconciler.reconcile(List.of(killed(10, "exact", null, null, "unattributed"),
        killed(14, "exact", null, null, "medical")));
    assertThat(f).isEqualTo(new Fatalities(10, 14, 14));
  }

  @Test
  void upToGivesNoFloorAndRangesGiveBounds() {
    assertThat(FatalityReconciler.reconcile(List.of(killed(30, "at_most", null, null, "media"))))
        .isEqualTo(new Fatalities(null, null, 30));
    assertThat(FatalityReconciler.reconcile(List.of(killed(5, "range", 5, 9, "media"))))
        .isEqualTo(new Fatalities(5, 5, 9));
  }

  @Test
  void injuriesAloneGiveNoFatalities() {
    Casualty hurt = new Casualty("injured", 7, "exact", null, null, null, "unknown", Claimant.UNATTRIBUTED, List.of());
    assertThat(FatalityReconciler.reconcile(List.of(hurt))).isNull();
  }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitRuleTest {
  /** int(sha256(id.encode("utf-8")).hexdigest(), 16) % 5, computed with python3 and hard-coded. */
  @ParameterizedTest
  @CsvSource({"KEN7182, 1", "KEN7181, 0", "BGD1234, 2", "a1, 0", "SYR99999, 0", "X, 1", "ABC-1, 4", "ÄÖ1, 2"})
  void bucketMatchesDevscore(String id, int bucket) {
    assertThat(SplitRule.bucket(id)).isEqualTo(bucket);
    assertThat(SplitRule.isCheck(id)).isEqualTo(bucket == 0);
  }

  @Test
  void emptyIdHasABucketToo() {
    assertThat(SplitRule.bucket("")).isEqualTo(4);
  }

  @Test
  void splitsPartitionTheRows() {
    assertThat(Split.CHECK.includes("KEN7181")).isTrue();
    assertThat(Split.FIT.includes("KEN7181")).isFalse();
    assertThat(Split.FIT.includes("KEN7182")).isTrue();
    assertThat(Split.CHECK.includes("KEN7182")).isFalse();
    assertThat(Split.ALL.includes("KEN7182")).isTrue();
  }

  @Test
  void theProbeRowsAreFitBucketOne() {
    for (String id : new String[] {"KEN7181", "KEN7182", "BGD28052", "SYR1", "x", ""}) {
      assertThat(Split.PROBE.includes(id)).isEqualTo(SplitRule.bucket(id) == 1);
      if (Split.PROBE.includes(id)) {
        assertThat(Split.FIT.includes(id)).isTrue();
      }
    }
  }
}

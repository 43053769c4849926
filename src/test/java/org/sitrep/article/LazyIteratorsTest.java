package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LazyIteratorsTest {
  @Test
  void keepsTheNonNullResultsInOrderAndAppliesTheFunctionOnlyAsAsked() {
    List<Integer> seen = new ArrayList<>();
    Iterator<String> it = LazyIterators.mapNonNull(List.of(1, 2, 3, 4, 5).iterator(), i -> {
      seen.add(i);
      return i % 2 == 0 ? null : "n" + i;
    });
    assertThat(seen).isEmpty();
    assertThat(it.next()).isEqualTo("n1");
    assertThat(seen).containsExactly(1);
    assertThat(it.hasNext()).isTrue();
    assertThat(seen).containsExactly(1, 2, 3);
    assertThat(it.next()).isEqualTo("n3");
    assertThat(it.next()).isEqualTo("n5");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }
}

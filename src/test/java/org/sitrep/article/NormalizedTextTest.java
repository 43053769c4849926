package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Span;

class NormalizedTextTest {

  @Test
  void identityMapsEveryRangeToItself() {
    NormalizedText n = NormalizedText.identity("abc def");
    assertThat(n.toOriginal(4, 7)).isEqualTo(new Span(4, 7));
    assertThat(n.toOriginal(new Span(0, 0))).isEqualTo(new Span(0, 0));
    assertThat(n.isIdentity()).isTrue();
  }

  @Test
  void manyToOneMapsToTheWholeOriginalRange() {
    NormalizedText n = new NormalizedText("a&amp;b", "a&b", new int[] {0, 1, 6, 7});
    assertThat(n.toOriginal(1, 2)).isEqualTo(new Span(1, 6));
    assertThat(n.toOriginal(0, 3)).isEqualTo(new Span(0, 7));
  }

  @Test
  void rejectsBadMapsAndRanges() {
    assertThatThrownBy(() -> new NormalizedText("ab", "ab", new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 chars");
    assertThatThrownBy(() -> new NormalizedText("ab", "ab", new int[] {0, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backwards");
    NormalizedText n = NormalizedText.identity("ab");
    assertThatThrownBy(() -> n.toOriginal(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equalityComparesMapContents() {
    assertThat(NormalizedText.identity("xy")).isEqualTo(NormalizedText.identity("xy"))
        .hasSameHashCodeAs(NormalizedText.identity("xy"));
  }
}

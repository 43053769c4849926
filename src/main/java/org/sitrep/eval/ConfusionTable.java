package org.sitrep.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of (gold, predicted) label pairs that disagree; the most frequent come first. */
public final class ConfusionTable {
  /** One kind of mistake and how often it happened. */
  public record Confusion(String gold, String predicted, int count) {}

  private final Map<List<String>, Integer> counts = new HashMap<>();

  /** Records one example; agreements are not confusions and are ignored. */
  public void add(String gold, String predicted) {
    if (!gold.equals(predicted)) {
      counts.merge(List.of(gold, predicted), 1, Integer::sum);
    }
  }

  /** The {@code n} most frequent confusions, ties broken by gold then predicted label. */
  public List<Confusion> top(int n) {
    return counts.entrySet().stream()
        .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .sorted(Comparator.comparingInt(Confusion::count).reversed()
            .thenComparing(Confusion::gold).thenComparing(Confusion::predicted))
        .limit(n)
        .toList();
  }
}

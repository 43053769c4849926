package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Navigation over one analysis' dependencies: the basic tree's head of each token, children by
 * relation in the enhanced++ graph, and subtrees. Built once per analysis; immutable after.
 */
public final class DependencyGraph {
  private final Analysis analysis;
  private final int[] head;
  private final String[] headRelation;
  private final Map<Integer, List<Dependency>> out = new HashMap<>();
  private final Map<Integer, List<Dependency>> basicOut = new HashMap<>();

  public DependencyGraph(Analysis analysis) {
    this.analysis = analysis;
    int n = analysis.tokens().size();
    head = new int[n];
    headRelation = new String[n];
    java.util.Arrays.fill(head, -1);
    for (Sentence s : analysis.sentences()) {
      for (Dependency d : s.basic()) {
        head[d.dependent()] = d.governor();
        headRelation[d.dependent()] = d.relation();
        if (d.governor() >= 0) {
          basicOut.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
        }
      }
      for (Dependency d : s.dependencies()) {
        if (d.governor() >= 0) {
          out.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
        }
      }
    }
  }

  public Analysis analysis() {
    return analysis;
  }

  /** The governor of a token in the basic tree, or -1 at the root. */
  public int head(int token) {
    return head[token];
  }

  public String relation(int token) {
    return headRelation[token] == null ? "" : headRelation[token];
  }

  /** Enhanced++ dependents of a token whose relation equals or starts with {@code prefix + ":"}. */
  public List<Integer> children(int token, String prefix) {
    List<Integer> result = new ArrayList<>();
    for (Dependency d : out.getOrDefault(token, List.of())) {
      if (d.relation().equals(prefix) || d.relation().startsWith(prefix + ":")) {
        result.add(d.dependent());
      }
    }
    return result;
  }

  public List<Dependency> outgoing(int token) {
    return out.getOrDefault(token, List.of());
  }

  /** Dependents in the basic tree. */
  public List<Dependency> basicChildren(int token) {
    return basicOut.getOrDefault(token, List.of());
  }

  /** The basic-tree subtree of a token as a token range {@code [first, end)}. */
  public int[] subtree(int token) {
    int[] range = {token, token + 1};
    grow(token, range, 0);
    return range;
  }

  private void grow(int token, int[] range, int depth) {
    if (depth > 60) {
      return;
    }
    for (Dependency d : basicOut.getOrDefault(token, List.of())) {
      range[0] = Math.min(range[0], d.dependent());
      range[1] = Math.max(range[1], d.dependent() + 1);
      grow(d.dependent(), range, depth + 1);
    }
  }

  /** True when {@code ancestor} dominates {@code token} in the basic tree. */
  public boolean dominates(int ancestor, int token) {
    int t = token;
    for (int i = 0; i < 80 && t >= 0; i++) {
      if (t == ancestor) {
        return true;
      }
      t = head[t];
    }
    return false;
  }

  /** The case marker (preposition) attached to a nominal, lower-cased, or null. */
  public String caseMarker(int nominal) {
    StringBuilder sb = new StringBuilder();
    for (Dependency d : basicOut.getOrDefault(nominal, List.of())) {
      if (d.relation().equals("case") && d.dependent() < nominal) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(analysis.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}

package org.sitrep.nlp;

import java.util.List;

/**
 * A sentence: its span, its tokens as a document-level range {@code [firstToken, endToken)}, and
 * its enhanced++ dependencies, and the basic dependency tree (one governor per token).
 */
public record Sentence(
    int index, Span span, int firstToken, int endToken, List<Dependency> dependencies, List<Dependency> basic) {
  public Sentence {
    dependencies = List.copyOf(dependencies);
    basic = List.copyOf(basic);
  }

  /** A sentence whose basic tree is not known separately: the enhanced graph stands in for it. */
  public Sentence(int index, Span span, int firstToken, int endToken, List<Dependency> dependencies) {
    this(index, span, firstToken, endToken, dependencies, dependencies);
  }

  public int size() {
    return endToken - firstToken;
  }

  public boolean containsToken(int token) {
    return token >= firstToken && token < endToken;
  }
}

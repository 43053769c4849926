package org.sitrep.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stages in order; their requirements are checked when the pipeline is built, not mid-run. */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    Set<Layer> have = EnumSet.of(Layer.TEXT);
    for (Stage stage : stages) {
      for (Layer needed : stage.requires()) {
        if (!have.contains(needed)) {
          throw new IllegalArgumentException(
              stage.getClass().getSimpleName() + " requires layer " + needed + " which no earlier stage provides");
        }
      }
      have.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
  }

  public Analysis apply(Analysis analysis) {
    Analysis current = analysis;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }
}

package org.sitrep.nlp;

import java.util.Set;

/**
 * One step of the pipeline. Stateless and thread-safe: models load once into final fields. A stage
 * returns a new {@link Analysis}; it never mutates the one it gets.
 */
public interface Stage {
  Set<Layer> requires();

  Set<Layer> provides();

  Analysis apply(Analysis analysis);
}

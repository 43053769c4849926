package org.sitrep.nlp;

/** The annotation layers a {@link Stage} can require and provide. */
public enum Layer {
  TEXT,
  TOKENS,
  SENTENCES,
  POS,
  LEMMAS,
  ENTITIES,
  TIMEX,
  DEPENDENCIES
}

package org.sitrep.store;

/** What storing an article does: new, a revision of a stored one, or nothing (already stored). */
public enum ArticleStatus {
  /** Not stored yet. */
  NEW,
  /** Stored under the same key with other text: the new text is a revision. */
  REVISED,
  /** Stored with this key and this text. */
  UNCHANGED,
  /** This text is stored under another key (the same article at another URL). */
  DUPLICATE;

  public boolean storesSomething() {
    return this == NEW || this == REVISED;
  }
}

package org.sitrep.store;

/** The store cannot be opened, read or written: names the database and what failed. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.sitrep.article;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Lazy iterator plumbing shared by the commands that consume {@link ReadResult}s. */
public final class LazyIterators {
  private LazyIterators() {}

  /**
   * The non-null results of {@code f} over {@code in}, computed one at a time as they are asked for
   * (so side effects of {@code f}, such as reporting a rejected record, happen in input order).
   */
  public static <T, R> Iterator<R> mapNonNull(Iterator<T> in, Function<? super T, ? extends R> f) {
    return new Iterator<>() {
      private R next;

      @Override
      public boolean hasNext() {
        while (next == null && in.hasNext()) {
          next = f.apply(in.next());
        }
        return next != null;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        R r = next;
        next = null;
        return r;
      }
    };
  }
}

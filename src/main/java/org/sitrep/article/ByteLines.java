package org.sitrep.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} stays: the JSONL reader
 * drops it, for lines split here or elsewhere alike) without decoding, so each line can be decoded on its own. A line longer than the cap is skipped and
 * reported by its size only, so one huge line never fills the heap.
 */
final class ByteLines {
  /** One line: {@code bytes} is null when the line exceeded the cap ({@code size} bytes). */
  record Line(int number, byte[] bytes, long size) {}

  private final InputStream in;
  private final long cap;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int number;
  private boolean eof;

  ByteLines(InputStream in, long cap) {
    this.in = in;
    this.cap = cap;
  }

  /** The next line, or null at the end of the stream. */
  Line next() {
    int length = 0;
    long size = 0;
    boolean sawNewline = false;
    while (!sawNewline) {
      if (pos == limit && !fill()) {
        if (size == 0) {
          return null;
        }
        break;
      }
      int end = pos;
      while (end < limit && buf[end] != '\n') {
        end++;
      }
      int n = end - pos;
      if (size + n <= cap) {
        line = ensure(line, length + n);
        System.arraycopy(buf, pos, line, length, n);
        length += n;
      }
      size += n;
      sawNewline = end < limit;
      pos = sawNewline ? end + 1 : end;
    }
    number++;
    if (size > cap) {
      return new Line(number, null, size);
    }
    return new Line(number, Arrays.copyOf(line, length), size);
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] ensure(byte[] a, int capacity) {
    return capacity <= a.length ? a : Arrays.copyOf(a, Math.max(capacity, a.length * 2));
  }
}

package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams the records of an RFC 4180 CSV text: fields separated by commas, records by CRLF or LF,
 * quoted fields may hold commas, line breaks and doubled quotes. A quote inside an unquoted field
 * is kept literally, as Python's {@code csv} module does; blank lines are skipped; a leading byte
 * order mark is dropped.
 */
public final class Rfc4180Reader implements Iterator<List<String>> {
  private static final int EOF = -1;
  private static final int NONE = -2;
  private static final int BOM = 0xFEFF;

  private final Reader in;
  private boolean started;
  private int pushed = NONE;
  private List<String> next;
  private long line = 1;

  public Rfc4180Reader(Reader in) {
    this.in = in;
  }

  /** Parses a whole text (for small inputs and tests). */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    new Rfc4180Reader(new StringReader(text)).forEachRemaining(rows::add);
    return rows;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readRecord();
    }
    return next != null;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<String> r = next;
    next = null;
    return r;
  }

  /** The line number the reader has reached (1-based), for error messages. */
  public long line() {
    return line;
  }

  private List<String> readRecord() {
    int c = read();
    if (!started) {
      started = true;
      c = c == BOM ? read() : c;
    }
    while (c == '\n' || c == '\r') {
      c = read();
    }
    if (c == EOF) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean fresh = true;
    while (true) {
      if (c == '"' && fresh) {
        c = readQuoted(field);
      }
      fresh = false;
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fresh = true;
      } else if (c == '\n' || c == '\r' || c == EOF) {
        fields.add(field.toString());
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            pushed = d;
          }
        }
        return fields;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  /** Reads a quoted field's content after its opening quote; returns the character after it. */
  private int readQuoted(StringBuilder field) {
    long started = line;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new IllegalArgumentException("unterminated quoted field starting on line " + started);
      }
      if (c == '"') {
        int d = read();
        if (d != '"') {
          return d;
        }
      }
      field.append((char) c);
    }
  }

  private int read() {
    if (pushed != NONE) {
      int c = pushed;
      pushed = NONE;
      return c;
    }
    try {
      int c = in.read();
      if (c == '\n') {
        line++;
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

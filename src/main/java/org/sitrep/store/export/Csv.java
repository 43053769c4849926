package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 rows: fields quoted when they hold a comma, a quote or a line break; rows end with LF. */
final class Csv {
  private Csv() {}

  static void row(Writer w, List<?> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(fields.get(i)));
    }
    w.write('\n');
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

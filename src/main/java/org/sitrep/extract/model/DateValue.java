package org.sitrep.extract.model;

import java.util.List;

/** An event date: ISO value cut to its precision (day "2016-09-17", month "2016-07", year "2014"). */
public record DateValue(String value, String precision, List<Evidence> evidence) {
  public DateValue {
    evidence = List.copyOf(evidence);
  }
}

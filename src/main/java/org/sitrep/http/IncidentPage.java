package org.sitrep.http;

import java.util.List;

/** A page of incidents: {@code total} match the filters; {@code incidents} are those from {@code offset}. */
public record IncidentPage(int total, int offset, int limit, List<IncidentView> incidents) {
  public IncidentPage {
    incidents = List.copyOf(incidents);
  }
}

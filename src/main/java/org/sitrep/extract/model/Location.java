package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Where the event happened, with GeoNames id and an honest precision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
    String name,
    String text,
    Long geonameid,
    String country,
    String admin1,
    Double lat,
    Double lon,
    String precision,
    List<Evidence> evidence) {
  public Location {
    evidence = List.copyOf(evidence);
  }
}

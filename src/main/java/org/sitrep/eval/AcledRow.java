package org.sitrep.eval;

/** The fields of one ACLED notes row that evaluation reads, as the CSV spells them. */
public record AcledRow(
    String eventId,
    String eventDate,
    String eventType,
    String subEventType,
    String inter1,
    String inter2,
    String country,
    String location,
    String latitude,
    String longitude,
    String source,
    String notes,
    String fatalities) {

  /** The coders' point, or null when the row has no latitude (as devscore, which tests latitude only). */
  public double[] point() {
    if (latitude.isBlank()) {
      return null;
    }
    return new double[] {Double.parseDouble(latitude.strip()), Double.parseDouble(longitude.strip())};
  }

  /** Whether the note says its toll was split or coded specially, so the toll is not comparable. */
  public boolean tollComparable() {
    return !notes.contains("split") && !notes.contains("coded as");
  }

  /** Whether the event has a second actor (inter2 neither empty nor "0"). */
  public boolean hasActor2() {
    return !inter2.isEmpty() && !inter2.equals("0");
  }

  /** The coded toll; an empty field is 0. */
  public int fatalityCount() {
    return fatalities.isBlank() ? 0 : Integer.parseInt(fatalities.strip());
  }
}

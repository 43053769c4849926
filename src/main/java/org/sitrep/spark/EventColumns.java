package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Fatalities;
import org.sitrep.extract.model.Location;
import org.sitrep.extract.model.Plover;
import org.sitrep.output.Json;

/**
 * One event as columns: the SPEC's scalar fields flattened ({@code location_name}, {@code
 * actor1_inter}, ...), and {@code event}, the event's whole JSON as {@code sitrep extract} writes it
 * (casualties, claims and evidence included).
 */
final class EventColumns {
  static final StructType SCHEMA = new StructType()
      .add("ordinal", DataTypes.IntegerType, false)
      .add("type", DataTypes.StringType, true)
      .add("event_type", DataTypes.StringType, true)
      .add("plover_event", DataTypes.StringType, true)
      .add("plover_mode", DataTypes.StringType, true)
      .add("cameo", DataTypes.StringType, true)
      .add("mode", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("date_precision", DataTypes.StringType, true)
      .add("location_name", DataTypes.StringType, true)
      .add("geonameid", DataTypes.LongType, true)
      .add("country", DataTypes.StringType, true)
      .add("admin1", DataTypes.StringType, true)
      .add("lat", DataTypes.DoubleType, true)
      .add("lon", DataTypes.DoubleType, true)
      .add("location_precision", DataTypes.StringType, true)
      .add("actor1", DataTypes.StringType, true)
      .add("actor1_inter", DataTypes.IntegerType, true)
      .add("actor1_country", DataTypes.StringType, true)
      .add("actor2", DataTypes.StringType, true)
      .add("actor2_inter", DataTypes.IntegerType, true)
      .add("actor2_country", DataTypes.StringType, true)
      .add("fatalities_low", DataTypes.IntegerType, true)
      .add("fatalities_best", DataTypes.IntegerType, true)
      .add("fatalities_high", DataTypes.IntegerType, true)
      .add("event", DataTypes.StringType, false);

  private EventColumns() {}

  /** The row of the {@code ordinal}-th event of an article (0 = its main incident). */
  static Row row(int ordinal, EventMention e) {
    Plover p = e.plover();
    DateValue d = e.date();
    Location l = e.location();
    ActorRef a1 = e.actor1();
    ActorRef a2 = e.actor2();
    Fatalities f = e.fatalities();
    return RowFactory.create(ordinal, e.type(), e.event_type(), p == null ? null : p.event(),
        p == null ? null : p.mode(), e.cameo(), e.mode(), d == null ? null : d.value(),
        d == null ? null : d.precision(), l == null ? null : l.name(), l == null ? null : l.geonameid(),
        l == null ? null : l.country(), l == null ? null : l.admin1(), l == null ? null : l.lat(),
        l == null ? null : l.lon(), l == null ? null : l.precision(), a1 == null ? null : a1.name(),
        a1 == null ? null : a1.inter(), a1 == null ? null : a1.country(), a2 == null ? null : a2.name(),
        a2 == null ? null : a2.inter(), a2 == null ? null : a2.country(), f == null ? null : f.low(),
        f == null ? null : f.best(), f == null ? null : f.high(), Json.line(e));
  }
}

package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;
import org.sitrep.incident.DateWindow;
import org.sitrep.incident.LinkFeatures;

/**
 * The incidents' inputs of one event mention: its {@link LinkFeatures} (what {@code
 * IncidentLinker} compares; the date window as epoch days), whether it takes part in incidents, and
 * the article's published date, source and URL (its outlet, for counting independent sources).
 */
final class MentionColumns {
  static final StructType SCHEMA = new StructType()
      .add("ordinal", DataTypes.IntegerType, false)
      .add("family", DataTypes.StringType, false)
      .add("mode", DataTypes.StringType, false)
      .add("date_lo", DataTypes.LongType, true)
      .add("date_hi", DataTypes.LongType, true)
      .add("lat", DataTypes.DoubleType, true)
      .add("lon", DataTypes.DoubleType, true)
      .add("country", DataTypes.StringType, true)
      .add("admin1", DataTypes.StringType, true)
      .add("place_precision", DataTypes.StringType, false)
      .add("actors", new ArrayType(DataTypes.StringType, false), false)
      .add("linkable", DataTypes.BooleanType, false)
      .add("published", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true);

  private MentionColumns() {}

  static Row row(int ordinal, EventMention e, Article article) {
    LinkFeatures f = LinkFeatures.of(e, article.published());
    DateWindow w = f.date();
    return RowFactory.create(ordinal, f.family(), f.mode(), w == null ? null : w.lo(), w == null ? null : w.hi(),
        f.lat(), f.lon(), f.country(), f.admin1(), f.precision(), BackfillRecords.seq(f.actors().stream().sorted().toList()),
        f.linkable(), article.published() == null ? null : article.published().toString(), article.source(),
        article.url());
  }
}

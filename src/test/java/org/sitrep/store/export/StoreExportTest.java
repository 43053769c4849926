package org.sitrep.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.model.Fatalities;
import org.sitrep.incident.Incident;

class StoreExportTest {
  private static Incident incident() {
    return new Incident(12, "Attack", "Violence against civilians", new Incident.When("2024-03", "month"),
        new Incident.Where("Garissa", -0.45275, 39.64601, "KE", "Garissa", 1L, "near"),
        new Incident.Party("Al Shabaab", 2, "SO"), new Incident.Party("Civilians (Kenya)", 7, "KE"),
        new Fatalities(3, 3, 5), 2, "corroborated", List.of(), List.of());
  }

  @Test
  void acledRowsFollowAcledConventions() {
    List<Object> row = AcledRows.row(incident());
    assertThat(AcledRows.COLUMNS).hasSize(row.size());
    assertThat(row.get(AcledRows.COLUMNS.indexOf("event_id_cnty"))).isEqualTo("KEN12");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("event_date"))).isEqualTo("2024-03-01");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("time_precision"))).isEqualTo(3);
    assertThat(row.get(AcledRows.COLUMNS.indexOf("geo_precision"))).isEqualTo(2);
    assertThat(row.get(AcledRows.COLUMNS.indexOf("interaction"))).isEqualTo("27");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("civilian_targeting"))).isEqualTo("Civilian targeting");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("disorder_type"))).isEqualTo("Political violence");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("country"))).isEqualTo("Kenya");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("latitude"))).isEqualTo("-0.4528");
    assertThat(row.get(AcledRows.COLUMNS.indexOf("fatalities"))).isEqualTo(3);
    assertThat(AcledRows.interaction(6, null)).isEqualTo("60");
    assertThat(AcledRows.disorderType("Violent demonstration", "Riots")).isEqualTo("Demonstrations");
    assertThat(AcledRows.disorderType("Natural disaster", "Crisis")).isNull();
  }

  @Test
  void csvQuotesWhatNeedsQuoting() throws IOException {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Csv.field(null)).isEmpty();
    StringWriter w = new StringWriter();
    IncidentFormat.CSV.write(List.of(incident()), w);
    assertThat(w.toString().lines().toList()).hasSize(2).last().asString().startsWith("12,Attack,");
  }

  @Test
  void unknownFormatsNameTheChoices() {
    assertThat(IncidentFormat.parse("GeoJSON")).isEqualTo(IncidentFormat.GEOJSON);
    assertThatThrownBy(() -> IncidentFormat.parse("xml")).hasMessageContaining("json, csv, acled, geojson");
  }
}

package org.sitrep.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Fatalities;

/**
 * One incident: the mentions of one happening across articles, with reconciled fields. {@code
 * sources} counts independent sources; {@code grade} is corroborated, single_source, contested or
 * denied (docs/RECONCILIATION.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Incident(
    long id,
    String type,
    String event_type,
    When date,
    Where location,
    Party actor1,
    Party actor2,
    Fatalities fatalities,
    int sources,
    String grade,
    List<FigureSources> casualty_figures,
    List<Report> mentions) {
  public Incident {
    casualty_figures = List.copyOf(casualty_figures);
    mentions = List.copyOf(mentions);
  }

  /** The incident's date and its precision. */
  public record When(String value, String precision) {}

  /** The incident's place. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Where(String name, Double lat, Double lon, String country, String admin1, Long geonameid,
      String precision) {}

  /** An actor by its ACLED-style name and inter code. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Party(String name, Integer inter, String country) {}

  /**
   * One casualty figure as claimed, the outlets that carried it and the independent sources it has:
   * one when a named claimant said it, however many outlets repeat it.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FigureSources(String kind, Integer value, String qualifier, Integer low, Integer high,
      String claimed_by, List<String> outlets, int sources) {
    public FigureSources {
      outlets = List.copyOf(outlets);
    }
  }

  /** One member mention: its article, outlet, what it says happened, its claims with evidence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Report(
      long mention,
      long article,
      String article_id,
      String outlet,
      String url,
      String title,
      String published,
      String type,
      String mode,
      String date,
      String place,
      List<Casualty> casualties,
      List<Claim> claims) {
    public Report {
      casualties = List.copyOf(casualties);
      claims = List.copyOf(claims);
    }
  }
}

package org.sitrep.actors;

import java.util.Objects;
import java.util.Set;
import org.sitrep.geo.Countries;

/**
 * An actor named the way ACLED names it ("Military Forces of Kenya", "Protesters (Kenya)", "Al
 * Shabaab"), with its ACLED inter code (1 state forces ... 8 external/other), its country (ISO2, the
 * home country of a named group or the country of a generic actor; null when unknown), its kind and
 * the SPEC claimant type used when it is the source of a claim.
 */
public record Actor(String name, int inter, String country, Kind kind, String claimantType) {

  /** What sort of actor; each kind carries ACLED's inter code and the generic name it starts from. */
  public enum Kind {
    STATE_MILITARY(1, ClaimantType.GOVERNMENT, "Military Forces"),
    POLICE(1, ClaimantType.GOVERNMENT, "Police Forces"),
    GOVERNMENT(1, ClaimantType.GOVERNMENT, "Government"),
    COALITION(8, ClaimantType.GOVERNMENT, "Military Forces"),
    REBEL(2, ClaimantType.ARMED_GROUP, "Opposition Rebels"),
    POLITICAL_MILITIA(3, ClaimantType.ARMED_GROUP, "Unidentified Armed Group"),
    IDENTITY_MILITIA(4, ClaimantType.ARMED_GROUP, "Unidentified Communal Militia"),
    UNIDENTIFIED_ARMED(3, ClaimantType.ARMED_GROUP, "Unidentified Armed Group"),
    PROTESTERS(6, ClaimantType.WITNESS, "Protesters"),
    RIOTERS(5, ClaimantType.WITNESS, "Rioters"),
    CIVILIANS(7, ClaimantType.WITNESS, "Civilians"),
    INTERNATIONAL_ORG(8, ClaimantType.INTERNATIONAL_ORG, "International Organisation"),
    MONITOR_NGO(8, ClaimantType.MONITOR_NGO, "Monitoring Group"),
    MEDIA(8, ClaimantType.MEDIA, "Media"),
    MEDICAL(8, ClaimantType.MEDICAL, "Health Workers"),
    OTHER(8, ClaimantType.UNATTRIBUTED, "Other");

    private final int inter;
    private final ClaimantType claimant;
    private final String baseName;

    Kind(int inter, ClaimantType claimant, String baseName) {
      this.inter = inter;
      this.claimant = claimant;
      this.baseName = baseName;
    }

    /** ACLED's inter code for actors of this kind. */
    public int inter() {
      return inter;
    }

    /**
     * The claimant type of a source of this kind. State forces are "government", as in SPEC's worked
     * example ("Russian military" -> government).
     */
    public String claimantType() {
      return claimant.code();
    }

    /** The generic ACLED name before a country is known ("Military Forces", "Protesters"). */
    public String baseName() {
      return baseName;
    }

    /** State kinds take "<base> of <country>"; the others "<base> (<country>)". */
    boolean namesWithOf() {
      return this == STATE_MILITARY || this == POLICE || this == GOVERNMENT || this == COALITION;
    }

    boolean isState() {
      return namesWithOf();
    }

    /** A force that fights: state forces, coalitions, rebels, militias and unidentified armed groups. */
    public boolean isArmed() {
      return this == STATE_MILITARY || this == POLICE || this == COALITION || this == REBEL
          || this == POLITICAL_MILITIA || this == IDENTITY_MILITIA || this == UNIDENTIFIED_ARMED;
    }
  }

  /** Words that end ACLED's generic names, which take the country in parentheses. */
  private static final Set<String> GENERIC_ENDINGS = Set.of(
      "Ethnic Militia", "Communal Militia", "Clan Militia", "Tribal Militia", "Sect Militia", "Vigilante Group",
      "Private Security Forces", "Pro-Government Militia", "Separatist Rebels", "State Media", "News Agency");

  public Actor {
    Objects.requireNonNull(name, "actor name");
    Objects.requireNonNull(kind, "actor kind of " + name);
    if (inter < 1 || inter > 8) {
      throw new IllegalArgumentException("inter " + inter + " of actor '" + name + "' is not 1-8");
    }
    if (country != null && Countries.shared().byCode(country).isEmpty()) {
      throw new IllegalArgumentException("unknown country code '" + country + "' of actor '" + name + "'");
    }
    claimantType = claimantType == null || claimantType.isBlank() ? kind.claimantType()
        : ClaimantType.of(claimantType).code();
  }

  /** A generic actor of the kind with its default name and inter, country unknown. */
  public static Actor generic(Kind kind) {
    return new Actor(kind.baseName(), kind.inter(), null, kind, null);
  }

  /** A generic actor of the kind in a country ("Police Forces of Kenya"). */
  public static Actor generic(Kind kind, String iso2) {
    return generic(kind).withCountry(iso2);
  }

  /**
   * True for ACLED's generic actors, whose name takes the country ("Protesters", "Unidentified Armed
   * Group", "Pokot Ethnic Militia"), as opposed to named groups ("Al Shabaab").
   */
  public boolean isGeneric() {
    if (name.indexOf(':') >= 0) {
      return false;
    }
    String base = stripCountry();
    if (base.equals(kind.baseName()) || base.startsWith("Unidentified ")) {
      return true;
    }
    for (String ending : GENERIC_ENDINGS) {
      if (base.endsWith(ending)) {
        return true;
      }
    }
    return base.equals(Kind.CIVILIANS.baseName()) || base.equals(Kind.PROTESTERS.baseName())
        || base.equals(Kind.RIOTERS.baseName());
  }

  /**
   * The actor placed in a country: a generic actor whose country is unknown gets it in its name
   * ("Protesters" -> "Protesters (Kenya)", "Military Forces" -> "Military Forces of Kenya"). Named
   * groups and actors whose country is known are returned unchanged. A null code changes nothing.
   */
  public Actor withCountry(String iso2) {
    if (iso2 == null || country != null || !isGeneric()) {
      return this;
    }
    String code = Countries.shared().byCode(iso2)
        .orElseThrow(() -> new IllegalArgumentException("unknown country code '" + iso2 + "'")).iso2();
    String named = kind.namesWithOf() && name.equals(kind.baseName())
        ? name + " of " + CountryNames.withArticle(code)
        : name + " (" + CountryNames.plain(code) + ")";
    return new Actor(named, inter, code, kind, claimantType);
  }

  /**
   * The actor operating in a country: a state force (military, police, government, coalition) of
   * another country becomes external (inter 8); at home it is state forces (inter 1). Other actors,
   * and state actors of unknown country, are returned unchanged.
   */
  public Actor actingIn(String iso2) {
    if (iso2 == null || country == null || !kind.isState()) {
      return this;
    }
    int where = country.equalsIgnoreCase(iso2) ? 1 : 8;
    return where == inter ? this : new Actor(name, where, country, kind, claimantType);
  }

  private String stripCountry() {
    int paren = name.lastIndexOf(" (");
    return paren > 0 && name.endsWith(")") ? name.substring(0, paren) : name;
  }
}

package org.sitrep.actors;

import java.util.regex.Pattern;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/** Country names as ACLED writes them in actor names, with "the" where English needs it. */
final class CountryNames {
  /** "Government of the United States", "of the Philippines", "of the Democratic Republic of Congo". */
  private static final Pattern TAKES_THE = Pattern.compile(
      "^(United |Democratic Republic|Republic of|Central African Republic)|Republic$|Islands$|^(Philippines|Netherlands"
          + "|Bahamas|Comoros|Maldives)$");

  private CountryNames() {}

  /** ACLED's name of the country ("Democratic Republic of Congo"). */
  static String plain(String iso2) {
    Countries countries = Countries.shared();
    Country c = countries.byCode(iso2)
        .orElseThrow(() -> new IllegalArgumentException("unknown country code '" + iso2 + "'"));
    return countries.acledName(c);
  }

  /** The name as it follows "of" ("the United States", "Kenya"). */
  static String withArticle(String iso2) {
    String name = plain(iso2);
    return TAKES_THE.matcher(name).find() ? "the " + name : name;
  }
}

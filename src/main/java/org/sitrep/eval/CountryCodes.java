package org.sitrep.eval;

import java.util.Optional;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/** Maps a gold country name and a predicted country code to ISO 3166-1 alpha-2. */
public interface CountryCodes {
  /** ISO2 of a country name as ACLED spells it ("Democratic Republic of Congo"). */
  Optional<String> iso2OfName(String name);

  /** ISO2 of an alpha-2 or alpha-3 code as the output gives it. */
  Optional<String> iso2OfCode(String code);

  /** The project's country table ({@link Countries#shared()}). */
  static CountryCodes standard() {
    Countries countries = Countries.shared();
    return new CountryCodes() {
      @Override
      public Optional<String> iso2OfName(String name) {
        return name == null || name.isBlank() ? Optional.empty() : countries.find(name).map(Country::iso2);
      }

      @Override
      public Optional<String> iso2OfCode(String code) {
        return countries.byCode(code).map(Country::iso2);
      }
    };
  }
}

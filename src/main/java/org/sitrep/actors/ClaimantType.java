package org.sitrep.actors;

import java.util.Locale;

/** SPEC's {@code claimed_by.type} values; {@link #code()} is the string written to output. */
public enum ClaimantType {
  GOVERNMENT,
  MILITARY,
  ARMED_GROUP,
  MONITOR_NGO,
  INTERNATIONAL_ORG,
  MEDIA,
  WITNESS,
  MEDICAL,
  UNATTRIBUTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a SPEC code ("monitor_ngo"); throws naming the value when it is not one. */
  public static ClaimantType of(String code) {
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown claimant type '" + code + "'", e);
    }
  }
}

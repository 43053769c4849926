package org.sitrep.extract;

import java.util.Map;

/** SPEC claimant types for claimants the actor dictionary does not know, by their head noun. */
final class ClaimantTyping {
  private static final Map<String, String> BY_HEAD = Map.ofEntries(
      Map.entry("witness", "witness"), Map.entry("witnesses", "witness"), Map.entry("resident", "witness"),
      Map.entry("residents", "witness"), Map.entry("villager", "witness"), Map.entry("villagers", "witness"),
      Map.entry("survivor", "witness"), Map.entry("survivors", "witness"), Map.entry("relative", "witness"),
      Map.entry("relatives", "witness"), Map.entry("doctor", "medical"), Map.entry("doctors", "medical"),
      Map.entry("hospital", "medical"), Map.entry("medics", "medical"), Map.entry("paramedics", "medical"),
      Map.entry("nurse", "medical"), Map.entry("media", "media"), Map.entry("agency", "media"),
      Map.entry("television", "media"), Map.entry("newspaper", "media"), Map.entry("reporter", "media"),
      Map.entry("journalist", "media"), Map.entry("channel", "media"), Map.entry("official", "government"),
      Map.entry("officials", "government"), Map.entry("ministry", "government"), Map.entry("minister", "government"),
      Map.entry("governor", "government"), Map.entry("spokesman", "government"),
      Map.entry("spokeswoman", "government"), Map.entry("police", "government"), Map.entry("army", "military"),
      Map.entry("military", "military"), Map.entry("commander", "military"), Map.entry("monitor", "monitor_ngo"),
      Map.entry("observatory", "monitor_ngo"), Map.entry("activists", "monitor_ngo"),
      Map.entry("activist", "monitor_ngo"), Map.entry("group", "armed_group"), Map.entry("militants", "armed_group"),
      Map.entry("rebels", "armed_group"), Map.entry("un", "international_org"));

  private ClaimantTyping() {}

  static String typeOf(String headNoun) {
    return BY_HEAD.getOrDefault(headNoun.toLowerCase(java.util.Locale.ROOT), "unattributed");
  }
}

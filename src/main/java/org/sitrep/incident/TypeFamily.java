package org.sitrep.incident;

import java.util.Locale;

/**
 * Groups of event types whose mentions may describe one happening: reports of one strike call it an
 * airstrike, shelling or an attack on civilians, so political violence is one family; protests and
 * riots are another; each strategic development and crisis type is a family of its own.
 */
public final class TypeFamily {
  private TypeFamily() {}

  /** The family of an event given its type and parent event_type (either may be null). */
  public static String of(String type, String eventType) {
    String parent = eventType == null ? "" : eventType;
    return switch (parent) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "political_violence";
      case "Protests", "Riots" -> "demonstrations";
      default -> type == null ? "unknown" : type.toLowerCase(Locale.ROOT);
    };
  }
}

package org.sitrep.extract;

import org.sitrep.actors.Actor;

/**
 * ACLED's conventions for the actor a type implies when the text names none: a protest's actor is
 * the protesters of the country, a riot's the rioters, arrests are made by the police, an attack on
 * civilians by an unidentified armed group has civilians as its target.
 */
final class DefaultActors {
  private DefaultActors() {}

  /** The crowd that is the actor of a protest or riot, whatever group it is made of. */
  static Actor crowd(EventType type, String country) {
    Actor.Kind kind = switch (type) {
      case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.Kind.PROTESTERS;
      case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> Actor.Kind.RIOTERS;
      default -> null;
    };
    return kind == null ? null : country == null ? Actor.generic(kind) : Actor.generic(kind, country);
  }

  static Actor actor1(EventType type, String country) {
    if (country == null) {
      Actor.Kind kind = switch (type) {
        case ARRESTS -> Actor.Kind.POLICE;
        case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, REMOTE_EXPLOSIVE, GRENADE, ARMED_CLASH -> Actor.Kind.UNIDENTIFIED_ARMED;
        default -> null;
      };
      return kind == null ? null : Actor.generic(kind);
    }
    return switch (type) {
      case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.PROTESTERS, country);
      case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> Actor.generic(Actor.Kind.RIOTERS, country);
      case ARRESTS -> Actor.generic(Actor.Kind.POLICE, country);
      case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, REMOTE_EXPLOSIVE, GRENADE, ARMED_CLASH ->
          Actor.generic(Actor.Kind.UNIDENTIFIED_ARMED, country);
      default -> null;
    };
  }

  static Actor actor2(EventType type, String country) {
    if (country == null) {
      return switch (type) {
        case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE -> Actor.generic(Actor.Kind.CIVILIANS);
        case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.POLICE);
        default -> null;
      };
    }
    return switch (type) {
      case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE -> Actor.generic(Actor.Kind.CIVILIANS, country);
      case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.POLICE, country);
      default -> null;
    };
  }
}

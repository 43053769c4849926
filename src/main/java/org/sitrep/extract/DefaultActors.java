package org.sitrep.extract;

import org.sitrep.actors.Actor;

/**
 * ACLED's conventions for the actor a type implies when the text names none: a protest's actor is
 * the protesters of the country, a riot's the rioters, arrests are made by the police, an attack on
 * civilians by an unidentified armed group has civilians as its target.
 */
final class DefaultActors {
  private DefaultActors() {}

  static Actor actor1(EventType type, String country) {
    if (country == null) {
      return null;
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
      return null;
    }
    return switch (type) {
      case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE -> Actor.generic(Actor.Kind.CIVILIANS, country);
      case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.POLICE, country);
      default -> null;
    };
  }
}

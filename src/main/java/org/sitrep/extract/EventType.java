package org.sitrep.extract;

import java.util.Arrays;
import java.util.Optional;
import org.sitrep.extract.model.Plover;

/**
 * SPEC's 30 event types: the label (exact string), its parent event_type, and the default PLOVER
 * event/mode and CAMEO code. {@code family} groups types that may describe one happening.
 */
public enum EventType {
  ARMED_CLASH("Armed clash", "Battles", "ASSAULT", "firearms", "190", Family.VIOLENT, 3),
  GOVERNMENT_REGAINS_TERRITORY("Government regains territory", "Battles", "ASSAULT", null, "192", Family.TERRITORY, 4),
  NON_STATE_OVERTAKES_TERRITORY("Non-state actor overtakes territory", "Battles", "ASSAULT", null, "192", Family.TERRITORY, 4),
  CHEMICAL_WEAPON("Chemical weapon", "Explosions/Remote violence", "ASSAULT", "wmd", "204", Family.VIOLENT, 6),
  AIR_DRONE_STRIKE("Air/drone strike", "Explosions/Remote violence", "ASSAULT", "aerial", "195", Family.VIOLENT, 5),
  SUICIDE_BOMB("Suicide bomb", "Explosions/Remote violence", "ASSAULT", "explosion", "183", Family.VIOLENT, 6),
  SHELLING("Shelling/artillery/missile attack", "Explosions/Remote violence", "ASSAULT", "heavy-weapons", "194", Family.VIOLENT, 5),
  REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", "Explosions/Remote violence", "ASSAULT", "explosion", "183", Family.VIOLENT, 5),
  GRENADE("Grenade", "Explosions/Remote violence", "ASSAULT", "explosion", "183", Family.VIOLENT, 5),
  SEXUAL_VIOLENCE("Sexual violence", "Violence against civilians", "ASSAULT", "sexual", "1823", Family.VIOLENT, 4),
  ATTACK("Attack", "Violence against civilians", "ASSAULT", null, "180", Family.VIOLENT, 2),
  ABDUCTION("Abduction/forced disappearance", "Violence against civilians", "ASSAULT", "abduct", "181", Family.VIOLENT, 4),
  PEACEFUL_PROTEST("Peaceful protest", "Protests", "PROTEST", "demo", "141", Family.PROTEST, 2),
  PROTEST_WITH_INTERVENTION("Protest with intervention", "Protests", "PROTEST", "demo", "141", Family.PROTEST, 3),
  EXCESSIVE_FORCE("Excessive force against protesters", "Protests", "ASSAULT", "firearms", "175", Family.PROTEST, 4),
  VIOLENT_DEMONSTRATION("Violent demonstration", "Riots", "PROTEST", "riot", "145", Family.PROTEST, 3),
  MOB_VIOLENCE("Mob violence", "Riots", "ASSAULT", "beat", "145", Family.VIOLENT, 3),
  AGREEMENT("Agreement", "Strategic developments", "AGREE", null, "057", Family.AGREEMENT, 3),
  ARRESTS("Arrests", "Strategic developments", "COERCE", "arrest", "173", Family.COERCION, 3),
  CHANGE_TO_GROUP("Change to group/activity", "Strategic developments", "MOBILIZE", null, "150", Family.COERCION, 1),
  DISRUPTED_WEAPONS_USE("Disrupted weapons use", "Strategic developments", "COERCE", "seize", "170", Family.COERCION, 3),
  HEADQUARTERS_ESTABLISHED("Headquarters or base established", "Strategic developments", "MOBILIZE", "troops", "154", Family.COERCION, 3),
  LOOTING("Looting/property destruction", "Strategic developments", "COERCE", "seize", "171", Family.COERCION, 2),
  NON_VIOLENT_TRANSFER("Non-violent transfer of territory", "Strategic developments", "RETREAT", null, "087", Family.TERRITORY, 3),
  OTHER("Other", "Strategic developments", "OTHER", null, null, Family.COERCION, 0),
  DIPLOMATIC_ACTION("Diplomatic action", "Crisis", "SANCTION", null, "160", Family.DIPLOMATIC, 2),
  ATTRIBUTION("Attribution of responsibility", "Crisis", "ACCUSE", null, "112", Family.DIPLOMATIC, 1),
  ORGANIZED_CRIME("Organized crime", "Crisis", "OTHER", null, null, Family.CRIME, 2),
  NATURAL_DISASTER("Natural disaster", "Crisis", "OTHER", null, null, Family.DISASTER, 3),
  MAN_MADE_DISASTER("Man-made disaster", "Crisis", "OTHER", null, null, Family.DISASTER, 3);

  /** Groups of types whose mentions may be one happening. */
  public enum Family { VIOLENT, TERRITORY, PROTEST, AGREEMENT, COERCION, DIPLOMATIC, CRIME, DISASTER }

  private final String label;
  private final String parent;
  private final Plover plover;
  private final String cameo;
  private final Family family;
  private final int specificity;

  EventType(String label, String parent, String ploverEvent, String ploverMode, String cameo, Family family,
      int specificity) {
    this.label = label;
    this.parent = parent;
    this.plover = new Plover(ploverEvent, ploverMode);
    this.cameo = cameo;
    this.family = family;
    this.specificity = specificity;
  }

  public String label() {
    return label;
  }

  public String parent() {
    return parent;
  }

  public Plover plover() {
    return plover;
  }

  public String cameo() {
    return cameo;
  }

  public Family family() {
    return family;
  }

  /** How much a mention of this type says: a cluster takes the type of its most specific mention. */
  public int specificity() {
    return specificity;
  }

  public static Optional<EventType> byLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.Set;

/**
 * Names no card can carry as a key of a JSON object, whatever reads it: some JavaScript readers
 * (object merges, copies by assignment) turn a {@code "__proto__"} key into the object's
 * prototype, so the value is lost or, worse, changes what the object inherits. Any other name is
 * safe once the card reads only an object's own properties.
 */
public final class CarriedNames {
  private CarriedNames() {}

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "ECMA-262 §B.3.1 __proto__ property names in object initializers")
  public static final Set<String> REFUSED = Set.of("__proto__");

  /** Why a refused name cannot be used, for messages. */
  public static String why(String name) {
    return "'" + name + "' cannot travel to the card: JavaScript readers of the card's JSON may turn a \""
        + name + "\" key into the object's prototype, losing its value";
  }

  /** A name to suggest instead, e.g. {@code proto} for {@code __proto__}. */
  public static String suggestion(String name) {
    String bare = name.replace("_", "");
    return bare.isEmpty() ? "value" : bare;
  }
}

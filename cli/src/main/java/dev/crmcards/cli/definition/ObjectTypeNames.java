package dev.crmcards.cli.definition;

import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.UsageException;
import dev.crmcards.rules.check.ShownObjectTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Maps the ways users and HubSpot name record types ({@code contacts}, {@code CONTACT}) to one. */
public final class ObjectTypeNames {
  private ObjectTypeNames() {}

  /** {@code contacts}, {@code CONTACTS}, {@code contact} and {@code CONTACT} all name CONTACTS. */
  public static Optional<CrmObjectType> parse(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (CrmObjectType type : CrmObjectType.values()) {
      if (type.definitionName().equals(lower)
          || type.requestName().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a record type the card does not show on, in the words of the rules that every tool
   * refuses it with.
   */
  private static void refuseUnshown(CardDefinition card, CrmObjectType type) {
    ShownObjectTypes.refusal(card.name(), card.rules(), type.definitionName())
        .ifPresent(why -> {
          throw new UsageException(why);
        });
  }

  /** The definition names HubSpot accepts: contacts, companies, deals, tickets. */
  public static List<String> definitionNames() {
    return Arrays.stream(CrmObjectType.values()).map(CrmObjectType::definitionName).toList();
  }

  /**
   * The object type of the card to play: the requested one, or the card's first.
   *
   * @param requested what the user typed, or {@code null}
   * @throws UsageException if the card does not show on that type, or names an unknown one
   */
  public static CrmObjectType choose(CardDefinition card, String requested) {
    CrmObjectType type =
        requested == null
            ? first(card)
            : parse(requested)
                .orElseThrow(
                    () ->
                        new UsageException(
                            "unknown object type '" + requested + "'; use one of " + definitionNames()));
    // The card's first type too: parse reads it as a user's, and the card may spell it otherwise (CONTACT).
    refuseUnshown(card, type);
    return type;
  }

  private static CrmObjectType first(CardDefinition card) {
    List<CardObjectType> types = card.objectTypes();
    if (types.isEmpty()) {
      throw new UsageException(card.source() + " defines no fetch.objectTypes");
    }
    String first = types.get(0).name();
    return parse(first)
        .orElseThrow(
            () ->
                new UsageException(
                    card.source() + " uses the unknown object type '" + first
                        + "'; HubSpot knows " + definitionNames()));
  }
}

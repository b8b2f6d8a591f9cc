package dev.crmcards.rules;

import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.Optional;

/** The shape of an EMAIL value, which HubSpot shows as a mailto link. */
public final class EmailAddresses {
  private EmailAddresses() {}

  /**
   * What keeps {@code value} from looking like an e-mail address, if anything: whitespace or
   * control characters, no or several {@code @}, nothing before it, or a domain without a dot or
   * with an empty label ({@code a@b..c}, {@code a@.b}). Nothing more is checked.
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "HUBSPOT-SPEC §5 EMAIL")
  public static Optional<String> problem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Printable ASCII is none of these; the checks below are for the rest.
      if (c > ' ' && c < 0x7F) {
        continue;
      }
      if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return Optional.of("it contains whitespace or a control character");
      }
    }
    int at = value.indexOf('@');
    if (at < 0) {
      return Optional.of("it has no '@'");
    }
    if (at != value.lastIndexOf('@')) {
      return Optional.of("it has more than one '@'");
    }
    if (at == 0) {
      return Optional.of("nothing before the '@'");
    }
    // The domain is value[domain..]; looked at in place, cut out only for a message.
    int domain = at + 1;
    if (domain == value.length()) {
      return Optional.of("nothing after the '@'");
    }
    if (value.indexOf('.', domain) < 0) {
      return Optional.of("the domain \"" + value.substring(domain) + "\" has no dot");
    }
    if (value.charAt(domain) == '.'
        || value.charAt(value.length() - 1) == '.'
        || value.indexOf("..", domain) >= 0) {
      return Optional.of("the domain \"" + value.substring(domain) + "\" has an empty label");
    }
    return Optional.empty();
  }
}

package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A record type is played only on a card that shows on it, as HubSpot asks for no other. */
class ShownObjectTypesTest {
  private static final Definition RENEWALS =
      Definition.parse("{\"fetch\": {\"objectTypes\": [{\"name\": \"deals\"}, {\"name\": \"tickets\"}]}}");

  @Test
  void aTypeTheCardDoesNotShowOnIsRefusedNamingThoseItDoes() {
    assertThat(ShownObjectTypes.refusal("renewals", RENEWALS, "contacts"))
        .hasValue("card 'renewals' does not show on contacts; it shows on [deals, tickets]");
  }

  @Test
  void aTypeTheCardShowsOnIsNot() {
    assertThat(ShownObjectTypes.refusal("renewals", RENEWALS, "tickets")).isEmpty();
  }
}

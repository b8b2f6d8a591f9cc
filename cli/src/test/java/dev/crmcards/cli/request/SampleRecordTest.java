package dev.crmcards.cli.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.CrmObjectType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleRecordTest {
  @Test
  void theGuidesExampleRequest() {
    SampleRecord record = new SampleRecord(CrmObjectType.CONTACTS, Map.of());
    assertThat(QueryString.encode(record.fetchParameters(List.of("firstname", "email", "lastname"))))
        .isEqualTo("userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
            + "&associatedObjectType=CONTACT&portalId=987654&firstname=Tim&email=timrobinson%40itysl.com"
            + "&lastname=Robinson");
  }

  @Test
  void overridesWinAndOnlyRequestedPropertiesAreSent() {
    SampleRecord record = new SampleRecord(CrmObjectType.TICKETS,
        Map.of("portalId", "1", "subject", "Printer on fire", "unrelated", "x"));
    assertThat(record.actionParameters(List.of("subject", "hs_ticket_priority", "custom_field", "portalId")))
        .containsExactly(
            new Param("userId", "12345"),
            new Param("userEmail", "loggedinuser@hubspot.com"),
            new Param("associatedObjectId", "53701"),
            new Param("associatedObjectType", "TICKET"),
            new Param("portalId", "1"),
            new Param("subject", "Printer on fire"),
            new Param("hs_ticket_priority", "HIGH"),
            new Param("custom_field", "sample-custom_field"));
  }
}

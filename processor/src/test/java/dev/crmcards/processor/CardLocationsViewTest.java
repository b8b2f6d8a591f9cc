package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The view lists every place the card shows, so that {@code app} places it exactly there: what
 * the card names, or when it names nothing the record sidebar, and on tickets the help desk
 * sidebar too, where legacy cards on tickets always showed.
 */
class CardLocationsViewTest {

  @Test
  void aCardOnTicketsThatNamesNoLocationIsOnTheSidebarAndTheHelpDesk() throws IOException {
    assertThat(view("objectTypes = @ObjectType(TICKETS)")).isEqualTo(tilesOn("RECORD_SIDEBAR", "HELPDESK_SIDEBAR"));
    assertThat(view("objectTypes = {@ObjectType(COMPANIES), @ObjectType(TICKETS)}"))
        .isEqualTo(tilesOn("RECORD_SIDEBAR", "HELPDESK_SIDEBAR"));
  }

  @Test
  void aCardOffTicketsThatNamesNoLocationIsOnTheSidebarOnly() throws IOException {
    assertThat(view("objectTypes = @ObjectType(COMPANIES)")).isEqualTo(tilesOn("RECORD_SIDEBAR"));
  }

  @Test
  void aCardOnTicketsThatNamesItsLocationsIsExactlyThere() throws IOException {
    assertThat(view("objectTypes = @ObjectType(TICKETS), locations = CardLocation.RECORD_TAB"))
        .isEqualTo(tilesOn("RECORD_TAB"));
    assertThat(view("objectTypes = @ObjectType(TICKETS), locations = CardLocation.RECORD_SIDEBAR"))
        .isEqualTo(tilesOn("RECORD_SIDEBAR"));
  }

  /** The view of a TILES card {@code test.Ticket} with {@code attributes} on its {@code @CrmCard}. */
  private static String view(String attributes) throws IOException {
    Compilation c =
        compile(
            source(
                "Ticket",
                "@CrmCard(title = \"T\", targetUrl = \"https://shop.example.com/t\", " + attributes + ")",
                "record Ticket(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}"));
    Cards.assertSucceededWithoutWarnings(c);
    return c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/ticket.json").orElseThrow()
        .getCharContent(true).toString();
  }

  /** The view the processor writes for that card on {@code locations}. */
  private static String tilesOn(String... locations) {
    return "{\n  \"card\": \"ticket\",\n  \"layout\": \"TILES\",\n  \"locations\": [\n    \""
        + String.join("\",\n    \"", locations) + "\"\n  ]\n}\n";
  }
}

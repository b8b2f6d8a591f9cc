package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated Handler: one typed method per hook, routes with typed path parameters. */
class HandlerGenerationTest {

  private static final JavaFileObject TICKET =
      source("Ticket",
          "@CrmCard(title = \"Tickets\", targetUrl = \"https://t.example.com/cards/tickets\",",
          "         objectTypes = @ObjectType(TICKETS))",
          "@Action(id = \"view\", type = IFRAME, label = \"View\", uri = \"https://t.example.com/ui/{key}\")",
          "@Action(id = \"assign\", type = ACTION_HOOK, label = \"Assign\", method = HttpMethod.POST,",
          "        uri = \"https://t.example.com/cards/queues/{queue}/tickets/{key}\")",
          "@Action(id = \"merge\", type = ACTION_HOOK, label = \"Merge\", method = HttpMethod.PUT,",
          "        uri = \"https://t.example.com/cards/tickets/{uuid}/merge/{parent}\")",
          "@Action(id = \"refresh\", type = ACTION_HOOK, label = \"Refresh\", placement = SECONDARY,",
          "        uri = \"https://t.example.com/cards/refresh\")",
          "record Ticket(@ObjectId Long id, @Title String title, String key, Queue queue, UUID uuid, Integer parent,",
          "              @CardProperty(label = \"Queue\") Queue shownQueue) {",
          "  enum Queue { SUPPORT, BILLING }",
          "}");

  private static String generated(Compilation c) throws Exception {
    return Cards.sourceOf(c, "test.TicketCrmCard");
  }

  @Test
  void handlerHasOneTypedMethodPerHook() throws Exception {
    Compilation c = Cards.compile(List.of("-Xlint:all"), TICKET);
    Cards.assertSucceededWithoutWarnings(c);
    String source = generated(c);
    assertThat(source).contains("CardResponse<Ticket> fetch(FetchRequest request) throws Exception;");
    assertThat(source).contains("ActionResult assign(ActionRequest request, Ticket.Queue queue, String key) throws Exception;");
    assertThat(source).contains("ActionResult merge(ActionRequest request, UUID uuid, Integer parent) throws Exception;");
    assertThat(source).contains("ActionResult refresh(ActionRequest request) throws Exception;");
    assertThat(source).doesNotContain("ActionResult view(");
  }

  /** A card whose id member is called {@code request}, with a class that implements its Handler. */
  private static List<JavaFileObject> supportRequest(String titleAttribute) {
    return List.of(
        source("SupportRequest",
            "@CrmCard(" + titleAttribute + "targetUrl = \"https://x.example.com/hubspot/requests\",",
            "         objectTypes = @ObjectType(TICKETS))",
            "@Action(id = \"close\", type = ACTION_HOOK, label = \"Close\", method = HttpMethod.POST,",
            "        uri = \"https://x.example.com/hubspot/requests/{request}/close\")",
            "record SupportRequest(@ObjectId long request, @Title String subject,",
            "    @CardProperty(label = \"State\") String state) {}"),
        source("Requests",
            "final class Requests implements SupportRequestCrmCard.Handler {",
            "  @Override public CardResponse<SupportRequest> fetch(FetchRequest request) {",
            "    return CardResponse.of(List.of());",
            "  }",
            "  @Override public ActionResult close(ActionRequest request, long id) {",
            "    return ActionResult.ok(\"closed \" + id + \" for \" + request.userEmail());",
            "  }",
            "}"));
  }

  @Test
  void aPlaceholderNamedLikeTheRequestGetsAParameterOfItsOwn() throws Exception {
    Compilation c = Cards.compile(List.of("-Xlint:all"), supportRequest("title = \"Requests\", ")
        .toArray(new JavaFileObject[0]));
    Cards.assertSucceededWithoutWarnings(c);
    String source = Cards.sourceOf(c, "test.SupportRequestCrmCard");
    assertThat(source).contains("ActionResult close(ActionRequest request, long requestValue) throws Exception;");
    assertThat(source).contains("handler.close(request, path.longValue(\"request\"))");

    // The stand-in class of a card with an error has the same method: only the card's own error.
    Compilation broken = Cards.compile(supportRequest("").toArray(new JavaFileObject[0]));
    assertThat(broken).hadErrorCount(1);
    assertThat(broken).hadErrorContaining("@CrmCard needs title");
  }

  @Test
  void placeholdersWhoseParametersWouldShareANameGetOneEach() throws Exception {
    JavaFileObject f = source("Ticket",
        "@CrmCard(title = \"Tickets\", targetUrl = \"https://t.example.com/cards/tickets\",",
        "         objectTypes = @ObjectType(TICKETS))",
        "@Action(id = \"link\", type = ACTION_HOOK, label = \"Link\",",
        "        uri = \"https://t.example.com/cards/tickets/{request}/to/{requestValue}\")",
        "record Ticket(@ObjectId long request, @Title String title, String requestValue,",
        "    @CardProperty(label = \"State\") String state) {}");
    Compilation c = Cards.compile(List.of("-Xlint:all"), f);
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(generated(c))
        .contains("ActionResult link(ActionRequest request, long requestValue, String requestValueValue)");
  }

  /**
   * Members whose locals in the generated writer would share a name: a property whenOpen beside the
   * local of when = "open", a property named link beside one named linkValue. Each gets its own.
   */
  @Test
  void membersWhoseWriterLocalsWouldShareANameCompile() throws Exception {
    JavaFileObject f = source("Ticket",
        "@CrmCard(title = \"Tickets\", targetUrl = \"https://t.example.com/cards/tickets\",",
        "         objectTypes = @ObjectType(TICKETS))",
        "@Action(id = \"close\", type = ACTION_HOOK, label = \"Close\",",
        "        uri = \"https://t.example.com/cards/tickets/{id}/close\", when = \"open\")",
        "record Ticket(@ObjectId long id, @Title String title,",
        "    @CardProperty(label = \"Open since\") String whenOpen,",
        "    @CardProperty(name = \"ticket_link\", label = \"Link\") String link,",
        "    @CardProperty(label = \"Link value\") String linkValue,",
        "    boolean open) {}");
    Compilation c = Cards.compile(List.of("-Xlint:all"), f);
    Cards.assertSucceededWithoutWarnings(c);
    String source = generated(c);
    assertThat(source).contains("String whenOpen = object.whenOpen();");
    assertThat(source).contains("boolean whenOpenValue = object.open();");
    assertThat(source).contains("String linkValue = object.link();");
    assertThat(source).contains("String linkValueValue = object.linkValue();");
  }

  @Test
  void routesParseEachPathParameterAsItsMembersType() throws Exception {
    String source = generated(Cards.compile(TICKET));
    assertThat(source).contains(".fetch(\"https://t.example.com/cards/tickets\", request -> {");
    assertThat(source)
        .contains(".hook(HttpMethod.POST, \"https://t.example.com/cards/queues/{queue}/tickets/{key}\", (request, path) -> "
            + "handler.assign(request, path.enumValue(\"queue\", Ticket.Queue.class), path.string(\"key\")))");
    assertThat(source)
        .contains(".hook(HttpMethod.PUT, \"https://t.example.com/cards/tickets/{uuid}/merge/{parent}\", (request, path) -> "
            + "handler.merge(request, path.uuid(\"uuid\"), path.intObject(\"parent\")))");
    assertThat(source).contains("public static HttpServlet servlet(Handler handler, CardSettings settings)");
  }

  @Test
  void placeholderOfATypeThatCannotComeBackFromAPathIsAnError() {
    JavaFileObject f = source("Bad",
        "@CrmCard(title = \"T\", targetUrl = \"https://t.example.com/f\", objectTypes = @ObjectType(DEALS))",
        "@Action(id = \"open\", type = ACTION_HOOK, label = \"Open\",",
        "        uri = \"https://t.example.com/deals/{created}\")",
        "record Bad(@ObjectId long id, @Title String title, @CardProperty(label = \"C\", type = DATE) LocalDate created) {}");
    assertThat(Cards.compile(f))
        .hadErrorContaining("uri placeholder {created} has type java.time.LocalDate, which does not come back from a path segment")
        .inFile(f).onLineContaining("{created}");
  }
}

package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Action} misused. Every case has two actions, so positions inside repeats are checked too. */
class ActionErrorsTest {

  private static final String HEADER =
      "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\", objectTypes = @ObjectType(CONTACTS))";
  private static final String EDIT =
      "@Action(id = \"edit\", type = IFRAME, label = \"Edit\", uri = \"https://bugs.example.com/ui/{id}/edit\")";
  private static final String RECORD =
      "record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String project, boolean open) {}";

  private static JavaFileObject card(String... actionLines) {
    String[] lines = new String[actionLines.length + 3];
    lines[0] = HEADER;
    lines[1] = EDIT;
    System.arraycopy(actionLines, 0, lines, 2, actionLines.length);
    lines[lines.length - 1] = RECORD;
    return source("Bug", lines);
  }

  private static JavaFileObject cardWithBaseUrls(String baseUrls, String... actionLines) {
    String[] lines = new String[actionLines.length + 2];
    lines[0] = HEADER.replace("))", "), actionBaseUrls = " + baseUrls + ")");
    System.arraycopy(actionLines, 0, lines, 1, actionLines.length);
    lines[lines.length - 1] = RECORD;
    return source("Bug", lines);
  }

  @Test
  void blankId() {
    JavaFileObject f = card("@Action(id = \"\", type = IFRAME, label = \"X\", uri = \"https://bugs.example.com/x\")");
    assertThat(compile(f)).hadErrorContaining("@Action id must not be blank").inFile(f).onLineContaining("id = \"\"");
  }

  @Test
  void blankLabel() {
    JavaFileObject f = card("@Action(id = \"x\", type = IFRAME, label = \"\", uri = \"https://bugs.example.com/x\")");
    assertThat(compile(f)).hadErrorContaining("@Action label must not be blank").inFile(f).onLineContaining("label = \"\"");
  }

  @Test
  void associatedPropertyNamedLikeAParameterHubSpotSends() {
    JavaFileObject f = card(
        "@Action(id = \"close\", type = ACTION_HOOK, label = \"Close\", uri = \"https://bugs.example.com/close\",",
        "    associatedObjectProperties = {\"email\", \"userEmail\"})");
    assertThat(compile(f))
        .hadErrorContaining("associatedObjectProperties names \"userEmail\", which HubSpot already sends with every"
            + " action request (userId, userEmail, associatedObjectId, associatedObjectType, portalId, appId), so the"
            + " record's value would be read as that parameter or lost. Remove \"userEmail\" from"
            + " associatedObjectProperties and read that property from HubSpot's CRM API by associatedObjectId.")
        .inFile(f).onLineContaining("\"userEmail\"})");
  }

  @Test
  void repeatedId() {
    JavaFileObject f = card("@Action(id = \"edit\", type = IFRAME, label = \"Again\", uri = \"https://bugs.example.com/x\")");
    assertThat(compile(f))
        .hadErrorContaining("@Action id \"edit\" is used twice")
        .inFile(f).onLineContaining("label = \"Again\"");
  }

  @Test
  void idThatCannotNameAMethod() {
    JavaFileObject f = card(
        "@Action(id = \"create-ticket\", type = ACTION_HOOK, label = \"Create\", uri = \"https://bugs.example.com/x\")");
    assertThat(compile(f))
        .hadErrorContaining("@Action id \"create-ticket\" must be a Java method name other than fetch")
        .inFile(f).onLineContaining("id = \"create-ticket\"");
    assertThat(compile(f)).hadErrorContaining("e.g. \"createTicket\"");
  }

  @Test
  void keywordIdAndFetchAreRejected() {
    JavaFileObject f = card(
        "@Action(id = \"fetch\", type = ACTION_HOOK, label = \"F\", uri = \"https://bugs.example.com/f\")",
        "@Action(id = \"class\", type = ACTION_HOOK, label = \"C\", uri = \"https://bugs.example.com/c\")");
    assertThat(compile(f)).hadErrorContaining("@Action id \"fetch\"").inFile(f).onLineContaining("id = \"fetch\"");
    assertThat(compile(f)).hadErrorContaining("@Action id \"class\"").inFile(f).onLineContaining("id = \"class\"");
  }

  @Test
  void uriThatIsNotAbsoluteHttps() {
    JavaFileObject f = card("@Action(id = \"x\", type = IFRAME, label = \"X\", uri = \"bugs.example.com/x\")");
    assertThat(compile(f))
        .hadErrorContaining("Action uri \"bugs.example.com/x\" must be an absolute https URL")
        .inFile(f).onLineContaining("uri = \"bugs.example.com/x\"");
  }

  @Test
  void aUriNoBrowserReadsAsWrittenIsAnErrorOnTheUri() {
    // java.net.URI takes them; HubSpot's fetch and a browser would refuse them or go elsewhere.
    for (String uri : java.util.List.of("https://bugs.example.com:70000/hook", "https://2130706433/hook",
        "https://[fe80::1%25eth0]/hook")) {
      JavaFileObject f = card("@Action(id = \"x\", type = ACTION_HOOK, label = \"X\", uri = \"" + uri + "\")");
      Compilation c = compile(f);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("Action uri ").inFile(f).onLineContaining("uri = \"" + uri + "\"");
    }
    JavaFileObject base = cardWithBaseUrls("\"https://bugs.example.com:70000\"",
        "@Action(id = \"x\", type = ACTION_HOOK, label = \"X\", uri = \"https://bugs.example.com/hook\")");
    assertThat(compile(base)).hadErrorContaining("has a port above 65535: \"https://bugs.example.com:70000\"");
  }

  @Test
  void unknownPlaceholderWithSuggestion() {
    JavaFileObject f = card(
        "@Action(id = \"resolve\", type = ACTION_HOOK, label = \"Resolve\", uri = \"https://bugs.example.com/{idd}/resolve\")");
    assertThat(compile(f))
        .hadErrorContaining("uri placeholder {idd} names no member of Bug. Did you mean 'id'?")
        .inFile(f).onLineContaining("{idd}");
  }

  @Test
  void placeholderOutsideObjectPlacement() {
    JavaFileObject f = card(
        "@Action(id = \"create\", type = IFRAME, label = \"Create\", placement = PRIMARY,",
        "        uri = \"https://bugs.example.com/{id}/new\")");
    assertThat(compile(f))
        .hadErrorContaining("only OBJECT actions may use them; this PRIMARY action must have a fixed uri")
        .inFile(f).onLineContaining("{id}/new");
  }

  @Test
  void methodOnIframe() {
    JavaFileObject f = card(
        "@Action(id = \"view\", type = IFRAME, label = \"View\", uri = \"https://bugs.example.com/v\",",
        "        method = HttpMethod.GET)");
    assertThat(compile(f))
        .hadErrorContaining("method is for hooks; an IFRAME action opens its uri in a modal")
        .inFile(f).onLineContaining("method = HttpMethod.GET");
  }

  @Test
  void widthOnAHook() {
    JavaFileObject f = card(
        "@Action(id = \"ping\", type = ACTION_HOOK, label = \"Ping\", uri = \"https://bugs.example.com/ping\",",
        "        width = 400)");
    assertThat(compile(f))
        .hadErrorContaining("width is for IFRAME actions only")
        .inFile(f).onLineContaining("width = 400");
  }

  @Test
  void confirmationTextOnAPlainHook() {
    JavaFileObject f = card(
        "@Action(id = \"ping\", type = ACTION_HOOK, label = \"Ping\", uri = \"https://bugs.example.com/ping\",",
        "        confirmButtonText = \"Sure\")");
    assertThat(compile(f))
        .hadErrorContaining("confirmButtonText is for CONFIRMATION_ACTION_HOOK actions only")
        .inFile(f).onLineContaining("confirmButtonText = \"Sure\"");
  }

  @Test
  void confirmationWithoutMessage() {
    JavaFileObject f = card(
        "@Action(id = \"drop\", label = \"Drop\", uri = \"https://bugs.example.com/drop\",",
        "        type = CONFIRMATION_ACTION_HOOK)");
    assertThat(compile(f))
        .hadErrorContaining("A CONFIRMATION_ACTION_HOOK needs confirmationMessage")
        .inFile(f).onLineContaining("type = CONFIRMATION_ACTION_HOOK");
  }

  @Test
  void whenNamingNoBooleanMember() {
    JavaFileObject f = card(
        "@Action(id = \"close\", type = ACTION_HOOK, label = \"Close\", uri = \"https://bugs.example.com/close\",",
        "        when = \"opn\")");
    assertThat(compile(f))
        .hadErrorContaining("when = \"opn\" names no boolean no-arg method, field or record component of Bug. Did you mean 'open'?")
        .inFile(f).onLineContaining("when = \"opn\"");
  }

  @Test
  void whenNamingANonBooleanMember() {
    JavaFileObject f = card(
        "@Action(id = \"close\", type = ACTION_HOOK, label = \"Close\", uri = \"https://bugs.example.com/close\",",
        "        when = \"project\")");
    assertThat(compile(f))
        .hadErrorContaining("('project' is java.lang.String)")
        .inFile(f).onLineContaining("when = \"project\"");
  }

  @Test
  void twoPrimaryActions() {
    JavaFileObject f = card(
        "@Action(id = \"a\", type = IFRAME, label = \"A\", uri = \"https://bugs.example.com/a\", placement = PRIMARY)",
        "@Action(id = \"b\", type = IFRAME, label = \"B\", uri = \"https://bugs.example.com/b\",",
        "        placement = PRIMARY)");
    assertThat(compile(f))
        .hadErrorContaining("Only one action can be PRIMARY; \"a\" already is")
        .inFile(f).onLineContaining("        placement = PRIMARY)");
  }

  @Test
  void twoSettingsActions() {
    JavaFileObject f = card(
        "@Action(id = \"a\", type = IFRAME, label = \"A\", uri = \"https://bugs.example.com/a\", placement = SETTINGS)",
        "@Action(id = \"b\", type = IFRAME, label = \"B\", uri = \"https://bugs.example.com/b\",",
        "        placement = SETTINGS)");
    assertThat(compile(f))
        .hadErrorContaining("Only one action can be SETTINGS; \"a\" already is")
        .inFile(f).onLineContaining("        placement = SETTINGS)");
  }

  @Test
  void settingsActionThatIsNotAnIframe() {
    JavaFileObject f = card(
        "@Action(id = \"configure\", label = \"Settings\", uri = \"https://bugs.example.com/s\", placement = SETTINGS,",
        "        type = ACTION_HOOK)");
    assertThat(compile(f))
        .hadErrorContaining("The SETTINGS action must be an IFRAME")
        .inFile(f).onLineContaining("type = ACTION_HOOK)");
  }

  @Test
  void uriOutsideExplicitBaseUrls() {
    JavaFileObject f = cardWithBaseUrls("\"https://bugs.example.com/hubspot/\"",
        "@Action(id = \"ok\", type = IFRAME, label = \"Ok\", uri = \"https://bugs.example.com/hubspot/ok\")",
        "@Action(id = \"away\", type = IFRAME, label = \"Away\",",
        "        uri = \"https://other.example.com/away\")");
    assertThat(compile(f))
        .hadErrorContaining("Action uri \"https://other.example.com/away\" is outside the card's actionBaseUrls")
        .inFile(f).onLineContaining("uri = \"https://other.example.com/away\"");
  }

  @Test
  void uriOnALookAlikeHostDoesNotCompile() {
    JavaFileObject f = cardWithBaseUrls("\"https://bugs.example.com\"",
        "@Action(id = \"ok\", type = ACTION_HOOK, label = \"Ok\", uri = \"https://bugs.example.com/hubspot/ok\")",
        "@Action(id = \"away\", type = ACTION_HOOK, label = \"Away\",",
        "        uri = \"https://bugs.example.com.evil.org/hubspot/away\")");
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "Action uri \"https://bugs.example.com.evil.org/hubspot/away\" is outside the card's actionBaseUrls:"
                + " HubSpot requires an action URI to have the protocol and host of one of the card's base URLs"
                + " [https://bugs.example.com] (a matching text prefix is not enough: the host differs)")
        .inFile(f).onLineContaining("uri = \"https://bugs.example.com.evil.org/hubspot/away\"");
  }

  @Test
  void uriOnTheHostOfABaseUrlCompilesWhateverItsCaseAndPath() {
    JavaFileObject f = cardWithBaseUrls("\"https://bugs.example.com/hubspot/\"",
        "@Action(id = \"ok\", type = ACTION_HOOK, label = \"Ok\", uri = \"https://BUGS.example.com/other/ok\")",
        "@Action(id = \"edit\", type = IFRAME, label = \"Edit\", uri = \"https://bugs.example.com/ui/{id}/edit\")");
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void uriWithAnotherProtocolThanItsBaseDoesNotCompile() {
    JavaFileObject f = cardWithBaseUrls("\"https://bugs.example.com\"",
        "@Action(id = \"local\", type = IFRAME, label = \"Local\", uri = \"http://localhost:8080/x\")");
    assertThat(compile(f))
        .hadErrorContaining("Action uri \"http://localhost:8080/x\" is outside the card's actionBaseUrls")
        .inFile(f).onLineContaining("uri = \"http://localhost:8080/x\"");
  }

  @Test
  void hookPlaceholderMustBeAWholeSegment() {
    JavaFileObject f = card(
        "@Action(id = \"resolve\", type = ACTION_HOOK, label = \"Resolve\",",
        "        uri = \"https://bugs.example.com/bug-{id}/resolve\")");
    assertThat(compile(f))
        .hadErrorContaining("each {placeholder} must be a whole path segment")
        .inFile(f).onLineContaining("bug-{id}");
  }

  @Test
  void twoHooksOnTheSameRoute() {
    JavaFileObject f = card(
        "@Action(id = \"a\", type = ACTION_HOOK, label = \"A\", uri = \"https://bugs.example.com/bugs/{id}\")",
        "@Action(id = \"b\", type = ACTION_HOOK, label = \"B\",",
        "        uri = \"https://bugs.example.com/bugs/{title}\")");
    assertThat(compile(f))
        .hadErrorContaining("Action \"b\" has the same method and path as action \"a\"")
        .inFile(f).onLineContaining("bugs/{title}");
  }

  @Test
  void unresolvedOptionInActionUri() {
    JavaFileObject f = card(
        "@Action(id = \"x\", type = IFRAME, label = \"X\",",
        "        uri = \"${uiBase}/x\")");
    assertThat(compile(f))
        .hadErrorContaining("\"${uiBase}\" has no value: pass -Acrmcards.uiBase=<value>")
        .inFile(f).onLineContaining("uri = \"${uiBase}/x\"");
  }

  /** javac stops before processing, so the error is its own, and crmcards neither adds one nor fails. */
  @Test
  void aConstantJavacCannotResolveIsJavacsToReport() {
    JavaFileObject f = card(
        "@Action(id = \"resolve\", type = ACTION_HOK, label = \"Resolve\", uri = \"https://bugs.example.com/r\")");
    var c = compile(f);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("type = ACTION_HOK");
    for (var error : c.errors()) {
      com.google.common.truth.Truth.assertThat(error.getMessage(null)).doesNotContain("crmcards");
    }
  }
}

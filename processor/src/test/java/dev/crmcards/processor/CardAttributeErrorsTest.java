package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.ID_TITLE_PROPERTY;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @CrmCard}'s own attributes: title, URLs, object types, names, placeholders. */
class CardAttributeErrorsTest {

  private static JavaFileObject cardWith(String... crmCardLines) {
    String[] lines = new String[crmCardLines.length + 2];
    lines[0] = "@CrmCard(";
    System.arraycopy(crmCardLines, 0, lines, 1, crmCardLines.length);
    lines[lines.length - 1] = ") record Bug(" + ID_TITLE_PROPERTY + ") {}";
    return source("Bug", lines);
  }

  @Test
  void blankTitle() {
    JavaFileObject f = cardWith(
        "  title = \"  \",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard title must not be blank")
        .inFile(f).onLineContaining("title = \"  \"");
  }

  @Test
  void relativeTargetUrl() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("targetUrl \"/fetch\" must be an absolute https URL")
        .inFile(f).onLineContaining("targetUrl = \"/fetch\"");
  }

  @Test
  void plainHttpTargetUrlOnAPublicHost() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"http://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("must use https; plain http is accepted for localhost only")
        .inFile(f).onLineContaining("targetUrl = \"http://bugs");
  }

  @Test
  void plainHttpOnLocalhostIsAWarning() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"http://localhost:8080/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    Compilation c = compile(f);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("uses plain http, accepted for localhost only")
        .inFile(f).onLineContaining("targetUrl = \"http://localhost");
  }

  @Test
  void targetUrlWithQuery() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch?x=1\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("must not have a query string")
        .inFile(f).onLineContaining("targetUrl = ");
  }

  @Test
  void noObjectTypes() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = {}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard objectTypes must name at least one record type")
        .inFile(f).onLineContaining("objectTypes = {}");
  }

  @Test
  void repeatedObjectType() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = {@ObjectType(CONTACTS),",
        "                 @ObjectType(value = CONTACTS, propertiesToSend = \"email\")}");
    assertThat(compile(f))
        .hadErrorContaining("Object type CONTACTS is listed twice")
        .inFile(f).onLineContaining("@ObjectType(value = CONTACTS, propertiesToSend");
  }

  @Test
  void blankPropertyToSend() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(value = CONTACTS,",
        "      propertiesToSend = {\"email\", \"\"})");
    assertThat(compile(f))
        .hadErrorContaining("propertiesToSend of CONTACTS contains a blank name")
        .inFile(f).onLineContaining("propertiesToSend = {\"email\", \"\"}");
  }

  @Test
  void repeatedPropertyToSend() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(value = DEALS,",
        "      propertiesToSend = {\"amount\", \"amount\"})");
    assertThat(compile(f))
        .hadErrorContaining("propertiesToSend of DEALS lists \"amount\" twice")
        .inFile(f).onLineContaining("propertiesToSend = {\"amount\"");
  }

  @Test
  void propertyToSendNamedLikeATableParameterEvenWithoutSearch() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\", layout = CardLayout.TABLE,",
        "  objectTypes = @ObjectType(value = CONTACTS, propertiesToSend = {\"email\",",
        "      \"q\"})");
    assertThat(compile(f))
        .hadErrorContaining("propertiesToSend of CONTACTS names \"q\", which a TABLE card's data fetch already has"
            + " for its paging, sorting and search (page, pageSize, sort, q), so the record's value would be read as"
            + " that parameter or lost. Remove \"q\" from propertiesToSend and read that property from HubSpot's CRM"
            + " API by associatedObjectId, or use layout = CardLayout.TILES.")
        .inFile(f).onLineContaining("\"q\"})");
  }

  @Test
  void propertyToSendNamedLikeAParameterHubSpotSends() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(value = CONTACTS,",
        "      propertiesToSend = \"portalId\")");
    assertThat(compile(f))
        .hadErrorContaining("propertiesToSend of CONTACTS names \"portalId\", which HubSpot already sends with every"
            + " data fetch (userId, userEmail, associatedObjectId, associatedObjectType, portalId, appId), so the"
            + " record's value would be read as that parameter or lost. Remove \"portalId\" from propertiesToSend"
            + " and read that property from HubSpot's CRM API by associatedObjectId.")
        .inFile(f).onLineContaining("propertiesToSend = \"portalId\"");
  }

  @Test
  void aTilesCardMaySendAPropertyNamedLikeATableParameter() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(value = CONTACTS, propertiesToSend = {\"page\", \"sort\"})");
    Cards.assertSucceededWithoutWarnings(compile(f));
  }

  @Test
  void badCardName() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\", name = \"My Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard name \"My Bugs\" must be lower-case letters and digits separated by single dashes")
        .inFile(f).onLineContaining("name = \"My Bugs\"");
  }

  @Test
  void unresolvedPlaceholderNamesTheOption() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"${bugsHost}/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    assertThat(compile(f))
        .hadErrorContaining("\"${bugsHost}\" has no value: pass -Acrmcards.bugsHost=<value> to javac")
        .inFile(f).onLineContaining("targetUrl = \"${bugsHost}/fetch\"");
  }

  @Test
  void placeholderIsFilledFromTheOption() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"${bugsHost}/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS)");
    Compilation c = Cards.compile(List.of("-Acrmcards.bugsHost=https://staging.example.com"), f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/bug.json")
        .contentsAsUtf8String()
        .contains("\"targetUrl\": \"https://staging.example.com/fetch\"");
  }

  @Test
  void actionBaseUrlMustBeAbsolute() {
    JavaFileObject f = cardWith(
        "  title = \"Bugs\",",
        "  targetUrl = \"https://bugs.example.com/fetch\",",
        "  objectTypes = @ObjectType(CONTACTS),",
        "  actionBaseUrls = {\"https://a.example.com\", \"bugs.example.com\"}");
    assertThat(compile(f))
        .hadErrorContaining("actionBaseUrls entry \"bugs.example.com\" must be an absolute https URL")
        .inFile(f).onLineContaining("actionBaseUrls = ");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    JavaFileObject f = cardWith(
        "  title = \"\",",
        "  targetUrl = \"ftp://bugs.example.com/fetch\",",
        "  objectTypes = {}");
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("must use https, not ftp").inFile(f).onLineContaining("ftp://");
  }
}

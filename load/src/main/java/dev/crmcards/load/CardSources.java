package dev.crmcards.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes annotated card classes for {@code load/processor-scale.sh}: {@code COUNT} cards (records
 * and classes in turn, every property type, iframe, hook and confirmation actions with {@code {id}}
 * placeholders, conditions, top-level actions), and one app of {@code APP} cards with a handler
 * each and a class serving them all from one {@link dev.crmcards.servlet.CrmCardsServlet}.
 *
 * <p>The processor accepts at most 25 cards per compilation (HubSpot's limit per app), so the
 * {@code COUNT} cards go to directories {@code group0}, {@code group1}, ... of 25 cards each, one
 * compilation each, and the app to the directory {@code app}.
 *
 * <p>{@code CardSources OUT_DIR COUNT APP}
 */
public final class CardSources {
  /** The processor's limit: cards per compilation. */
  static final int PER_COMPILATION = 25;

  private static final String[] OBJECT_TYPES = {"CONTACTS", "COMPANIES", "DEALS", "TICKETS"};

  /** Property kinds: annotation type, Java type, sample value. */
  private static final String[][] PROPERTIES = {
    {"STRING", "String"},
    {"NUMERIC", "int"},
    {"CURRENCY", "BigDecimal"},
    {"DATE", "LocalDate"},
    {"DATETIME", "Instant"},
    {"EMAIL", "String"},
    {"LINK", "URI"},
    {"STATUS", "Level"},
    {"NUMERIC", "BigDecimal"},
    {"STRING", "Level"},
    {"DATETIME", "long"},
    {"STATUS", "String"},
  };

  private CardSources() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CardSources OUT_DIR COUNT APP");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int app = Integer.parseInt(args[2]);
    int files = 0;
    for (int i = 0; i < count; i++) {
      int group = i / PER_COMPILATION;
      // Two packages per group.
      String pkg = "scale.group" + group + ".p" + (i % 2);
      String name = "Item" + i;
      write(out.resolve("group" + group), pkg, name, card(pkg, name, i, "items" + i));
      if (i % PER_COMPILATION < 2) {
        write(out.resolve("group" + group), pkg, "Level", level(pkg));
        files++;
      }
      files++;
    }
    List<String> handlers = new ArrayList<>();
    Path appDir = out.resolve("app");
    for (int k = 0; k < app; k++) {
      String name = "AppCard" + k;
      write(appDir, "scale.app", name, card("scale.app", name, 1000 + k, "app" + k));
      write(appDir, "scale.app", name + "Handler", handler(name, 1000 + k));
      handlers.add(name);
      files += 2;
    }
    if (app > 0) {
      write(appDir, "scale.app", "Level", level("scale.app"));
      write(appDir, "scale.app", "App", appClass(handlers));
      files += 2;
    }
    System.out.println("wrote " + files + " source files to " + out);
  }

  private static void write(Path root, String pkg, String name, String code) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, code, UTF_8);
  }

  private static String level(String pkg) {
    return "package " + pkg + ";\n\n/** A status value. */\npublic enum Level {\n  LOW,\n  MID,\n"
        + "  HIGH\n}\n";
  }

  /** Whether card {@code i} has the hook actions (with their handler methods). */
  private static boolean hasHooks(int i) {
    return i % 3 != 2;
  }

  private static String card(String pkg, String name, int i, String slug) {
    boolean record = i % 2 == 0;
    String host = "https://cards" + (i % 7) + ".example.com";
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    for (String type : new String[] {"Action", "ActionPlacement", "ActionType", "CardProperty",
        "CrmCard", "CrmObjectType", "ExtraProperties", "HttpMethod", "Link", "ObjectId",
        "ObjectType", "Property", "PropertyType", "StatusOption", "StatusType", "Title"}) {
      s.append("import dev.crmcards.").append(type).append(";\n");
    }
    s.append("import java.math.BigDecimal;\nimport java.net.URI;\nimport java.time.Instant;\n"
        + "import java.time.LocalDate;\nimport java.util.List;\n\n");
    s.append("/** Generated card ").append(i).append(". */\n");
    String objectType = OBJECT_TYPES[i % OBJECT_TYPES.length];
    s.append("@CrmCard(\n    title = \"").append(name).append(" card\",\n")
        .append("    targetUrl = \"").append(host).append("/hubspot/").append(slug).append("\",\n")
        .append("    objectTypes = {\n        @ObjectType(value = CrmObjectType.").append(objectType)
        .append(", propertiesToSend = {\"email\", \"prop").append(i % 5).append("\"})");
    if (i % 4 == 0) {
      s.append(",\n        @ObjectType(CrmObjectType.").append(OBJECT_TYPES[(i + 1) % 4]).append(")");
    }
    s.append("})\n");
    s.append("@Action(id = \"edit\", type = ActionType.IFRAME, label = \"Edit\",\n    uri = \"")
        .append(host).append("/ui/").append(slug).append("/{id}/edit\", width = ")
        .append(600 + i % 300).append(", height = 400)\n");
    if (hasHooks(i)) {
      s.append("@Action(id = \"done\", type = ActionType.ACTION_HOOK, label = \"Done\",\n")
          .append("    method = HttpMethod.PUT, uri = \"").append(host).append("/hubspot/")
          .append(slug).append("/{id}/done\", when = \"open\")\n");
      s.append("@Action(id = \"remove\", type = ActionType.CONFIRMATION_ACTION_HOOK, label = ")
          .append("\"Remove\",\n    method = HttpMethod.DELETE, uri = \"").append(host)
          .append("/hubspot/").append(slug).append("/{id}\",\n")
          .append("    associatedObjectProperties = {\"prop").append(i % 5).append("\"},\n")
          .append("    confirmationMessage = \"Remove it?\", confirmButtonText = \"Yes\",")
          .append(" cancelButtonText = \"No\")\n");
    }
    if (i % 5 == 0) {
      s.append("@Action(id = \"create\", type = ActionType.IFRAME, label = \"Create\",\n")
          .append("    uri = \"").append(host).append("/ui/").append(slug)
          .append("/new\", placement = ActionPlacement.PRIMARY)\n");
    }
    List<String> members = new ArrayList<>();
    members.add("@ObjectId long id");
    members.add("@Title String title");
    members.add("@Link URI link");
    int properties = 3 + i % 7;
    for (int p = 0; p < properties; p++) {
      String[] kind = PROPERTIES[(i + p) % PROPERTIES.length];
      String options = "";
      if (kind[0].equals("STATUS")) {
        options = ",\n        options = {\n"
            + "          @StatusOption(name = \"LOW\", label = \"Low\", type = StatusType.SUCCESS),\n"
            + "          @StatusOption(name = \"MID\", type = StatusType.WARNING),\n"
            + "          @StatusOption(name = \"HIGH\", label = \"High\", type = StatusType.DANGER)}";
      }
      members.add("@CardProperty(name = \"p" + p + "_" + kind[0].toLowerCase() + "\", label = \"P"
          + p + "\", type = PropertyType." + kind[0] + options + ") " + kind[1] + " p" + p);
    }
    if (i % 3 == 0) {
      members.add("@ExtraProperties List<Property> extra");
    }
    members.add("boolean closed");
    if (record) {
      s.append("public record ").append(name).append("(\n    ")
          .append(String.join(",\n    ", members)).append(") {\n\n")
          .append("  boolean open() {\n    return !closed;\n  }\n}\n");
    } else {
      s.append("public final class ").append(name).append(" {\n");
      for (String member : members) {
        s.append("  ").append(member).append(";\n");
      }
      s.append("\n  boolean open() {\n    return !closed;\n  }\n}\n");
    }
    return s.toString();
  }

  private static String handler(String card, int i) {
    StringBuilder s = new StringBuilder();
    s.append("package scale.app;\n\n")
        .append("import dev.crmcards.ActionRequest;\nimport dev.crmcards.ActionResult;\n")
        .append("import dev.crmcards.CardResponse;\nimport dev.crmcards.FetchRequest;\n")
        .append("import java.util.List;\n\n")
        .append("/** What card ").append(card).append(" does. */\n")
        .append("final class ").append(card).append("Handler implements ").append(card)
        .append("CrmCard.Handler {\n")
        .append("  @Override\n  public CardResponse<").append(card)
        .append("> fetch(FetchRequest request) {\n    return CardResponse.of(List.of());\n  }\n");
    if (hasHooks(i)) {
      s.append("\n  @Override\n  public ActionResult done(ActionRequest request, long id) {\n")
          .append("    return ActionResult.ok(\"done \" + id);\n  }\n")
          .append("\n  @Override\n  public ActionResult remove(ActionRequest request, long id) {\n")
          .append("    return ActionResult.ok(\"removed \" + id);\n  }\n");
    }
    return s.append("}\n").toString();
  }

  private static String appClass(List<String> cards) {
    StringBuilder s = new StringBuilder();
    s.append("package scale.app;\n\n")
        .append("import dev.crmcards.servlet.CardSettings;\n")
        .append("import dev.crmcards.servlet.CrmCardsServlet;\n")
        .append("import jakarta.servlet.http.HttpServlet;\nimport java.util.List;\n\n")
        .append("/** All the app's cards behind one servlet. */\npublic final class App {\n")
        .append("  private App() {}\n\n")
        .append("  public static HttpServlet servlet(CardSettings settings) {\n")
        .append("    return new CrmCardsServlet(\n        List.of(");
    for (int k = 0; k < cards.size(); k++) {
      s.append(k == 0 ? "" : ",\n            ").append(cards.get(k)).append("CrmCard.routes(new ")
          .append(cards.get(k)).append("Handler())");
    }
    return s.append("),\n        settings);\n  }\n}\n").toString();
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.check.CardServerUrl;
import dev.crmcards.cli.request.HttpUrlText;
import dev.crmcards.cli.request.HubSpotRequests;
import dev.crmcards.cli.request.SignedRequest;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    header = "Print a curl command for a request signed as HubSpot signs it.",
    description = {
      "For trying a card server by hand: a data fetch, an action hook, or a FORM action's submission,"
          + " which check and preview do not send. URL is what HubSpot would call and sign: the card's"
          + " targetUrl or an action's uri, placeholders filled in, with the query HubSpot adds"
          + " (userId, portalId, associatedObjectId, associatedObjectType, ...). --url sends it to your"
          + " server instead, and the signatures still cover URL, as HubSpot's would.",
      "A v3 signature is good for five minutes from now; v2 (--signature v2) has no timestamp, and"
          + " a crmcards server takes it alone only when set up with requireV3(false)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error"})
final class SignCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Parameters(paramLabel = "URL", description = "The URL HubSpot would call, with its query.")
  String url;

  @Option(
      names = {"-X", "--method"},
      paramLabel = "METHOD",
      defaultValue = "GET",
      completionCandidates = Methods.class,
      description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String method;

  /** The methods HubSpot calls cards with: a hook's, which include the data fetch's GET. */
  static final class Methods implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ActionShapes.METHODS.iterator();
    }
  }

  @ArgGroup(exclusive = true)
  Body body;

  /** The body: given on the command line, or read from a file (one too long for a command line). */
  static final class Body {
    @Option(
        names = {"-d", "--data"},
        paramLabel = "BODY",
        description = "The body, sent byte for byte as given: a form's JSON, say.")
    String text;

    @Option(
        names = "--data-file",
        paramLabel = "FILE",
        description = "The body, read from FILE byte for byte; curl sends that file, so leave it as it is.")
    Path file;
  }

  @Option(
      names = "--content-type",
      paramLabel = "TYPE",
      description = "The body's Content-Type (default: application/json for a body that starts with { or [,"
          + " else application/x-www-form-urlencoded, as legacy cards send an action's parameters).")
  String contentType;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Send it here instead: an origin, e.g. http://127.0.0.1:8080; URL's path and query go on it.")
  String server;

  @Mixin SigningOptions signing;

  @Override
  public Integer call() {
    if (url.indexOf('#') >= 0) {
      throw new UsageException("URL has a fragment (" + url.substring(url.indexOf('#'))
          + "); HubSpot calls a card without one, and the signature would cover it: leave it out");
    }
    String declared = HttpUrlText.asSent(url);
    if (Urls.httpUrl(declared).isEmpty()) {
      throw new UsageException("URL must be an absolute http(s) URL, got " + url);
    }
    String upper = method.toUpperCase(Locale.ROOT);
    if (!ActionShapes.METHODS.contains(upper)) {
      throw new UsageException(
          "--method must be one of " + String.join(", ", ActionShapes.METHODS) + ", got " + method);
    }
    if (body != null && upper.equals("GET")) {
      throw new UsageException("a GET has no body: HubSpot sends the data fetch's values in the query");
    }
    if (body == null && contentType != null) {
      throw new UsageException("--content-type describes a body; give one with --data or --data-file");
    }
    CardServerUrl sentTo = server == null ? null : new CardServerUrl(server, "--url");
    if (sentTo != null && !sentTo.originOnly()) {
      // Its path would be dropped without a word: the request keeps URL's, as HubSpot's local
      // proxy keeps the path of what it forwards.
      throw new UsageException("--url takes an origin, such as http://127.0.0.1:8080, got " + server
          + ": the request goes to URL's own path and query on it");
    }
    byte[] bytes = bytes();
    String called = sentTo == null ? declared : sentTo.actionUrl(declared);
    String type = body == null ? null : contentType != null ? contentType : defaultType(bytes);
    SignedRequest request =
        HubSpotRequests.asGiven(
            upper, declared, called, bytes, type, signing.secret(cli.environment()), signing.signature,
            signing.signer(), cli.clock().millis());
    cli.out().println(curl(request, body == null ? null : body.text, body == null ? null : body.file));
    return 0;
  }

  private byte[] bytes() {
    if (body == null) {
      return new byte[0];
    }
    if (body.text != null) {
      return body.text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Files.readAllBytes(body.file);
    } catch (IOException e) {
      throw new UsageException("cannot read --data-file: " + IoFailures.describe(e), e);
    }
  }

  /** A JSON document as a form sends it; anything else as a legacy action's parameters. */
  private static String defaultType(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b == '{' || b == '[' ? FormInputs.CONTENT_TYPE : HubSpotRequests.FORM;
      }
    }
    return HubSpotRequests.FORM;
  }

  /**
   * The command, one option a line; it fails (exit 22) on an error status and still prints the
   * server's answer, which names what it refused. A body given as text goes as {@code --data-raw},
   * which takes a leading {@code @} literally; one from a file as that file.
   */
  static String curl(SignedRequest request, String text, Path file) {
    StringBuilder out = new StringBuilder("curl --silent --show-error --fail-with-body");
    if (!request.method().equals("GET")) {
      out.append(" -X ").append(request.method());
    }
    out.append(' ').append(quoted(request.url()));
    if (request.contentType() != null) {
      header(out, "Content-Type", request.contentType());
    }
    for (Map.Entry<String, String> h : new TreeMap<>(request.headers()).entrySet()) {
      header(out, h.getKey(), h.getValue());
    }
    if (text != null) {
      out.append(" \\\n  --data-raw ").append(quoted(text));
    } else if (file != null) {
      out.append(" \\\n  --data-binary ").append(quoted("@" + file.toAbsolutePath()));
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String value) {
    out.append(" \\\n  -H ").append(quoted(name + ": " + value));
  }

  /** In single quotes for a POSIX shell, which take everything literally but a single quote. */
  static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}

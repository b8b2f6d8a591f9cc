package dev.crmcards.test;

import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.RawRequest;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import dev.crmcards.servlet.CardSettings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Plays HubSpot against your cards in a JUnit test: builds the requests HubSpot sends, signs them
 * with the tester's own client secret (v3 and v2, as HubSpot does), and runs them in process
 * through the same {@link CardPipeline} the servlet uses: signature check, routing, parsing, your
 * handler under its deadline, the generated JSON writer.
 *
 * <pre>{@code
 * try (CardTester tester = CardTester.of(InvoiceCrmCard.routes(new Invoices()))) {
 *   CardTester.Answer a = tester.fetch("https://billing.acme.test/hubspot/invoices")
 *       .objectType(CrmObjectType.COMPANIES).objectId(53701)
 *       .property("domain", "acme.test")
 *       .send();
 *   assertEquals(200, a.status());
 *   assertEquals(List.of(), a.problems());   // the card shows it
 * }
 * }</pre>
 *
 * <p>Answers are judged by the clients a crmcards app card meets, {@link #APP_CARD_CLIENTS}:
 * HubSpot's cards API, {@code hubspot.fetch} and crmcards' card UI. Cards still shown by legacy
 * cards or by HubSpot's legacy-card converter add those with {@link Builder#alsoFor}.
 *
 * <p>URLs are the ones the card declares (its {@code targetUrl}, an action's {@code uri} with the
 * placeholders filled in): they are what HubSpot calls and signs. Thread-safe; {@link #close()}
 * stops the pipeline's handler threads.
 */
public final class CardTester implements AutoCloseable {
  /** The clients of a crmcards app card, which every answer is judged by. */
  public static final Set<Client> APP_CARD_CLIENTS = Client.APP_CARD_CLIENTS;

  private final CardPipeline pipeline;
  private final String clientSecret;
  private final Clock clock;
  private final CardDefinitions definitions;
  private final Set<Client> clients;

  private CardTester(Builder builder) {
    this.clientSecret = builder.clientSecret;
    this.clock = builder.clock;
    this.clients = Collections.unmodifiableSet(EnumSet.copyOf(builder.clients));
    CardSettings.Builder settings = CardSettings.builder().clientSecret(clientSecret).clock(clock);
    builder.settings.accept(settings);
    this.pipeline = CardPipeline.create(settings.build(), builder.cards);
    this.definitions = CardDefinitions.load(builder.cards, builder.classLoader);
  }

  /** A tester for the given cards, with a client secret of its own and the system clock. */
  public static CardTester of(CardRoutes... cards) {
    return builder(cards).build();
  }

  /** A tester with a chosen secret, clock or further {@link CardSettings}. */
  public static Builder builder(CardRoutes... cards) {
    return new Builder(List.of(cards));
  }

  /**
   * The data fetch HubSpot sends when a user opens a record: {@code GET url?userId=…&…}. The
   * record is a contact of the card's first object type unless the request says otherwise.
   *
   * <p>A TABLE card's page is judged as {@code check} judges it: its rows against its {@code
   * total}, and, when the page comes back full and the card would offer the next, that next page
   * beside it, since only two pages show a server that ignores the page asked for. So the
   * handler is called a second time, for the next page of the same request, and a test counting
   * its calls counts that one too.
   *
   * @param url the card's {@code targetUrl}, without query
   */
  public RequestBuilder fetch(String url) {
    return new RequestBuilder(this, HttpMethod.GET, url, false);
  }

  /**
   * An action hook, as a legacy card sends it: the defaults and properties in the query for GET and
   * DELETE, in a form-urlencoded body for POST, PUT and PATCH ({@link RequestBuilder#jsonBody()}
   * for the app-card converter's JSON body).
   *
   * @param url the action's {@code uri} with its placeholders filled in, e.g. {@code
   *     https://billing.acme.test/hubspot/invoices/1001/remind}
   */
  public RequestBuilder hook(HttpMethod method, String url) {
    return new RequestBuilder(this, Objects.requireNonNull(method, "method"), url, true);
  }

  /**
   * Sends exactly this request, signed or not as its headers say: for requests the builders do not
   * make, such as a forged signature. Only this request is sent and judged: a TABLE page's paging
   * is judged by {@link #fetch}, which can ask for the next page the same way.
   */
  public Answer send(String method, String url, Map<String, String> headers, byte[] body) {
    String withoutQuery = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
    boolean fetch = "GET".equals(method) && definitions.isTargetUrl(withoutQuery);
    return send(RawRequest.of(method, url, headers, body), fetch, withoutQuery);
  }

  /** The client secret requests are signed with (the card settings trust it). */
  public String clientSecret() {
    return clientSecret;
  }

  /** The clock requests are signed and verified by. */
  public Clock clock() {
    return clock;
  }

  /** The clients answers are judged by: {@link #APP_CARD_CLIENTS} and those added. */
  public Set<Client> clients() {
    return clients;
  }

  Answer send(RawRequest request, boolean fetch, String url) {
    return send(request, fetch, url, Optional.empty());
  }

  /** A data fetch; for a TABLE card's page, judged across pages too ({@link TablePaging}). */
  Answer fetch(RawRequest request, String url, Optional<PageAsked> page) {
    return send(request, true, url, page);
  }

  private Answer send(RawRequest request, boolean fetch, String url, Optional<PageAsked> page) {
    var answer = pipeline.handle(request);
    String body = answer.bodyText();
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(answer.headers());
    String contentType = headers.get("Content-Type");
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (fetch && !definitions.isTargetUrl(url)) {
      problems.add("$: " + url + " is no tested card's targetUrl; HubSpot sends the data fetch to the targetUrl only");
    }
    List<Problem> findings =
        new ArrayList<>(
            fetch
                ? definitions.fetchFindings(url, answer.status(), contentType, body)
                : definitions.hookFindings(request.method(), url, answer.status(), contentType, body));
    if (answer.status() == 200) {
      // After this answer's body is read: the next page's answer may reuse this thread's buffer.
      page.ifPresent(asked -> findings.addAll(TablePaging.findings(pipeline, asked, body)));
    }
    for (Problem finding : findings) {
      if (finding.concerns(clients) && finding.severity() == Severity.ERROR) {
        problems.add(finding.toString());
      } else if (finding.concerns(clients) && finding.severity() == Severity.WARNING) {
        warnings.add(finding.toString());
      }
    }
    return new Answer(answer.status(), body, headers, problems, warnings);
  }

  CardDefinitions definitions() {
    return definitions;
  }

  /** Stops the handler threads of the pipeline. */
  @Override
  public void close() {
    pipeline.close();
  }

  /** What the card answered. */
  public static final class Answer {
    private final int status;
    private final String body;
    private final Map<String, String> headers;
    private final List<String> problems;
    private final List<String> warnings;

    Answer(int status, String body, Map<String, String> headers, List<String> problems, List<String> warnings) {
      this.status = status;
      this.body = body;
      this.headers = headers;
      this.problems = List.copyOf(problems);
      this.warnings = List.copyOf(warnings);
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** The body, as UTF-8 text: the card's JSON, or {@code {"message": "..."}}. */
    public String body() {
      return body;
    }

    /** A response header, by case-insensitive name. */
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }

    /** The response headers. */
    public Map<String, String> headers() {
      return headers;
    }

    /**
     * The errors {@code crmcards-cli check} reports about the answer for the tester's {@link
     * CardTester#clients() clients}, one line each, such as {@code $.results[0].created: [legacy,
     * converter, old-converter, app-card] DATE must be yyyy-mm-dd, got "2026/11/02"}. For a data
     * fetch, checked against the card's definition, empty means the card shows it as meant; for a
     * hook, empty means the user sees its message as a success or error alert; for a form (a URL
     * and method the card's view gives a form), that each field error is shown at an input of the
     * form. For a TABLE card's page they include what the page after it shows when the card
     * would offer that page ({@link CardTester#fetch}), such as a server ignoring the page asked
     * for. Findings that concern only other clients are left out.
     */
    public List<String> problems() {
      return problems;
    }

    /**
     * What the tester's clients show, but not quite as meant, one line each: a sixth object that
     * is not shown, a key no display property names, a hook answering with an error status, a
     * form failing without an error at any of its inputs.
     */
    public List<String> warnings() {
      return warnings;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** Chooses the tester's secret, clock and card settings. Not thread-safe. */
  public static final class Builder {
    private final List<CardRoutes> cards;
    private String clientSecret = randomSecret();
    private Clock clock = Clock.systemUTC();
    private Consumer<CardSettings.Builder> settings = s -> {};
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final Set<Client> clients = EnumSet.copyOf(APP_CARD_CLIENTS);

    private Builder(List<CardRoutes> cards) {
      if (cards.isEmpty()) {
        throw new IllegalArgumentException("no cards: pass XCrmCard.routes(handler) for each card");
      }
      this.cards = cards;
    }

    /** The secret the cards trust and requests are signed with (default: a random one). */
    public Builder clientSecret(String secret) {
      this.clientSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** The clock requests are signed and verified by: fix it to test the v3 timestamp window. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Further card settings, e.g. {@code s -> s.handlerTimeout(Duration.ofMillis(100))}, applied
     * after the tester's secret and clock (so {@code s.clientSecrets(tester, old)} tests a rotation).
     */
    public Builder settings(Consumer<CardSettings.Builder> settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Judges answers also by these clients, e.g. {@code alsoFor(Client.CONVERTER)} for a card
     * that HubSpot's legacy-card converter shows ({@link Client#OLD_CONVERTER} for a copy of it
     * taken before its 2026-08 fix), or {@link Client#LEGACY_CARDS}.
     */
    public Builder alsoFor(Client... more) {
      for (Client client : more) {
        clients.add(Objects.requireNonNull(client, "client"));
      }
      return this;
    }

    /**
     * Where the generated cards, and so their definitions, are found (default: the context class
     * loader).
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    public CardTester build() {
      return new CardTester(this);
    }

    private static String randomSecret() {
      byte[] bytes = new byte[16];
      new SecureRandom().nextBytes(bytes);
      return "test-" + HexFormat.of().formatHex(bytes);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

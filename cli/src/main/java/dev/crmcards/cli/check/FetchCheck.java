package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.cli.definition.CardViewFile;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.request.HubSpotRequests;
import dev.crmcards.cli.request.Param;
import dev.crmcards.cli.request.SampleRecord;
import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.SignedRequest;
import dev.crmcards.cli.request.Signer;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.ProxyEnvelope;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.check.CardView;
import dev.crmcards.rules.check.Definition;
import dev.crmcards.rules.check.DefinitionCheck;
import dev.crmcards.rules.check.PageTotalCheck;
import dev.crmcards.rules.check.PagingCheck;
import dev.crmcards.rules.check.ResponseCheck;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Plays HubSpot against a card server: reports what the clients make of the card definition, sends
 * the signed data fetch a user opening a record would cause, times it, and checks the answer with the rules' {@link ResponseCheck} and {@link
 * TimingRules}; judges a TABLE page's rows against its total ({@link PageTotalCheck}) and, for a
 * page the card UI would follow with another, asks for that page too and checks the two with
 * {@link PagingCheck}.
 */
public final class FetchCheck {
  /** The clients that meet an answer only through HubSpot's proxy. */
  static final Set<Client> THROUGH_THE_PROXY = Set.of(Client.HUBSPOT_FETCH, Client.APP_CARD);

  /** How long to wait for an answer: longer than HubSpot, to report how slow a slow one is. */
  static final Duration WAIT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final Clock clock;

  public FetchCheck(Clock clock) {
    this(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(Limits.CONNECT_TIMEOUT_MILLIS))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        clock);
  }

  FetchCheck(HttpClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * @param type a type the card shows on, as {@link ObjectTypeNames#choose} chose it
   * @param server where to send the fetch (the card server under test; it may differ from the
   *     definition's {@code targetUrl})
   * @param signer whom to play: HubSpot signs the {@code targetUrl}, the local proxy the URL called
   * @param properties {@code --property} values: record properties and defaults to override
   * @throws UsageException if the server cannot be reached at all
   */
  public CheckResult run(
      CardDefinition card,
      CrmObjectType type,
      CardServerUrl server,
      String secret,
      SignatureChoice signatures,
      Signer signer,
      Map<String, String> properties) {
    SampleRecord record = new SampleRecord(type, properties);
    CardObjectType objectType = card.objectType(type.definitionName()).orElseThrow();
    // A targetUrl that is no URL is a definition problem, reported below; sign what is sent then.
    String declared = Urls.isHttpUrl(card.targetUrl()) ? card.targetUrl() : server.url();
    // A TABLE card is asked for its first page as crmcards' card UI asks, and judged by its view.
    Optional<CardView> view = CardViewFile.of(card);
    Definition rules = view.map(card.rules()::withView).orElse(card.rules());
    boolean table = view.filter(CardView::isTable).isPresent();
    List<Param> parameters =
        table
            ? record.tableFetchParameters(objectType.propertiesToSend(), view.get().pageSize())
            : record.fetchParameters(objectType.propertiesToSend());
    Function<List<Param>, SignedRequest> signed =
        query -> HubSpotRequests.fetch(declared, server.fetchUrl(declared), query, secret, signatures, signer, clock.millis());
    SignedRequest request = signed.apply(parameters);

    Problems problems = new Problems();
    problems.addAll(definitionProblems(card));
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = send(request);
    } catch (HttpConnectTimeoutException e) {
      problems.error(JsonPath.ROOT, TimingRules.LEGACY, "no connection within 3 s; legacy cards give up connecting after 3 s");
      return new CheckResult(request, -1, elapsed(start), null, problems.list());
    } catch (HttpTimeoutException e) {
      problems.error(
          JsonPath.ROOT, TimingRules.RENDERERS, "no response within " + WAIT.toSeconds() + " s; HubSpot gives up after 5 s");
      return new CheckResult(request, -1, elapsed(start), null, problems.list());
    }
    long elapsed = elapsed(start);
    String text = new String(response.body(), StandardCharsets.UTF_8);
    ResponseCheck.Checked checked =
        ResponseCheck.checked(
            rules, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), text);
    problems.addAll(checked.problems());
    if (ProxyEnvelope.wraps(response.statusCode())) {
      problems.warning(JsonPath.ROOT, THROUGH_THE_PROXY, ProxyEnvelope.warning(response.statusCode()));
    }
    JsonNode body = readable(response);
    TimingRules.check(elapsed, problems);
    Optional<CheckResult.NextPage> nextPage =
        table && body != null ? nextPage(parameters, checked.answer(), signed, problems) : Optional.empty();
    return new CheckResult(request, response.statusCode(), elapsed, body, problems.list(), nextPage);
  }

  /**
   * Judges a TABLE page's rows against its total with {@link PageTotalCheck}; and when the card UI
   * would offer the page after a full one: that page, asked for and signed as the first, and
   * judged beside it by {@link PagingCheck}, since only two pages show a server that ignores the
   * page asked for.
   */
  private Optional<CheckResult.NextPage> nextPage(
      List<Param> parameters, JsonValue answer, Function<List<Param>, SignedRequest> signed, Problems problems) {
    OptionalInt page = number(parameters, CardViews.PAGE);
    OptionalInt pageSize = number(parameters, CardViews.PAGE_SIZE);
    if (page.isEmpty() || pageSize.isEmpty()) {
      return Optional.empty();
    }
    // Filled in if the next page is asked for: what the report says of it.
    List<CheckResult.NextPage> asked = new ArrayList<>(1);
    problems.addAll(PagingCheck.acrossPages(
        answer, page.getAsInt(), pageSize.getAsInt(), next -> {
          SignedRequest request = signed.apply(onPage(parameters, next));
          long start = System.nanoTime();
          PagingCheck.Fetched fetched;
          try {
            HttpResponse<byte[]> response = send(request);
            fetched = new PagingCheck.Fetched(
                response.statusCode(), JsonReader.parseOrMissing(new String(response.body(), StandardCharsets.UTF_8)));
          } catch (HttpTimeoutException e) {
            fetched = new PagingCheck.Fetched(-1, JsonValue.MISSING);
          }
          JsonValue results = fetched.answer().path("results");
          asked.add(new CheckResult.NextPage(
              request, next, fetched.status(), elapsed(start), results.isArray() ? results.size() : 0));
          return fetched;
        }));
    return asked.stream().findFirst();
  }

  /** Sends a request; a server that cannot be reached at all is a usage error, a slow one is the caller's to judge. */
  private HttpResponse<byte[]> send(SignedRequest request) throws HttpTimeoutException {
    try {
      return client.send(request.toHttpRequest(WAIT), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (ConnectException e) {
      throw new UsageException("cannot connect to " + withoutQuery(request.url()) + " (is the card server running?)", e);
    } catch (IOException e) {
      throw new UsageException("request to " + withoutQuery(request.url()) + " failed: " + IoFailures.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted", e);
    }
  }

  /** The whole number a parameter holds, if it holds one (the server refuses any other). */
  private static OptionalInt number(List<Param> parameters, String name) {
    for (Param param : parameters) {
      if (param.name().equals(name)) {
        try {
          return OptionalInt.of(Integer.parseInt(param.value()));
        } catch (NumberFormatException e) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  private static List<Param> onPage(List<Param> parameters, int page) {
    return parameters.stream()
        .map(param -> param.name().equals(CardViews.PAGE) ? new Param(CardViews.PAGE, Integer.toString(page)) : param)
        .toList();
  }

  /** What the clients make of the definition itself, located as {@code <file> $.path}. */
  static List<Problem> definitionProblems(CardDefinition card) {
    return DefinitionCheck.problems(card.rules()).stream()
        .map(p -> new Problem(card.source() + " " + p.path(), p.message(), p.severity(), p.clients()))
        .toList();
  }

  private static long elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }

  static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** The body as a tree to show, or {@code null} when it is not a JSON answer. */
  private static JsonNode readable(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      return null;
    }
    try {
      JsonNode body = Json.MAPPER.readTree(response.body());
      return body == null || body.isMissingNode() ? null : body;
    } catch (IOException e) {
      return null;
    }
  }
}

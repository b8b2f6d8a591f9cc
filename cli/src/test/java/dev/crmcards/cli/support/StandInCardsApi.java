package dev.crmcards.cli.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HubSpot's card-definition endpoints for one app, as documented, on both the 2026-03 paths
 * ({@code /crm/extensions/cards-dev/2026-03/{appId}}) and the v3 ones ({@code
 * /crm/v3/extensions/cards-dev/{appId}}): {@code GET} (200, {@code results[]}) and {@code POST}
 * (201 with the new card's {@code id} and a {@code Location}) on the app, {@code PATCH} (200) on
 * {@code .../{appId}/{cardId}}, and {@code POST .../{appId}/views/migrate} (200 with {@code message}
 * and the progress over {@link #PORTALS} accounts, one more swapped at each request; 400 naming a
 * missing or mistyped field); 401 without a valid developer API key ({@code hapikey}) or bearer
 * token; 403 when told to; and failures (429 with {@code Retry-After}, 503) injected for the next
 * requests.
 */
public final class StandInCardsApi implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final int appId;
  private final String apiKey;
  private final String token;
  private final Map<String, ObjectNode> cards = new LinkedHashMap<>();
  private final Deque<int[]> failures = new ArrayDeque<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private volatile boolean forbidden;
  /** Accounts a swap ends without, when it ends short. */
  private volatile int leftUnswapped;
  private int nextId = 100;
  private int migrateCalls;

  /** How many accounts installed the app, for {@code views/migrate}'s progress. */
  public static final int PORTALS = 3;

  /** The swap's start, epoch milliseconds. */
  public static final long STARTED_AT = 1796558400000L;

  /** A request as it arrived: method, path, raw query, Authorization header and body. */
  public record Exchange(String method, String path, String rawQuery, String authorization, String body) {}

  private StandInCardsApi(int appId, String apiKey, String token) throws IOException {
    this.appId = appId;
    this.apiKey = apiKey;
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static StandInCardsApi start(int appId, String apiKey, String token) throws IOException {
    return new StandInCardsApi(appId, apiKey, token);
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next request is answered with this status (429 carries {@code Retry-After: seconds}). */
  public synchronized StandInCardsApi failNext(int status, int retryAfterSeconds) {
    failures.add(new int[] {status, retryAfterSeconds});
    return this;
  }

  public StandInCardsApi forbid(boolean forbidden) {
    this.forbidden = forbidden;
    return this;
  }

  public synchronized List<JsonNode> cards() {
    return new ArrayList<>(cards.values());
  }

  /** Every request as it arrived. */
  public List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Every request as {@code METHOD /path -> status}, without the query. */
  /** Makes the next swaps end with {@code accounts} not swapped. */
  public void endSwapsShort(int accounts) {
    leftUnswapped = accounts;
  }

  public List<String> log() {
    return List.copyOf(log);
  }

  /** The requests that changed something: successful POSTs and PATCHes. */
  public List<String> writes() {
    return log.stream()
        .filter(l -> l.startsWith("POST ") || l.startsWith("PATCH "))
        .filter(l -> l.endsWith(" -> 200") || l.endsWith(" -> 201"))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      exchanges.add(new Exchange(
          exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
          exchange.getRequestHeaders().getFirst("Authorization"), new String(body, UTF_8)));
      respond(exchange, body);
    }
  }

  private synchronized int respond(HttpExchange exchange, byte[] body) throws IOException {
    if (!authorized(exchange)) {
      return error(exchange, 401, "INVALID_AUTHENTICATION",
          "Authentication credentials not found. This API supports OAuth 2.0 authentication.");
    }
    if (forbidden) {
      return error(exchange, 403, "MISSING_SCOPES", "This app hasn't been granted all required scopes to make this call.");
    }
    int[] failure = failures.poll();
    if (failure != null) {
      if (failure[0] == 429) {
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(failure[1]));
        return error(exchange, 429, "RATE_LIMITS", "You have reached your secondly limit.");
      }
      return error(exchange, failure[0], "INTERNAL_ERROR", "Service unavailable");
    }
    String path = exchange.getRequestURI().getRawPath();
    String base = path.startsWith("/crm/v3/")
        ? "/crm/v3/extensions/cards-dev/" + appId
        : "/crm/extensions/cards-dev/2026-03/" + appId;
    String method = exchange.getRequestMethod();
    if (path.equals(base + "/views/migrate") && method.equals("POST")) {
      return migrate(exchange, body);
    }
    if (path.equals(base) && method.equals("GET")) {
      ObjectNode list = Json.object();
      ArrayNode results = list.putArray("results");
      cards.values().forEach(results::add);
      return send(exchange, 200, list);
    }
    if (path.equals(base) && method.equals("POST")) {
      JsonNode request = Json.MAPPER.readTree(body);
      if (!path.startsWith("/crm/v3/") && !request.path("fetch").has("cardType")) {
        // The dated paths' CardFetchBody requires it (HUBSPOT-SPEC §1.2).
        return error(exchange, 400, "VALIDATION_ERROR", "fetch.cardType: required");
      }
      String id = Integer.toString(nextId++);
      ObjectNode card = Json.object();
      card.put("id", id);
      copy(request, card);
      card.putArray("auditHistory").addObject().put("actionType", "CREATE").put("objectTypeId", Long.parseLong(id));
      card.put("createdAt", "2026-11-26T12:00:00Z");
      cards.put(id, card);
      exchange.getResponseHeaders().set("Location", base() + base + "/" + id);
      return send(exchange, 201, card);
    }
    if (path.startsWith(base + "/") && method.equals("PATCH")) {
      ObjectNode card = cards.get(path.substring(base.length() + 1));
      if (card == null) {
        return error(exchange, 404, "OBJECT_NOT_FOUND", "No card with that id");
      }
      copy(Json.MAPPER.readTree(body), card);
      card.put("updatedAt", "2026-11-26T12:30:00Z");
      return send(exchange, 200, card);
    }
    return error(exchange, 404, "NOT_FOUND", "No such endpoint");
  }

  private int migrate(HttpExchange exchange, byte[] body) throws IOException {
    JsonNode request;
    try {
      request = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return error(exchange, 400, "VALIDATION_ERROR", "Invalid input JSON");
    }
    for (String field : List.of("legacyCrmCardId", "appCardId")) {
      if (request == null || !request.path(field).isIntegralNumber()) {
        return error(exchange, 400, "VALIDATION_ERROR", "Invalid input JSON: " + field + " must be an integer");
      }
    }
    if (!request.path("allowDuplicateAppCardIds").isBoolean()) {
      return error(exchange, 400, "VALIDATION_ERROR", "Invalid input JSON: allowDuplicateAppCardIds is required");
    }
    if (!cards.containsKey(request.path("legacyCrmCardId").asText())) {
      return error(exchange, 404, "OBJECT_NOT_FOUND", "No legacy CRM card " + request.path("legacyCrmCardId").asText());
    }
    int remaining = Math.max(0, PORTALS - migrateCalls++);
    ObjectNode answer = Json.object();
    if (leftUnswapped > 0) {
      answer.put("message", "Views migrated where possible.");
      answer.put("startedAt", STARTED_AT);
      answer.put("endedAt", STARTED_AT + 60_000);
      answer.put("totalPortalCount", PORTALS);
      answer.put("remainingPortalCount", leftUnswapped);
      return send(exchange, 200, answer);
    }
    answer.put("message", remaining == 0
        ? "Views migrated; the legacy CRM card is hidden."
        : "Migrating views from the legacy CRM card to the app card.");
    answer.put("startedAt", STARTED_AT);
    if (remaining == 0) {
      answer.put("endedAt", STARTED_AT + 60_000);
    }
    answer.put("totalPortalCount", PORTALS);
    answer.put("remainingPortalCount", remaining);
    return send(exchange, 200, answer);
  }

  /** The definition's parts, as HubSpot keeps them (fetch only with targetUrl and objectTypes). */
  private static void copy(JsonNode request, ObjectNode card) {
    for (String key : List.of("title", "display", "actions")) {
      if (request.has(key)) {
        card.set(key, request.get(key));
      }
    }
    if (request.has("fetch")) {
      ObjectNode fetch = card.putObject("fetch");
      fetch.set("targetUrl", request.path("fetch").path("targetUrl"));
      fetch.set("objectTypes", request.path("fetch").path("objectTypes"));
    }
  }

  private boolean authorized(HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (token != null && ("Bearer " + token).equals(authorization)) {
      return true;
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (apiKey == null || query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("hapikey=") && URLDecoder.decode(pair.substring(8), UTF_8).equals(apiKey)) {
        return true;
      }
    }
    return false;
  }

  private int error(HttpExchange exchange, int status, String category, String message) throws IOException {
    ObjectNode body = Json.object();
    body.put("status", "error");
    body.put("message", message);
    body.put("correlationId", "5f0c4e1a-1111-4a2b-9c3d-000000000000");
    body.put("category", category);
    return send(exchange, status, body);
  }

  /** Answers, logging the request first: once the client has the answer, the log has the request. */
  private int send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " -> " + status);
    byte[] bytes = Json.compact(body).getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

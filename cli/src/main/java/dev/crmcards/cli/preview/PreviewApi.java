package dev.crmcards.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.check.CheckResult;
import dev.crmcards.cli.check.FetchCheck;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.request.SampleRecord;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The preview page's back end. {@code GET /api/cards}: the cards to choose from. {@code GET
 * /api/fetch?card=&objectType=}: the signed data fetch, its answer and what the checks found.
 * {@code POST /api/action?card=&objectType=} with an action object: the action hook, forwarded
 * signed to the card server.
 */
final class PreviewApi implements HttpHandler {
  private static final int MAX_ACTION_BYTES = 64 * 1024;

  private final PreviewSettings settings;
  private final FetchCheck fetchCheck;
  private final HookForwarder forwarder;

  PreviewApi(PreviewSettings settings, FetchCheck fetchCheck, HookForwarder forwarder) {
    this.settings = settings;
    this.fetchCheck = fetchCheck;
    this.forwarder = forwarder;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      try {
        if (path.equals("/api/cards") && method.equals("GET")) {
          Exchanges.json(exchange, 200, cards());
        } else if (path.equals("/api/fetch") && method.equals("GET")) {
          Exchanges.json(exchange, 200, fetch(Exchanges.query(exchange)));
        } else if (path.equals("/api/action") && method.equals("POST")) {
          action(exchange);
        } else {
          Exchanges.error(exchange, 404, "no such endpoint: " + method + " " + path);
        }
      } catch (IllegalArgumentException e) {
        Exchanges.error(exchange, 400, e.getMessage());
      } catch (UsageException e) {
        Exchanges.error(exchange, 502, e.getMessage());
      } catch (RuntimeException e) {
        Exchanges.error(exchange, 500, "the preview failed: " + e);
      }
    }
  }

  private JsonNode cards() {
    ObjectNode body = Json.object();
    ArrayNode cards = body.putArray("cards");
    for (CardDefinition card : settings.cards()) {
      ObjectNode entry = cards.addObject();
      entry.put("name", card.name());
      entry.put("title", card.title());
      ArrayNode types = entry.putArray("objectTypes");
      card.objectTypes().stream().map(CardObjectType::name).forEach(types::add);
    }
    body.put("url", settings.server().url());
    body.put("origin", settings.server().origin());
    return body;
  }

  private JsonNode fetch(Map<String, String> query) {
    CardDefinition card = card(query);
    CrmObjectType type = objectType(card, query);
    CheckResult result =
        fetchCheck
            .run(
                card, type, settings.server(), settings.secret(), settings.signatures(), settings.signer(),
                settings.properties());
    ObjectNode body = Json.object();
    body.put("card", card.name());
    body.put("objectType", type.definitionName());
    body.set("definition", card.json());
    body.put("origin", settings.server().origin());
    ObjectNode request = body.putObject("request");
    request.put("method", result.request().method());
    request.put("url", result.request().url());
    request.put("signedUrl", result.request().signedUrl());
    body.put("status", result.status());
    body.put("elapsedMillis", result.elapsedMillis());
    body.set("body", result.body());
    problems(body, result.problems());
    return body;
  }

  /** {@code "problems": [{"severity", "line", "clients"}]}, only those of the chosen clients. */
  private void problems(ObjectNode body, List<Problem> found) {
    ArrayNode problems = body.putArray("problems");
    for (Problem problem : found) {
      if (!problem.concerns(settings.clients())) {
        continue;
      }
      ObjectNode entry = problems.addObject();
      entry.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
      entry.put("line", problem.toString());
      ArrayNode clients = entry.putArray("clients");
      problem.clients().stream().sorted().map(Client::id).forEach(clients::add);
    }
  }

  private void action(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      Exchanges.error(exchange, 415, "send the action as application/json");
      return;
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_ACTION_BYTES + 1);
    }
    if (bytes.length > MAX_ACTION_BYTES) {
      Exchanges.error(exchange, 413, "action too large");
      return;
    }
    JsonNode action;
    try {
      action = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("the action is not JSON");
    }
    if (action == null || !action.isObject()) {
      throw new IllegalArgumentException("the action must be a JSON object");
    }
    Map<String, String> query = Exchanges.query(exchange);
    CardDefinition card = card(query);
    CrmObjectType type = objectType(card, query);
    HookResult result = forwarder.forward(card, action, new SampleRecord(type, settings.properties()));
    ObjectNode body = Json.object();
    body.put("ok", result.ok());
    body.put("status", result.status());
    body.put("message", result.message());
    body.put("method", result.method());
    body.put("url", result.url());
    body.put("rewrittenFrom", result.rewrittenFrom());
    problems(body, result.problems());
    Exchanges.json(exchange, 200, body);
  }

  private CardDefinition card(Map<String, String> query) {
    String name = query.get("card");
    if (name == null || name.isEmpty()) {
      return settings.cards().get(0);
    }
    return settings.cards().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no card named '" + name + "'"));
  }

  /** The requested type, else {@code --object-type} when the card has it, else the card's first. */
  private CrmObjectType objectType(CardDefinition card, Map<String, String> query) {
    String requested = query.get("objectType");
    if (requested == null || requested.isEmpty()) {
      requested = settings.objectType();
      if (requested != null
          && ObjectTypeNames.parse(requested)
              .flatMap(t -> card.objectType(t.definitionName()))
              .isEmpty()) {
        requested = null;
      }
    }
    try {
      return ObjectTypeNames.choose(card, requested);
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}

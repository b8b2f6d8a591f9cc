package dev.crmcards.cli.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands and events. */
final class Cdp implements AutoCloseable {
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<JsonNode>>> listeners = new ConcurrentHashMap<>();
  private WebSocket socket;

  private Cdp() {}

  static Cdp connect(URI uri) throws Exception {
    Cdp cdp = new Cdp();
    cdp.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(uri, cdp.new Listener())
            .get(10, TimeUnit.SECONDS);
    return cdp;
  }

  /** Sends a command and waits for its result; a protocol error becomes an exception. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = Json.object();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params == null ? Json.object() : params);
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    socket.sendText(Json.compact(message), true).get(10, TimeUnit.SECONDS);
    JsonNode answer = result.get(30, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  JsonNode send(String method) throws Exception {
    return send(method, null);
  }

  void on(String event, Consumer<JsonNode> listener) {
    listeners.computeIfAbsent(event, e -> new CopyOnWriteArrayList<>()).add(listener);
  }

  /** Evaluates an expression in the page (awaiting promises) and returns its JSON value. */
  JsonNode eval(String expression) throws Exception {
    ObjectNode params = Json.object();
    params.put("expression", expression);
    params.put("returnByValue", true);
    params.put("awaitPromise", true);
    JsonNode result = send("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Polls until the expression is truthy. */
  JsonNode waitFor(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode value = null;
    while (System.nanoTime() < deadline) {
      value = eval(expression);
      if (value.isBoolean() ? value.asBoolean() : !(value.isMissingNode() || value.isNull())) {
        return value;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("still false after " + timeout + ": " + expression + " (last value " + value + ")");
  }

  /** A real mouse click at the centre of the first element the selector finds. */
  void click(String selectorExpression) throws Exception {
    JsonNode box =
        waitFor(
            "(() => { const e = " + selectorExpression + "; if (!e) return null;"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()",
            Duration.ofSeconds(10));
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      ObjectNode params = Json.object();
      params.put("type", type);
      params.put("x", box.path("x").asDouble());
      params.put("y", box.path("y").asDouble());
      if (!type.equals("mouseMoved")) {
        params.put("button", "left");
        params.put("clickCount", 1);
      }
      send("Input.dispatchMouseEvent", params);
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        try {
          JsonNode message = Json.MAPPER.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> result = pending.remove(message.get("id").asInt());
            if (result != null) {
              result.complete(message);
            }
          } else {
            listeners
                .getOrDefault(message.path("method").asText(), List.of())
                .forEach(l -> l.accept(message.path("params")));
          }
        } catch (Exception e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}

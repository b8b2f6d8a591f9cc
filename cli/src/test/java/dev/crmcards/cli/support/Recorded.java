package dev.crmcards.cli.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a stand-in server received, with the verdicts of the project's own signature
 * verifier on its v2 and v3 signatures: {@code "valid"}, {@code "missing"} or why not.
 */
public record Recorded(
    String method, String url, Map<String, String> headers, byte[] body, String v2, String v3) {

  public String path() {
    return URI.create(url).getRawPath();
  }

  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  public String bodyText() {
    return new String(body, UTF_8);
  }

  /** The decoded query parameters, in order. */
  public Map<String, String> query() {
    return decode(URI.create(url).getRawQuery());
  }

  /** The decoded form body, in order. */
  public Map<String, String> form() {
    return decode(bodyText());
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, equals), UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), UTF_8));
    }
    return params;
  }
}

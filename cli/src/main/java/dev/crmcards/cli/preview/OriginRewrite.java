package dev.crmcards.cli.preview;

import dev.crmcards.rules.Urls;
import java.net.URI;
import java.util.Optional;

/**
 * Points action URLs at the card server being previewed: an action URI whose origin is not the
 * one of {@code --url} (say {@code https://example.com/tickets/245}) is sent to the same path and
 * query on that origin ({@code http://127.0.0.1:8080/tickets/245}).
 */
public final class OriginRewrite {
  private final String origin;

  /** @param serverUrl the {@code --url} of the preview: an absolute http(s) URL */
  public OriginRewrite(String serverUrl) {
    this.origin =
        Urls.httpUrl(serverUrl)
            .map(Urls::origin)
            .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + serverUrl));
  }

  /** The origin action URLs are sent to. */
  public String origin() {
    return origin;
  }

  /** The URL to use instead, or empty when the action's origin already is the server's. */
  public Optional<String> rewrite(String actionUri) {
    URI uri = Urls.httpUrl(actionUri)
        .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + actionUri));
    if (Urls.origin(uri).equals(origin)) {
      return Optional.empty();
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return Optional.of(origin + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }

  /** Where the action is actually sent. */
  public String apply(String actionUri) {
    return rewrite(actionUri).orElse(actionUri);
  }
}

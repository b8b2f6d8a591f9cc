package dev.crmcards.cli.check;

import dev.crmcards.cli.UsageException;
import dev.crmcards.rules.Urls;
import java.net.URI;

/**
 * Where the requests go when a command plays HubSpot against a card server that does not live at
 * the URLs its card declares (the {@code --url}, e.g. {@code http://127.0.0.1:8080/demo-fetch}).
 * The data fetch goes to {@code --url} itself, or to the {@code targetUrl}'s path on it when it is
 * only an origin; an action to the same path and query on {@code --url}'s origin, so {@code
 * https://example.com/tickets/245} is sent to {@code http://127.0.0.1:8080/tickets/245}. (The
 * local proxy of {@code hs project dev} does the same with its {@code local.json}.)
 */
public final class CardServerUrl {
  private final String url;
  private final URI uri;
  private final String origin;

  /** @throws UsageException if {@code url} is not an absolute http(s) URL */
  public CardServerUrl(String url) {
    this(url, CheckOptionNames.COMMAND_LINE.url());
  }

  /**
   * @param option how the user gave {@code url}, for the message
   * @throws UsageException if {@code url} is not an absolute http(s) URL
   */
  public CardServerUrl(String url, String option) {
    this.url = url;
    this.uri = Urls.httpUrl(url)
        .orElseThrow(() -> new UsageException(option + " must be an absolute http(s) URL, got " + url));
    this.origin = Urls.origin(uri);
  }

  /** The URL as given. */
  public String url() {
    return url;
  }

  /** Its origin, where actions are sent. */
  public String origin() {
    return origin;
  }

  /** Whether it is only an origin (with at most a "/"), no path or query of its own. */
  public boolean originOnly() {
    return (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
        && uri.getRawQuery() == null;
  }

  /** Where the data fetch of a card with this {@code targetUrl} goes. */
  public String fetchUrl(String targetUrl) {
    return originOnly() ? onOrigin(targetUrl) : url;
  }

  /** Where an action with this {@code uri} goes: its path and query on {@code --url}'s origin. */
  public String actionUrl(String actionUri) {
    return onOrigin(actionUri);
  }

  private String onOrigin(String declared) {
    URI declaredUri = Urls.httpUrl(declared)
        .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + declared));
    if (Urls.origin(declaredUri).equals(origin)) {
      return declared;
    }
    String path = declaredUri.getRawPath() == null || declaredUri.getRawPath().isEmpty() ? "/" : declaredUri.getRawPath();
    return origin + path + (declaredUri.getRawQuery() == null ? "" : "?" + declaredUri.getRawQuery());
  }
}

package dev.crmcards.core;

import dev.crmcards.http.LogText;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request as it arrived, before anything is checked: the method, the URL as the server received
 * it, the headers, and a way to read the raw body bytes. What an adapter (a servlet, a test kit,
 * a Spring controller) hands to {@link CardPipeline}. Immutable.
 *
 * <pre>{@code
 * RawRequest request = RawRequest.of("GET",
 *     "https://billing.acme.test/hubspot/invoices?userId=1&...", signedHeaders, new byte[0]);
 * }</pre>
 */
public final class RawRequest {

  /** Reads the raw body, at most a given number of bytes. */
  @FunctionalInterface
  public interface Body {
    /** No body. */
    Body EMPTY = maxBytes -> Answers.EMPTY;

    /**
     * The body's bytes, or {@code null} if it is longer than {@code maxBytes} (the pipeline then
     * answers 413 without reading further).
     */
    byte[] read(int maxBytes) throws IOException;

    /**
     * Reads the body without keeping it, as far as that is cheap, for a request refused before its
     * body is needed: an HTTP/1 connection can then take the answer (see {@link #read(int)}: a
     * body longer than nothing is refused the way a body over the limit is).
     */
    default void discard() throws IOException {
      read(0);
    }

    /** A body that is already in memory. */
    static Body of(byte[] bytes) {
      byte[] body = bytes == null ? Answers.EMPTY : bytes;
      return maxBytes -> body.length > maxBytes ? null : body;
    }
  }

  private final String method;
  /** The raw path from its first '/'. */
  private final String path;
  /** The raw query without its '?'; {@code null} for none. Never a fragment. */
  private final String query;
  /** Where the origin comes from when the URL was given in parts; else {@code null}. */
  private final Supplier<String> origin;
  private final String contextPath;
  private final Function<String, String> headers;
  private final Body body;
  /** The absolute URL; for a URL given in parts, made on first use (a benign race). */
  private String url;

  private RawRequest(
      String method,
      String url,
      Supplier<String> origin,
      String path,
      String query,
      String contextPath,
      Function<String, String> headers,
      Body body) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = url;
    this.origin = origin;
    this.path = path;
    this.query = query;
    this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A request for adapters that read headers and body lazily.
   *
   * @param method the method as received, e.g. {@code PUT}
   * @param url the absolute URL as received: scheme, host, optional port, raw path and, after
   *     {@code ?}, the raw query; percent-encoding untouched
   * @param headers a header's value by name, case-insensitively; {@code null} when absent
   * @param body the raw body
   */
  public static RawRequest of(
      String method, String url, Function<String, String> headers, Body body) {
    Objects.requireNonNull(url, "url");
    int fragment = url.indexOf('#');
    String whole = fragment < 0 ? url : url.substring(0, fragment);
    String pathAndQuery = pathAndQueryOf(whole);
    int q = pathAndQuery.indexOf('?');
    return q < 0
        ? new RawRequest(method, whole, null, pathAndQuery, null, "", headers, body)
        : new RawRequest(method, whole, null, pathAndQuery.substring(0, q),
            pathAndQuery.substring(q + 1), "", headers, body);
  }

  /**
   * A request whose headers and body are in memory, e.g. one a test signs itself.
   *
   * @param headers header values by name; names are matched case-insensitively
   * @param body the raw body; {@code null} or empty for none
   */
  public static RawRequest of(
      String method, String url, Map<String, String> headers, byte[] body) {
    Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    return of(method, url, caseInsensitive::get, Body.of(body));
  }

  /**
   * A request for adapters that hold the URL's origin, path and query apart, as servlet containers
   * do: the origin is asked for only when it is needed (a route given as a bare path, a log
   * line), and HubSpot's long query string is not copied into a URL the common request never
   * needs whole.
   *
   * @param origin gives the scheme, host and optional port as received, e.g. {@code
   *     http://127.0.0.1:8080}
   * @param path the raw path, from its first {@code /}, without the query; percent-encoding
   *     untouched
   * @param query the raw query, without its {@code ?}; {@code null} for none
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public static RawRequest of(
      String method,
      Supplier<String> origin,
      String path,
      String query,
      Function<String, String> headers,
      Body body) {
    Objects.requireNonNull(origin, "origin");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("the path must start with '/'");
    }
    return new RawRequest(method, null, origin, path, query, "", headers, body);
  }

  /** The raw path and query of an absolute URL without fragment; {@code /} for no path. */
  private static String pathAndQueryOf(String url) {
    int scheme = url.indexOf("://");
    int authority = scheme < 0 ? 0 : scheme + 3;
    // Both looked for from the authority on: a '/' after the '?' belongs to the query.
    int start = url.indexOf('/', authority);
    int query = url.indexOf('?', authority);
    if (start < 0 || (query >= 0 && query < start)) {
      // No path: "https://host" or "https://host?query".
      return "/" + (query < 0 ? "" : url.substring(query));
    }
    return url.substring(start);
  }

  /**
   * The same request, for a server that mounts the cards below a path prefix (a servlet's context
   * path): a {@linkplain PipelineSettings#publicBaseUrl() public base URL}
   * replaces the URL's origin and this prefix.
   *
   * @param contextPath the raw prefix of the URL's path, e.g. {@code /app}; {@code ""} for none
   */
  public RawRequest mountedAt(String contextPath) {
    return new RawRequest(method, url, origin, path, query, contextPath, headers, body);
  }

  /** The method as received. */
  public String method() {
    return method;
  }

  /** The absolute URL as received, raw, without a fragment. */
  public String url() {
    String whole = url;
    if (whole == null) {
      whole = origin.get() + pathAndQuery();
      url = whole;
    }
    return whole;
  }

  /** The raw path from its first {@code /} and, after {@code ?}, the raw query. */
  public String pathAndQuery() {
    return query == null ? path : path + '?' + query;
  }

  /** The raw path from its first {@code /}, without the query. */
  public String path() {
    return path;
  }

  /** The raw query, without its {@code ?}; {@code null} for none. */
  public String query() {
    return query;
  }

  /** The raw path prefix the server mounts the cards under; {@code ""} for none. */
  public String contextPath() {
    return contextPath;
  }

  /** A header's value, case-insensitively; {@code null} when absent. */
  public String header(String name) {
    return headers.apply(name);
  }

  /** The headers, as a lookup by name. */
  public Function<String, String> headers() {
    return headers;
  }

  /** The body reader. */
  public Body body() {
    return body;
  }

  /** Method and URL without its query, which may hold personal data. */
  @Override
  public String toString() {
    String whole = url();
    int query = whole.indexOf('?');
    return "RawRequest[" + LogText.of(method) + " " + LogText.of(query < 0 ? whole : whole.substring(0, query)) + "]";
  }
}

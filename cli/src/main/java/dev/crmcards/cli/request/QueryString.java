package dev.crmcards.cli.request;

import dev.crmcards.http.PercentEncoding;
import java.util.List;

/**
 * Encodes parameters the way a browser-like client sends them: UTF-8, every byte outside the
 * RFC 3986 unreserved set percent-encoded with upper-case hex (so {@code @} becomes {@code %40}
 * and a space {@code %20}), joined with {@code &}. The same text serves as a query and as an
 * {@code application/x-www-form-urlencoded} body.
 */
public final class QueryString {
  private QueryString() {}

  public static String encode(List<Param> params) {
    StringBuilder out = new StringBuilder();
    for (Param param : params) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(param.name())).append('=').append(encode(param.value()));
    }
    return out.toString();
  }

  public static String encode(String text) {
    return PercentEncoding.UNRESERVED.encode(text);
  }

  /** The URL with the parameters added to its query (after any it already has). */
  public static String append(String url, List<Param> params) {
    if (params.isEmpty()) {
      return url;
    }
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String separator = base.indexOf('?') < 0 ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
    return base + separator + encode(params);
  }
}

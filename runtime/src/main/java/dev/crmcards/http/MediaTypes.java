package dev.crmcards.http;

import java.util.Locale;

/** The media type of a {@code Content-Type} header, as the request parsers compare it. */
public final class MediaTypes {
  private MediaTypes() {}

  /**
   * The header's type and subtype, lower case, without parameters such as {@code charset}:
   * {@code "application/json"} for {@code "Application/JSON; charset=UTF-8"}; "" for no header.
   */
  public static String of(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }
}

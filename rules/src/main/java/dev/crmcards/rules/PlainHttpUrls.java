package dev.crmcards.rules;

/**
 * Recognises, in one pass and without allocating, the URLs that {@link java.net.URI} certainly
 * parses as absolute http or https URLs with a host: a lower-case {@code http://} or {@code
 * https://}, a host name of letters, digits and inner hyphens whose last label starts with a
 * letter, an optional port of one to five digits up to 65535, then only characters RFC 2396
 * allows in a path (and, after {@code ?} or one {@code #}, in a query or fragment), escapes being
 * {@code %} and two hex digits. What it does not recognise is not wrong: {@link
 * Urls#httpUrlProblem(String)} parses it. {@code UrlsTest} checks the two agree on random texts.
 */
final class PlainHttpUrls {
  private PlainHttpUrls() {}

  /** RFC 2396 path characters other than alphanumerics and escapes: its marks, ";:@&=+$," and "/". */
  private static final boolean[] PATH = table("-_.!~*'();:@&=+$,/");

  private static boolean[] table(String marks) {
    boolean[] allowed = new boolean[128];
    for (char c = '0'; c <= '9'; c++) {
      allowed[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      allowed[c] = true;
      allowed[c - 'a' + 'A'] = true;
    }
    for (int i = 0; i < marks.length(); i++) {
      allowed[marks.charAt(i)] = true;
    }
    return allowed;
  }

  static boolean matches(String text) {
    if (text == null) {
      return false;
    }
    int i;
    if (text.startsWith("https://")) {
      i = 8;
    } else if (text.startsWith("http://")) {
      i = 7;
    } else {
      return false;
    }
    int length = text.length();
    i = hostEnd(text, i, length);
    if (i < 0) {
      return false;
    }
    if (i < length && text.charAt(i) == ':') {
      int digits = 0;
      int port = 0;
      for (i++; i < length && isDigit(text.charAt(i)) && digits <= 5; i++) {
        digits++;
        port = port * 10 + (text.charAt(i) - '0');
      }
      if (digits == 0 || digits > 5 || port > Urls.MAX_PORT) {
        return false;
      }
      if (i < length && "/?#".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return restMatches(text, i, length);
  }

  /** Where the host name from {@code i} ends; -1 if it is not one of the plain shape. */
  private static int hostEnd(String text, int i, int length) {
    int labelStart = i;
    boolean any = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (!labelOk(text, labelStart, i)) {
          return -1;
        }
        labelStart = i + 1;
      } else if (c == '/' || c == '?' || c == '#' || c == ':') {
        break;
      } else if (!(isLetter(c) || isDigit(c) || c == '-')) {
        return -1;
      }
      any = true;
    }
    // The last label, which must start with a letter (java.net.URI's rule for a host name).
    if (!any || !labelOk(text, labelStart, i) || !isLetter(text.charAt(labelStart))) {
      return -1;
    }
    return i;
  }

  /** A label of 1 to 63 characters that neither starts nor ends with a hyphen. */
  private static boolean labelOk(String text, int start, int end) {
    return end > start
        && end - start <= 63
        && text.charAt(start) != '-'
        && text.charAt(end - 1) != '-';
  }

  /** The path, query and fragment from {@code i}. */
  private static boolean restMatches(String text, int i, int length) {
    boolean fragment = false;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= length || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return false;
        }
        i += 3;
        continue;
      }
      if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else if (c != '?' && (c >= 128 || !PATH[c])) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}

package dev.crmcards.servlet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.signature.SignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes malformed HTTP requests for the card servlet, byte by byte: request {@code i} of seed
 * {@code s} is always the same, so a failure can be replayed. Most requests are close enough to
 * real ones to reach the servlet (right paths, a part of them correctly signed, so that the body
 * and query parsers see the garbage too); the rest test the container's own parser.
 */
final class FuzzRequests {

  /** One request and what the checks need to know about it. */
  record Fuzzed(
      int index,
      String kind,
      byte[] bytes,
      boolean head,
      /** Whether a handler that throws on purpose may answer (500 is then expected). */
      boolean throwingRoute,
      /** Whether the request line or framing may be odd enough for a container-level 501/505. */
      boolean oddProtocol,
      /** Whether the request was made to break HTTP itself rather than the card's rules. */
      boolean garbage) {

    /** The request, printable, cut to {@code max} characters. */
    String show(int max) {
      StringBuilder out = new StringBuilder();
      for (byte b : bytes) {
        int c = b & 0xff;
        if (c == '\r') {
          out.append("\\r");
        } else if (c == '\n') {
          out.append("\\n\n");
        } else if (c < 0x20 || c >= 0x7f) {
          out.append(String.format("\\x%02x", c));
        } else {
          out.append((char) c);
        }
        if (out.length() > max) {
          return out.append("... (").append(bytes.length).append(" bytes)").toString();
        }
      }
      return out.toString();
    }
  }

  /** The routes' paths, each with the method it answers, and paths near them. */
  static final String[] TEMPLATES = {
    "GET /demo-fetch", "GET /demo-fetch", "GET /demo-fetch", "GET /demo-fetch",
    "GET /broken-fetch", "GET /broken-json", "PUT /tickets/{}/resolve", "PUT /tickets/{}/resolve",
    "DELETE /tickets/{}", "GET /tickets/{}", "GET /tickets/new", "POST /tickets/{}/comments",
    "POST /tickets/{}/comments", "POST /tickets/{}/refuse", "POST /tickets/{}/fail",
    "POST /tickets/{}/vanish", "GET /keys/{}/{}", "GET /caf%C3%A9/{}", "GET /nothing", "GET /",
    "GET /demo-fetch/", "GET //demo-fetch", "PUT /tickets//resolve", "GET /./demo-fetch",
    "GET /x/../demo-fetch"
  };

  static final String[] METHODS = {
    "GET", "GET", "GET", "POST", "POST", "PUT", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
    "TRACE", "get", "Put", "PROPFIND", "FOO", "M-SEARCH", "G\u00e9T", "GET\u0000", "", "POST ",
    "X".repeat(300)
  };

  static final String[] SEGMENTS = {
    "42", "7", "0", "-1", "99999999999999999999", "abc", "%34%32", "%2F", "%2f42", "%", "%4",
    "%G1", "%C3%28", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%FF", "\u00e9", "caf\u00e9",
    "a%00b", "..", ".", "42;jsessionid=1", "%3B", "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0",
    "OPEN", "closed", "+", " ", "%20", "x".repeat(3000)
  };

  static final String[] TOKEN_METHODS = {
    "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "PUT", "DELETE", "DELETE", "PATCH", "HEAD",
    "OPTIONS", "PROPFIND", "FOO", "get"
  };

  /** Segments a container lets through: legal characters, escapes of anything (even bad UTF-8). */
  static final String[] URI_SEGMENTS = {
    "42", "7", "0", "-1", "99999999999999999999", "abc", "%34%32", "%2F", "%2f42", "%C3%28",
    "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%FF", "caf%C3%A9", "a%00b", "42;x=1", "%3B",
    "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "OPEN",
    "closed", "+", "%20", "x".repeat(2000), "%7B", "~", "!$&'()*+,="
  };

  static final String[] CONTENT_TYPES = {
    "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
    "application/json", "application/json; charset=utf-8", "application/json;charset=latin1",
    "text/plain", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded;;;",
    "application/json; charset=", "*/*", "", "\u00ff\u00fe", "application/" + "x".repeat(2000),
    "APPLICATION/JSON", "application/jsonx", "application/x-www-form-urlencoded, text/plain"
  };

  static final String DEFAULTS =
      "userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654";

  private final int port;
  private final String secret;
  private final long seed;

  FuzzRequests(long seed, int port, String secret) {
    this.seed = seed;
    this.port = port;
    this.secret = secret;
  }

  Fuzzed make(int index) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    // A quarter of the requests break HTTP itself (for the container's parser); the others are
    // well-formed HTTP whose content is wrong, so that they reach the servlet.
    boolean garbage = random.nextInt(4) == 0;
    String[] route = pick(random, TEMPLATES).split(" ");
    String method =
        garbage ? pick(random, METHODS)
            : random.nextInt(4) != 0 ? route[0] : pick(random, TOKEN_METHODS);
    boolean oddProtocol = false;

    // The request target: a route path with odd segments, and a query.
    String path = route[1];
    while (path.contains("{}")) {
      path = path.replaceFirst("\\{\\}", java.util.regex.Matcher.quoteReplacement(
          garbage
              ? (random.nextInt(4) == 0 ? randomText(random, 1 + random.nextInt(12))
                  : pick(random, SEGMENTS))
              : switch (random.nextInt(4)) {
                  case 0 -> uriText(random, 1 + random.nextInt(12));
                  case 1 -> pick(random, URI_SEGMENTS);
                  default -> Integer.toString(random.nextInt(1000));
                }));
    }
    if (garbage && random.nextInt(3) == 0) {
      path = mutate(random, path);
    }
    String query = query(random, garbage);
    String target = query == null ? path : path + "?" + query;
    if (garbage && random.nextInt(10) == 0) {
      target = random.nextBoolean() ? "*" : "http://127.0.0.1:" + port + target;
    }

    String version = "HTTP/1.1";
    int v = garbage ? random.nextInt(15) : 2;
    if (v == 0) {
      version = "HTTP/1.0";
    } else if (v == 1) {
      version = pick(random, new String[] {"HTTP/1.x", "HTTP/11", "HTTPS/1.1", "", "HTTP/1.1 x",
          "http/1.1", "HTTP/9.9", "HTTP/2.0", "HTTP/1.2"});
      oddProtocol = true;
    }

    byte[] body = body(random);
    List<String[]> headers = new ArrayList<>();
    if (!garbage || random.nextInt(8) != 0) {
      headers.add(new String[] {"Host", garbage && random.nextInt(8) == 0
          ? pick(random, new String[] {"", "evil.example.com", "127.0.0.1:" + port + ":1",
              "[::1", "h\u00f6st", "127.0.0.1:" + port})
          : "127.0.0.1:" + port});
    }
    if (body != null || random.nextInt(10) == 0) {
      headers.add(new String[] {"Content-Type", pick(random, CONTENT_TYPES)});
    }
    boolean chunked = false;
    int framing = garbage ? random.nextInt(6) : (random.nextInt(8) == 0 ? 0 : 4);
    int length = body == null ? 0 : body.length;
    if (framing == 0 && body != null) {
      chunked = true;
      headers.add(new String[] {"Transfer-Encoding", "chunked"});
    } else if (framing == 1) {
      headers.add(new String[] {"Transfer-Encoding", pick(random, new String[] {"gzip",
          "chunked, gzip", "identity", "x".repeat(50), "chunked;q=1", "Chunked"})});
      headers.add(new String[] {"Content-Length", Integer.toString(length)});
      oddProtocol = true;
    } else if (framing == 2) {
      headers.add(new String[] {"Content-Length", pick(random, new String[] {"-1", "abc",
          "99999999999999999999", "1 2", "+5", "0x10", "", Integer.toString(length + 10),
          Integer.toString(Math.max(0, length - 3))})});
    } else if (framing == 3) {
      headers.add(new String[] {"Content-Length", Integer.toString(length)});
      headers.add(new String[] {"Content-Length", Integer.toString(length + 1)});
    } else if (body != null) {
      headers.add(new String[] {"Content-Length", Integer.toString(length)});
    }

    sign(random, method, target, body, headers);

    int extras = random.nextInt(8) == 0 ? random.nextInt(200) : random.nextInt(3);
    for (int i = 0; i < extras; i++) {
      headers.add(garbage ? randomHeader(random)
          : new String[] {"X-" + randomToken(random), uriText(random, random.nextInt(40))});
    }
    if (random.nextInt(garbage ? 5 : 100) == 0) {
      headers.add(new String[] {"X-Huge", "y".repeat(1000 + random.nextInt(70_000))});
    }
    if (random.nextBoolean()) {
      headers.add(new String[] {"Connection", "close"});
    }
    if (garbage && random.nextInt(10) == 0) {
      headers.add(new String[] {"Expect", pick(random, new String[] {"100-continue", "nonsense"})});
    }
    java.util.Collections.shuffle(headers, random);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, method + " " + target + (version.isEmpty() ? "" : " " + version) + "\r\n");
    for (String[] header : headers) {
      if (header.length == 1) {
        write(out, header[0] + "\r\n");
      } else {
        write(out, header[0] + ": " + header[1] + "\r\n");
      }
    }
    write(out, "\r\n");
    if (body != null) {
      if (chunked) {
        writeChunked(random, out, body, garbage);
      } else {
        out.writeBytes(body);
      }
    }
    byte[] bytes = out.toByteArray();
    String kind = method + " " + path;
    if (random.nextInt(garbage ? 4 : 15) == 0 && bytes.length > 1) {
      bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
      kind += " (truncated)";
    }
    String lowerPath = path.toLowerCase(java.util.Locale.ROOT);
    boolean throwing = lowerPath.contains("broken") || lowerPath.contains("fail")
        || lowerPath.contains("vanish");
    // Any broken request line (a stray CR or LF, a bad version) may read as HTTP/0.9 or an
    // unknown version to the container: 505; an unknown transfer coding: 501.
    return new Fuzzed(
        index, kind, bytes, method.equals("HEAD"), throwing, garbage || oddProtocol, garbage);
  }

  /** Signs as HubSpot would, or forges, garbles or leaves the signature out. */
  private void sign(Random random, String method, String target, byte[] body,
      List<String[]> headers) {
    String url = "http://127.0.0.1:" + port + target;
    long now = System.currentTimeMillis();
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> SignatureVerifier.signedHeaders(secret, method, url, body, now)
          .forEach((name, value) -> headers.add(new String[] {name, value}));
      case 3 -> {
        headers.add(new String[] {"X-HubSpot-Signature-v3",
            SignatureVerifier.signV3(secret, method, url, body, now - 3_600_000)});
        headers.add(new String[] {"X-HubSpot-Request-Timestamp", Long.toString(now - 3_600_000)});
      }
      case 4 -> {
        headers.add(new String[] {"X-HubSpot-Signature", randomHex(random, 64)});
        headers.add(new String[] {"X-HubSpot-Signature-Version", "v2"});
      }
      case 5 -> {
        headers.add(new String[] {"X-HubSpot-Signature-v3", pick(random, new String[] {"%%%",
            "", "=", "a".repeat(44), "K36dawei4A QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=",
            "x".repeat(5000), "\u00ff\u00ff", "AAAA"})});
        headers.add(new String[] {"X-HubSpot-Request-Timestamp", pick(random, new String[] {
            "yesterday", "-1", "1.5e12", "", "99999999999999999999", Long.toString(now),
            " " + now, now + ".0"})});
      }
      case 6 -> {
        headers.add(new String[] {"X-HubSpot-Signature",
            SignatureVerifier.signV2(secret, method, url, body)});
        headers.add(new String[] {"X-HubSpot-Signature-Version", pick(random, new String[] {
            "v9", "", "V2", "v1", "v2, v3", "\u00e9"})});
      }
      case 7 -> headers.add(new String[] {"X-HubSpot-Signature", randomText(random, 64)});
      case 8 -> SignatureVerifier.signedHeaders(secret, method, url + "&x=1", body, now)
          .forEach((name, value) -> headers.add(new String[] {name, value}));
      default -> {
        // unsigned
      }
    }
  }

  private static String query(Random random, boolean garbage) {
    switch (random.nextInt(14)) {
      case 0:
        return null;
      case 1:
        return "";
      case 2:
        return DEFAULTS.replace("userId=12345&", "");
      case 3:
        return DEFAULTS + "&" + (garbage ? randomText(random, random.nextInt(60))
            : uriText(random, random.nextInt(60)));
      case 4:
        return DEFAULTS + "&bad=%" + pick(random, new String[] {"", "G", "4", "C3%28", "ZZ",
            "C0%AF", "ED%A0%80", "FF%FE"});
      case 5:
        return DEFAULTS + "&big=" + "q".repeat(
            garbage ? 1000 + random.nextInt(100_000) : random.nextInt(6000));
      case 6:
        return DEFAULTS + "&&&=&a==b&=x&" + "p=1&".repeat(random.nextInt(2000));
      case 7:
        return DEFAULTS.replace("987654", pick(random, new String[] {"-1", "abc", "",
            "99999999999999999999", "1e3", "0x10", "%31"}));
      case 8:
        return DEFAULTS + "&appId=" + pick(random, new String[] {"", "x", "-5", "1.0", "7"});
      case 9:
        return DEFAULTS + "&note=" + (garbage ? randomText(random, 1 + random.nextInt(40))
            : uriText(random, 1 + random.nextInt(40)));
      default:
        return DEFAULTS + (random.nextBoolean() ? "&firstname=Tim&protected_account=true" : "");
    }
  }

  private static byte[] body(Random random) {
    switch (random.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        return null;
      case 3:
        return (DEFAULTS + "&protected_account=true").getBytes(UTF_8);
      case 4:
        return ("{\"userId\":\"12345\",\"userEmail\":\"a@b.c\",\"associatedObjectId\":\"1\","
            + "\"associatedObjectType\":\"CONTACT\",\"portalId\":\"2\",\"x\":"
            + pick(random, new String[] {"true", "1.5e400", "null", "[1,2]", "{\"a\":{}}",
                "\"\\ud800\"", "\"\\u00\"", "-", "\"" + "z".repeat(500) + "\""}) + "}")
            .getBytes(UTF_8);
      case 5:
        return randomBytes(random, random.nextInt(300));
      case 6:
        return ("[".repeat(1000 + random.nextInt(20_000))).getBytes(UTF_8);
      case 7:
        return ("{\"a\":".repeat(500 + random.nextInt(5000))).getBytes(UTF_8);
      case 8:
        return new byte[] {(byte) 0xC3, 0x28, '=', (byte) 0xFF, '&', '%', 'E', '9'};
      case 9:
        return ("u=" + "v".repeat(2000 + random.nextInt(200_000))).getBytes(UTF_8);
      case 10:
        return (DEFAULTS + "&" + randomText(random, random.nextInt(100))).getBytes(UTF_8);
      default:
        return new byte[0];
    }
  }

  private static String[] randomHeader(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return new String[] {"X-" + randomToken(random), randomText(random, random.nextInt(80))};
      case 1:
        return new String[] {"No colon here " + randomToken(random)};
      case 2:
        return new String[] {" folded", "continuation"};
      case 3:
        return new String[] {"Bad Name", "v"};
      case 4:
        return new String[] {"X-Latin", "caf\u00e9 \u00ff"};
      case 5:
        return new String[] {"", "empty name"};
      case 6:
        return new String[] {"X-Nul", "a\u0000b"};
      default:
        return new String[] {"Accept", "*/*"};
    }
  }

  private static void writeChunked(
      Random random, ByteArrayOutputStream out, byte[] body, boolean garbage) {
    int at = 0;
    while (at < body.length) {
      int n = Math.min(body.length - at, 1 + random.nextInt(64));
      String size = garbage && random.nextInt(10) == 0 ? pick(random, new String[] {"zz", "-1", "", "FFFFFFFFFF"})
          : Integer.toHexString(n);
      write(out, size + "\r\n");
      out.write(body, at, n);
      write(out, "\r\n");
      at += n;
    }
    if (!garbage || random.nextInt(4) != 0) {
      write(out, "0\r\n\r\n");
    }
  }

  /** Inserts, removes or replaces a few characters. */
  private static String mutate(Random random, String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 1 + random.nextInt(3); i > 0 && out.length() > 0; i--) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, randomText(random, 1 + random.nextInt(3)));
        case 1 -> out.deleteCharAt(at);
        default -> out.setCharAt(at, (char) random.nextInt(256));
      }
    }
    return out.toString();
  }

  /** Characters legal in a URI, with escapes of random bytes and the odd stray '%'. */
  private static String uriText(Random random, int length) {
    String legal = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int r = random.nextInt(10);
      if (r == 0) {
        out.append('%').append("0123456789ABCDEFabcdef".charAt(random.nextInt(22)))
            .append("0123456789ABCDEFabcdef".charAt(random.nextInt(22)));
      } else if (r == 1 && random.nextInt(8) == 0) {
        out.append('%');
      } else {
        out.append(legal.charAt(random.nextInt(legal.length())));
      }
    }
    return out.toString();
  }

  /** ISO-8859-1 characters, so each is one byte on the wire: controls, %, non-ASCII. */
  private static String randomText(Random random, int length) {
    String specials = "%?#&=/;+ \t\"<>\\^`{|}~\u0000\u007f\u0080\u00c3\u00a9\u00ff";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(3) == 0
          ? specials.charAt(random.nextInt(specials.length()))
          : (char) (0x20 + random.nextInt(0x5f)));
    }
    return out.toString();
  }

  private static String randomToken(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 1 + random.nextInt(10); i > 0; i--) {
      out.append((char) ('A' + random.nextInt(26)));
    }
    return out.toString();
  }

  private static String randomHex(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return out.toString();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Writes characters as single bytes (ISO-8859-1), as raw as they come. */
  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(ISO_8859_1));
  }
}

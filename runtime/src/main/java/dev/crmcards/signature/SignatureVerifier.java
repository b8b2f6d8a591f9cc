package dev.crmcards.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.http.LogText;
import dev.crmcards.signature.SignatureException.Reason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the signatures HubSpot puts on the requests it sends to CRM cards (data fetch and action
 * hooks). Immutable and thread-safe; build one with {@link #builder()} and share it.
 *
 * <h2>Algorithms</h2>
 *
 * <ul>
 *   <li><b>v1</b>: {@code hex(sha256(secret + body))}.
 *   <li><b>v2</b>: {@code hex(sha256(secret + method + url + body))}, the URL exactly as requested,
 *       scheme, host and raw query included, nothing decoded.
 *   <li><b>v3</b>: {@code base64(hmacSha256(secret, method + url + body + timestamp))}, where only
 *       the escapes {@code %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B} (either hex case) of the
 *       URL are decoded first, and the timestamp is the {@code X-HubSpot-Request-Timestamp} header
 *       (epoch milliseconds).
 * </ul>
 *
 * <p>Every part is taken as UTF-8 bytes; the body is used as the raw bytes received, never
 * re-encoded. Comparisons are constant-time.
 *
 * <h2>Policy</h2>
 *
 * <ol>
 *   <li>If {@value #SIGNATURE_V3_HEADER} is present, the request is judged by v3 alone: a valid v2
 *       signature next to an invalid v3 one is rejected. The timestamp must be within the tolerance
 *       (five minutes by default) of the clock, in the past or in the future.
 *   <li>Otherwise the request is refused: {@linkplain Builder#requireV3(boolean) v3 is required}
 *       by default. With {@code requireV3(false)}, the {@value #SIGNATURE_HEADER} header is
 *       checked as v2, or as v1 if {@linkplain Builder#acceptV1(boolean) explicitly enabled},
 *       according to {@value #SIGNATURE_VERSION_HEADER}.
 * </ol>
 *
 * <p>Several secrets may be configured while an app's client secret is being rotated; a signature
 * made with any of them is accepted.
 */
public final class SignatureVerifier {

  /** Carries the v1 or v2 signature (lower-case hex). */
  public static final String SIGNATURE_HEADER = "X-HubSpot-Signature";

  /** Says which version {@value #SIGNATURE_HEADER} is: {@code v1} or {@code v2}. */
  public static final String SIGNATURE_VERSION_HEADER = "X-HubSpot-Signature-Version";

  /** Carries the v3 signature (Base64). */
  public static final String SIGNATURE_V3_HEADER = "X-HubSpot-Signature-v3";

  /** Why a request without any signature header is refused. */
  private static final String NO_SIGNATURE = "no " + SIGNATURE_V3_HEADER + " or " + SIGNATURE_HEADER + " header";

  /** Why a request without a v3 signature is refused while v3 is required. */
  private static final String V3_REQUIRED = "a v3 signature (" + SIGNATURE_V3_HEADER + ") is required";

  /** The v3 request timestamp, epoch milliseconds. */
  public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";

  /** How far a v3 timestamp may be from the clock, either way, unless configured otherwise. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final int DIGEST_BYTES = 32;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Looking SHA-256 up in the providers costs more than hashing a request; one per thread. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(SignatureVerifier::sha256);

  private final List<Secret> secrets;
  private final Clock clock;
  private final Duration tolerance;
  private final long toleranceMillis;
  private final boolean acceptV1;
  private final boolean requireV3;

  private SignatureVerifier(Builder builder) {
    List<Secret> list = new ArrayList<>();
    for (String secret : builder.secrets) {
      list.add(new Secret(secret));
    }
    this.secrets = List.copyOf(list);
    this.clock = builder.clock;
    this.tolerance = builder.tolerance;
    this.toleranceMillis = builder.tolerance.toMillis();
    this.acceptV1 = builder.acceptV1;
    this.requireV3 = builder.requireV3;
  }

  /** Starts a verifier; at least one secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a request.
   *
   * @param method the HTTP method as received, e.g. {@code POST}
   * @param url the full URL HubSpot requested, as it signed it: scheme, host, path and raw query,
   *     percent-encoding untouched
   * @param body the raw body bytes; {@code null} or empty for none
   * @param headers looks up a request header by name, case-insensitively, returning {@code null}
   *     when absent (for example {@code request::getHeader} of a servlet request)
   * @return which version and secret matched
   * @throws SignatureException if the request is not acceptably signed; the message says why and
   *     never contains a secret or an expected signature
   */
  public VerifiedSignature verify(
      String method, String url, byte[] body, Function<String, String> headers)
      throws SignatureException {
    return verify(method, url, body, headers, true);
  }

  /**
   * Verifies a request as HubSpot's local development proxy ({@code hs project dev}) signs it: like
   * {@link #verify(String, String, byte[], Function)}, but a v3 signature is checked over the URL
   * exactly as given, without v3's decoding of {@code %3A %2F %3F %40} and the other escapes (the
   * proxy hashes the URL it sends). v1 and v2 never decode, so for them this is {@code verify}.
   */
  public VerifiedSignature verifyAsSent(
      String method, String url, byte[] body, Function<String, String> headers)
      throws SignatureException {
    return verify(method, url, body, headers, false);
  }

  private VerifiedSignature verify(
      String method, String url, byte[] body, Function<String, String> headers, boolean v3Rule)
      throws SignatureException {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    byte[] content = body == null ? new byte[0] : body;

    String v3 = header(headers, SIGNATURE_V3_HEADER);
    if (v3 != null) {
      return verifyV3(method, v3Rule ? v3Uri(url) : url, content, v3,
          header(headers, TIMESTAMP_HEADER));
    }
    String signature = header(headers, SIGNATURE_HEADER);
    Optional<Reason> refused = refusal(v3, signature);
    if (refused.isPresent()) {
      throw new SignatureException(refused.get(), refusalMessage(refused.get()) + describe(method, url));
    }
    String version = header(headers, SIGNATURE_VERSION_HEADER);
    if (version == null) {
      throw new SignatureException(
          Reason.MALFORMED, SIGNATURE_HEADER + " without " + SIGNATURE_VERSION_HEADER);
    }
    if (version.equalsIgnoreCase(SignatureVersion.V2.headerValue())) {
      return verifyHex(SignatureVersion.V2, method, url, content, signature);
    }
    if (version.equalsIgnoreCase(SignatureVersion.V1.headerValue())) {
      if (!acceptV1) {
        throw new SignatureException(
            Reason.VERSION_NOT_ACCEPTED,
            "v1 signatures are not accepted (they do not cover the method or URL)"
                + describe(method, url));
      }
      return verifyHex(SignatureVersion.V1, method, url, content, signature);
    }
    throw new SignatureException(
        Reason.MALFORMED,
        "unsupported " + SIGNATURE_VERSION_HEADER + " '" + LogText.of(version) + "'");
  }

  /**
   * Verifies a request whose headers are in a map; header names are matched case-insensitively.
   *
   * @see #verify(String, String, byte[], Function)
   */
  public VerifiedSignature verify(
      String method, String url, byte[] body, Map<String, String> headers)
      throws SignatureException {
    Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    return verify(method, url, body, caseInsensitive::get);
  }

  /** @param signedUri the URL as v3 hashed it: {@link #v3Uri} of the URL HubSpot requested */
  private VerifiedSignature verifyV3(
      String method, String signedUri, byte[] body, String signature, String timestamp)
      throws SignatureException {
    // Some proxies and frameworks turn the '+' of the Base64 value into a space.
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature.replace(' ', '+'));
    } catch (IllegalArgumentException e) {
      throw new SignatureException(Reason.MALFORMED, SIGNATURE_V3_HEADER + " is not Base64");
    }
    if (given.length != DIGEST_BYTES) {
      throw new SignatureException(
          Reason.MALFORMED, SIGNATURE_V3_HEADER + " does not hold a 32-byte HMAC-SHA256");
    }
    if (timestamp == null) {
      throw new SignatureException(
          Reason.MALFORMED, SIGNATURE_V3_HEADER + " without " + TIMESTAMP_HEADER);
    }
    long millis = parseTimestamp(timestamp);
    long age = clock.millis() - millis;
    if (age > toleranceMillis) {
      throw new SignatureException(
          Reason.TIMESTAMP_TOO_OLD,
          TIMESTAMP_HEADER + " is " + age + " ms old; at most " + toleranceMillis
              + " ms are allowed" + describe(method, signedUri));
    }
    if (-age > toleranceMillis) {
      throw new SignatureException(
          Reason.TIMESTAMP_IN_FUTURE,
          TIMESTAMP_HEADER + " is " + (-age) + " ms in the future; at most " + toleranceMillis
              + " ms are allowed" + describe(method, signedUri));
    }
    byte[] methodBytes = method.getBytes(UTF_8);
    byte[] uriBytes = signedUri.getBytes(UTF_8);
    byte[] timestampBytes = timestamp.getBytes(UTF_8);
    for (int i = 0; i < secrets.size(); i++) {
      Mac mac = secrets.get(i).mac();
      mac.update(methodBytes);
      mac.update(uriBytes);
      mac.update(body);
      mac.update(timestampBytes);
      if (MessageDigest.isEqual(mac.doFinal(), given)) {
        return new VerifiedSignature(SignatureVersion.V3, i, OptionalLong.of(millis));
      }
    }
    throw mismatch(SignatureVersion.V3, method, signedUri);
  }

  private VerifiedSignature verifyHex(
      SignatureVersion version, String method, String url, byte[] body, String signature)
      throws SignatureException {
    byte[] given = decodeHex(signature);
    if (given == null || given.length != DIGEST_BYTES) {
      throw new SignatureException(
          Reason.MALFORMED, SIGNATURE_HEADER + " is not a hex SHA-256 digest");
    }
    byte[] methodBytes = method.getBytes(UTF_8);
    byte[] urlBytes = url.getBytes(UTF_8);
    // digest() leaves the digest reset for the next use, and update() of an array cannot fail
    // half-way: this thread's digest is always fresh here.
    MessageDigest digest = SHA256.get();
    for (int i = 0; i < secrets.size(); i++) {
      digest.update(secrets.get(i).bytes);
      if (version == SignatureVersion.V2) {
        digest.update(methodBytes);
        digest.update(urlBytes);
      }
      digest.update(body);
      if (MessageDigest.isEqual(digest.digest(), given)) {
        return new VerifiedSignature(version, i, OptionalLong.empty());
      }
    }
    throw mismatch(version, method, url);
  }

  private SignatureException mismatch(SignatureVersion version, String method, String url) {
    return new SignatureException(
        Reason.MISMATCH,
        version.headerValue() + " signature matches none of the " + secrets.size()
            + " configured secret(s)" + describe(method, url)
            + "; check the client secret and that this is the URL HubSpot requested");
  }

  /** Method and URL without the query (which can hold personal data), for messages. */
  private static String describe(String method, String url) {
    int query = url.indexOf('?');
    return " for " + LogText.of(method) + " " + LogText.of(query < 0 ? url : url.substring(0, query));
  }

  private static long parseTimestamp(String timestamp) throws SignatureException {
    int length = timestamp.length();
    boolean digits = length > 0 && length <= 18;
    for (int i = 0; digits && i < length; i++) {
      char c = timestamp.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (!digits) {
      throw new SignatureException(
          Reason.MALFORMED, TIMESTAMP_HEADER + " is not a number of epoch milliseconds");
    }
    return Long.parseLong(timestamp);
  }

  /**
   * Why this verifier refuses a request on its headers alone, whatever its body: no signature of
   * any version ({@link Reason#MISSING}), or no v3 signature while v3 is required ({@link
   * Reason#VERSION_NOT_ACCEPTED}); empty when it carries one this verifier checks, right or wrong.
   * Such a request is refused before its body is read: it cannot be HubSpot's, and so costs no
   * buffer and learns no body limit. {@link #verify} refuses it with the same reason.
   */
  public Optional<Reason> refusalOnHeaders(Function<String, String> headers) {
    return refusal(header(headers, SIGNATURE_V3_HEADER), header(headers, SIGNATURE_HEADER));
  }

  /** The one decision behind {@link #refusalOnHeaders} and {@link #verify}, from the two headers. */
  private Optional<Reason> refusal(String v3, String v1OrV2) {
    if (v3 != null) {
      return Optional.empty();
    }
    if (v1OrV2 == null) {
      return Optional.of(Reason.MISSING);
    }
    return requireV3 ? Optional.of(Reason.VERSION_NOT_ACCEPTED) : Optional.empty();
  }

  /** What a refusal on the headers alone says: which signature is missing. */
  public static String refusalMessage(Reason reason) {
    return reason == Reason.MISSING ? NO_SIGNATURE : V3_REQUIRED;
  }

  private static String header(Function<String, String> headers, String name) {
    String value = headers.apply(name);
    if (value == null) {
      return null;
    }
    value = value.strip();
    return value.isEmpty() ? null : value;
  }

  // ---------------------------------------------------------------------------------------------
  // Signing: what HubSpot does, for tests and tools.

  /**
   * The v1 signature: lower-case hex SHA-256 of the secret followed by the body.
   *
   * @param body the raw body; {@code null} for none
   */
  public static String signV1(String secret, byte[] body) {
    requireSecret(secret);
    MessageDigest digest = sha256();
    digest.update(secret.getBytes(UTF_8));
    digest.update(body == null ? new byte[0] : body);
    return hex(digest.digest());
  }

  /**
   * The v2 signature: lower-case hex SHA-256 of secret, method, URL and body.
   *
   * @param url the full URL exactly as requested (scheme, host, path, raw query)
   * @param body the raw body; {@code null} for none
   */
  public static String signV2(String secret, String method, String url, byte[] body) {
    requireSecret(secret);
    MessageDigest digest = sha256();
    digest.update(secret.getBytes(UTF_8));
    digest.update(method.getBytes(UTF_8));
    digest.update(url.getBytes(UTF_8));
    digest.update(body == null ? new byte[0] : body);
    return hex(digest.digest());
  }

  /**
   * The v3 signature: Base64 HMAC-SHA256, keyed by the secret, of method, URL, body and timestamp.
   * The twelve escapes HubSpot decodes are decoded here too, so pass the URL as it is requested.
   *
   * @param url the full URL exactly as requested (scheme, host, path, raw query)
   * @param body the raw body; {@code null} for none
   * @param timestampMillis the value of {@value #TIMESTAMP_HEADER}
   */
  public static String signV3(
      String secret, String method, String url, byte[] body, long timestampMillis) {
    return signV3AsSent(secret, method, v3Uri(url), body, timestampMillis);
  }

  /**
   * The v3 signature over the URL exactly as given, without the unescaping of HubSpot's v3 rule:
   * how the local proxy of {@code hs project dev} signs; see {@link #verifyAsSent}.
   *
   * @param url the full URL exactly as requested (scheme, host, path, raw query)
   * @param body the raw body; {@code null} for none
   * @param timestampMillis the value of {@value #TIMESTAMP_HEADER}
   */
  public static String signV3AsSent(
      String secret, String method, String url, byte[] body, long timestampMillis) {
    requireSecret(secret);
    Mac mac = newMac(new SecretKeySpec(secret.getBytes(UTF_8), HMAC_SHA256));
    mac.update(method.getBytes(UTF_8));
    mac.update(url.getBytes(UTF_8));
    mac.update(body == null ? new byte[0] : body);
    mac.update(Long.toString(timestampMillis).getBytes(UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal());
  }

  /**
   * The signature of the given version; {@code method}, {@code url} and {@code timestampMillis}
   * are ignored where that version does not use them.
   */
  public static String sign(
      SignatureVersion version,
      String secret,
      String method,
      String url,
      byte[] body,
      long timestampMillis) {
    switch (version) {
      case V1:
        return signV1(secret, body);
      case V2:
        return signV2(secret, method, url, body);
      case V3:
        return signV3(secret, method, url, body, timestampMillis);
      default:
        throw new AssertionError(version);
    }
  }

  /**
   * The signature headers HubSpot would send with a request.
   *
   * @param versions the versions to include; none means v2 and v3, which is what HubSpot sends to
   *     CRM cards. v1 and v2 cannot be combined: they share {@value #SIGNATURE_HEADER}.
   * @return header name to value, in a stable order, unmodifiable
   */
  public static Map<String, String> signedHeaders(
      String secret,
      String method,
      String url,
      byte[] body,
      long timestampMillis,
      SignatureVersion... versions) {
    Set<SignatureVersion> chosen =
        versions.length == 0
            ? EnumSet.of(SignatureVersion.V2, SignatureVersion.V3)
            : EnumSet.copyOf(Arrays.asList(versions));
    if (chosen.contains(SignatureVersion.V1) && chosen.contains(SignatureVersion.V2)) {
      throw new IllegalArgumentException("v1 and v2 both use " + SIGNATURE_HEADER);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (SignatureVersion version : chosen) {
      String signature = sign(version, secret, method, url, body, timestampMillis);
      if (version == SignatureVersion.V3) {
        headers.put(SIGNATURE_V3_HEADER, signature);
        headers.put(TIMESTAMP_HEADER, Long.toString(timestampMillis));
      } else {
        headers.put(SIGNATURE_HEADER, signature);
        headers.put(SIGNATURE_VERSION_HEADER, version.headerValue());
      }
    }
    return Collections.unmodifiableMap(headers);
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding helpers.

  /**
   * The URL a request verified with {@code version} was signed for, in the one spelling that every
   * spelling the verifier accepts of it shares: for v3 as {@link #v3Uri} hashes it (the escapes v3
   * decodes, decoded), for v1 and v2 as it is, the only spelling their digests accept. For the
   * keys of signed requests, which must not tell two spellings of one request apart.
   */
  public static String canonicalUrl(SignatureVersion version, String url) {
    return version == SignatureVersion.V3 ? v3Uri(url) : url;
  }

  /**
   * The signature in a header value verified with {@code version}, decoded as the verifier decodes
   * it: v3's Base64 (a space read as {@code +}, the padding optional), v1's and v2's hex in either
   * case. For the same keys: every spelling the verifier accepts gives the same bytes.
   *
   * @return the bytes, or {@code null} if the value does not decode
   */
  public static byte[] signatureBytes(SignatureVersion version, String value) {
    if (version != SignatureVersion.V3) {
      return decodeHex(value);
    }
    try {
      return Base64.getDecoder().decode(value.replace(' ', '+'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The URL as v3 signs it: {@code %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B} decoded (hex
   * digits in either case), every other escape left as it is.
   */
  static String v3Uri(String url) {
    int percent = url.indexOf('%');
    if (percent < 0) {
      return url;
    }
    int length = url.length();
    StringBuilder out = new StringBuilder(length);
    out.append(url, 0, percent);
    for (int i = percent; i < length; i++) {
      char c = url.charAt(i);
      if (c == '%' && i + 2 < length) {
        int high = Character.digit(url.charAt(i + 1), 16);
        int low = Character.digit(url.charAt(i + 2), 16);
        if (high >= 0 && low >= 0) {
          char decoded = (char) (high * 16 + low);
          if (":/?@!$'()*,;".indexOf(decoded) >= 0) {
            out.append(decoded);
            i += 2;
            continue;
          }
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Either hex case; {@code null} when not hex. */
  private static byte[] decodeHex(String text) {
    if (text.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int high = hexDigit(text.charAt(2 * i));
      int low = hexDigit(text.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return null;
      }
      out[i] = (byte) (high << 4 | low);
    }
    return out;
  }

  /**
   * The value of each ASCII hex digit, -1 for every other character: a look-up instead of range
   * tests, whose branches a random signature would mispredict about every other digit.
   */
  private static final byte[] HEX_VALUE = new byte[128];

  static {
    Arrays.fill(HEX_VALUE, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX_VALUE['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX_VALUE['a' + i] = (byte) (10 + i);
      HEX_VALUE['A' + i] = (byte) (10 + i);
    }
  }

  private static int hexDigit(char c) {
    return c < 128 ? HEX_VALUE[c] : -1;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static void requireSecret(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("the client secret is blank");
    }
    if (!secret.equals(secret.strip())) {
      throw new IllegalArgumentException(
          "the client secret has leading or trailing whitespace; copy it again from the app's"
              + " Auth settings");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** How many secrets are accepted. */
  public int secretCount() {
    return secrets.size();
  }

  /** The clock v3 timestamps are checked against. */
  public Clock clock() {
    return clock;
  }

  /** How far a v3 timestamp may be from the clock, either way. */
  public Duration tolerance() {
    return tolerance;
  }

  /** Whether v1 signatures are accepted. */
  public boolean acceptsV1() {
    return acceptV1;
  }

  /** Whether only v3 signatures are accepted. */
  public boolean requiresV3() {
    return requireV3;
  }

  /** Describes the configuration; secrets are only counted. */
  @Override
  public String toString() {
    return "SignatureVerifier[secrets=" + secrets.size() + ", tolerance=" + tolerance
        + ", acceptV1=" + acceptV1 + ", requireV3=" + requireV3 + "]";
  }

  /** One secret, with a per-thread MAC keyed by it. */
  private static final class Secret {
    final byte[] bytes;
    private final ThreadLocal<Mac> mac;

    Secret(String secret) {
      this.bytes = secret.getBytes(UTF_8);
      SecretKeySpec key = new SecretKeySpec(bytes, HMAC_SHA256);
      this.mac = ThreadLocal.withInitial(() -> newMac(key));
    }

    /** This thread's MAC, ready for new input. */
    Mac mac() {
      Mac m = mac.get();
      m.reset();
      return m;
    }

    @Override
    public String toString() {
      return "Secret[redacted]";
    }
  }

  /** Builds a {@link SignatureVerifier}. Not thread-safe. */
  public static final class Builder {
    private final List<String> secrets = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private boolean acceptV1;
    private boolean requireV3 = true;

    private Builder() {}

    /** Accepts signatures made with this secret (the app's client secret) only. */
    public Builder secret(String secret) {
      return secrets(List.of(Objects.requireNonNull(secret, "secret")));
    }

    /**
     * Accepts signatures made with any of these secrets, for example the old and the new client
     * secret while rotating. Replaces the secrets set before.
     */
    public Builder secrets(String... secrets) {
      return secrets(Arrays.asList(secrets));
    }

    /** Like {@link #secrets(String...)}. */
    public Builder secrets(Collection<String> secrets) {
      Set<String> unique = new LinkedHashSet<>();
      for (String secret : secrets) {
        requireSecret(secret);
        unique.add(secret);
      }
      this.secrets.clear();
      this.secrets.addAll(unique);
      return this;
    }

    /** The clock v3 timestamps are checked against; default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far a v3 timestamp may lie from the clock, in the past or in the future; default five
     * minutes, as HubSpot documents.
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("the timestamp tolerance must be positive");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Whether v1 signatures, which do not cover the method or the URL, are accepted. Default: no.
     * Only with {@code requireV3(false)}.
     */
    public Builder acceptV1(boolean acceptV1) {
      this.acceptV1 = acceptV1;
      return this;
    }

    /**
     * Whether requests without a v3 signature are rejected. Default: yes. HubSpot signs every card
     * request with v3 beside v2, and only v3 carries a timestamp: a v2 signature never expires, so
     * a captured request with its v3 headers taken off would verify as v2 at any later time. {@code
     * requireV3(false)} accepts v2 (and v1, when {@linkplain #acceptV1(boolean) enabled}) for
     * requests that carry no v3 signature.
     */
    public Builder requireV3(boolean requireV3) {
      this.requireV3 = requireV3;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws IllegalStateException if no secret was given, or v1 is accepted while v3 is required
     *     (the default)
     */
    public SignatureVerifier build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException(
            "no client secret configured: set the HubSpot app's client secret");
      }
      if (acceptV1 && requireV3) {
        throw new IllegalStateException("acceptV1(true) needs requireV3(false): v1 is only checked"
            + " for requests without a v3 signature, and v3 is required by default");
      }
      return new SignatureVerifier(this);
    }
  }
}

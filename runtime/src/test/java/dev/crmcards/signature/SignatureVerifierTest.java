package dev.crmcards.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmcards.signature.SignatureException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {

  static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
  static final String WEBHOOK = "https://www.example.com/webhook_uri";
  static final String V1_BODY =
      "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
          + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":123,"
          + "\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}]";
  static final String JSON_BODY = "{\"example_field\":\"example_value\"}";
  static final String QUOTED_BODY = "{'example_field':'example_value'}";
  static final String SLICK_SECRET = "3da21a3d-5964-494c-a638-c56abb76d825";
  static final String SLICK_BODY =
      "[{\"eventId\":100,\"subscriptionId\":2439752,\"portalId\":8136442,"
          + "\"occurredAt\":1704970386905,\"subscriptionType\":\"deal.propertyChange\","
          + "\"attemptNumber\":0,\"objectId\":123,\"changeSource\":\"CRM\","
          + "\"propertyName\":\"dealstage\",\"propertyValue\":\"sample-value\"}]";
  static final String FETCH_URL =
      "https://www.example.com/demo-fetch?userId=12345&userEmail=loggedinuser%40hubspot.com"
          + "&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654"
          + "&firstname=Tim&email=timrobinson%40itysl.com&lastname=Robinson";
  static final String D3_URL =
      "https://www.example.com/hook?a=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B&b=x%20y%26z%3Dw";
  static final String D3_BODY =
      "userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654&protected_account=true";
  static final long TS = 1693657560000L;

  /** One official or derived vector from the specification, section 2.5. */
  record Vector(
      String name,
      SignatureVersion version,
      String secret,
      String method,
      String url,
      String body,
      long timestamp,
      String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> vectors() {
    return Stream.of(
        new Vector("1", SignatureVersion.V1, SECRET, "POST", WEBHOOK, V1_BODY, 0,
            "232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de"),
        new Vector("2", SignatureVersion.V2, SECRET, "GET", WEBHOOK, "", 0,
            "eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e"),
        new Vector("3", SignatureVersion.V2, SECRET, "POST", WEBHOOK, JSON_BODY, 0,
            "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900"),
        new Vector("4", SignatureVersion.V1, SECRET, "POST", WEBHOOK, QUOTED_BODY, 0,
            "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750"),
        new Vector("5", SignatureVersion.V2, SECRET, "POST", WEBHOOK, QUOTED_BODY, 0,
            "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383"),
        new Vector("6", SignatureVersion.V3, SECRET, "POST", WEBHOOK, QUOTED_BODY, TS,
            "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y="),
        new Vector("7", SignatureVersion.V3, SECRET, "POST", WEBHOOK, QUOTED_BODY, 1700000300000L,
            "RnbPH7+UMKVkbV32P8bz450N4M56aPmcru1+D3kSDtw="),
        new Vector("8", SignatureVersion.V3, SLICK_SECRET, "POST", "https://api.beta/webhooks",
            SLICK_BODY, 1704975585199L, "IirHW2rKOnmjwy3EF7Czp86mGntxQZVDVhKTlGj5jx8="),
        new Vector("D1", SignatureVersion.V3, SECRET, "GET", FETCH_URL, "", TS,
            "/8gr5zGt6YuCUUetuOdqWydxu3b97G7JEfmOscSe6Tk="),
        new Vector("D2", SignatureVersion.V2, SECRET, "GET", FETCH_URL, "", 0,
            "09378a036b64654c71f420309ffdc4ffd7b1775bfc86238e55f132724d4fe897"),
        new Vector("D3", SignatureVersion.V3, SECRET, "POST", D3_URL, D3_BODY, TS,
            "qXf1DdqYYEOu4VOZPlWUli1lLzbANdrbGgkwEof9IKo="));
  }

  static Clock at(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  static SignatureVerifier.Builder verifier() {
    return SignatureVerifier.builder().secret(SECRET).clock(at(TS));
  }

  /** A verifier that also takes v2 alone, as {@code requireV3(false)} asks. */
  static SignatureVerifier.Builder acceptingV2() {
    return verifier().requireV3(false);
  }

  static Map<String, String> headers(String... namesAndValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, String> headersFor(Vector v) {
    if (v.version() == SignatureVersion.V3) {
      return headers(
          "X-HubSpot-Signature-v3", v.expected(),
          "X-HubSpot-Request-Timestamp", Long.toString(v.timestamp()));
    }
    return headers(
        "X-HubSpot-Signature", v.expected(),
        "X-HubSpot-Signature-Version", v.version().headerValue());
  }

  static SignatureException rejected(
      SignatureVerifier verifier, String method, String url, String body, Map<String, String> h) {
    SignatureException e =
        catchThrowableOfType(
            SignatureException.class, () -> verifier.verify(method, url, body.getBytes(UTF_8), h));
    assertThat(e).as("expected a rejection").isNotNull();
    return e;
  }

  @Nested
  class Vectors {
    @ParameterizedTest(name = "vector {0}")
    @MethodSource("dev.crmcards.signature.SignatureVerifierTest#vectors")
    void signProducesTheVector(Vector v) {
      assertThat(
              SignatureVerifier.sign(
                  v.version(), v.secret(), v.method(), v.url(), v.body().getBytes(UTF_8),
                  v.timestamp()))
          .isEqualTo(v.expected());
    }

    @ParameterizedTest(name = "vector {0}")
    @MethodSource("dev.crmcards.signature.SignatureVerifierTest#vectors")
    void verifyAcceptsTheVector(Vector v) throws SignatureException {
      SignatureVerifier verifier =
          SignatureVerifier.builder()
              .secret(v.secret())
              .clock(at(v.timestamp()))
              .requireV3(v.version() == SignatureVersion.V3)
              .acceptV1(v.version() == SignatureVersion.V1)
              .build();
      VerifiedSignature result =
          verifier.verify(v.method(), v.url(), v.body().getBytes(UTF_8), headersFor(v));
      assertThat(result.version()).isEqualTo(v.version());
      assertThat(result.secretIndex()).isZero();
      assertThat(result.timestampMillis().isPresent())
          .isEqualTo(v.version() == SignatureVersion.V3);
    }

    @Test
    void d1WithoutDecodingIsTheDocumentedWrongValue() {
      assertThat(SignatureVerifier.v3Uri(FETCH_URL)).contains("loggedinuser@hubspot.com");
      SignatureException e =
          rejected(verifier().build(), "GET", FETCH_URL, "",
              headers("X-HubSpot-Signature-v3", "aBKbBXz2WT0iH3rNLzRz9+etuT73ICyS5dJi83rqwoo=",
                  "X-HubSpot-Request-Timestamp", Long.toString(TS)));
      assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
    }

    @Test
    void d3DecodesExactlyTheTwelveEscapes() {
      assertThat(SignatureVerifier.v3Uri(D3_URL))
          .isEqualTo("https://www.example.com/hook?a=:/?@!$'()*,;&b=x%20y%26z%3Dw");
    }

    @Test
    void v2SignsTheRawUrl() throws SignatureException {
      String decoded = SignatureVerifier.v3Uri(FETCH_URL);
      SignatureException e =
          rejected(acceptingV2().build(), "GET", decoded, "",
              headers("X-HubSpot-Signature",
                  "09378a036b64654c71f420309ffdc4ffd7b1775bfc86238e55f132724d4fe897",
                  "X-HubSpot-Signature-Version", "v2"));
      assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
    }
  }

  @Nested
  class V3UriDecoding {
    @Test
    void lowerCaseEscapesAreDecodedToo() {
      assertThat(SignatureVerifier.v3Uri("https://h/p?a=%3a%2f%3f%40%21%24%27%28%29%2a%2c%3b"))
          .isEqualTo("https://h/p?a=:/?@!$'()*,;");
    }

    @Test
    void otherEscapesStay() {
      String url = "https://h/p%20q?a=%20%26%3D%2B%25%2b%7E%c3%a9";
      assertThat(SignatureVerifier.v3Uri(url)).isEqualTo(url);
    }

    @Test
    void decodesOnceOnly() {
      assertThat(SignatureVerifier.v3Uri("https://h/?a=%253A")).isEqualTo("https://h/?a=%253A");
    }

    @Test
    void incompleteOrInvalidEscapesStay() {
      assertThat(SignatureVerifier.v3Uri("https://h/?a=%3")).isEqualTo("https://h/?a=%3");
      assertThat(SignatureVerifier.v3Uri("https://h/?a=%")).isEqualTo("https://h/?a=%");
      assertThat(SignatureVerifier.v3Uri("https://h/?a=%zz%4")).isEqualTo("https://h/?a=%zz%4");
      assertThat(SignatureVerifier.v3Uri("https://h/?a=%%3A")).isEqualTo("https://h/?a=%:");
    }

    @Test
    void aRequestWithLowerCaseEscapesVerifiesAgainstHubSpotsSignature() throws Exception {
      String signature =
          SignatureVerifier.signV3(SECRET, "GET", "https://h/p?e=a%40b.com&t=%3A", null, TS);
      VerifiedSignature result =
          verifier().build().verify("GET", "https://h/p?e=a%40b.com&t=%3a", null,
              headers("X-HubSpot-Signature-v3", signature,
                  "X-HubSpot-Request-Timestamp", Long.toString(TS)));
      assertThat(result.version()).isEqualTo(SignatureVersion.V3);
    }
  }

  @Nested
  class Policy {
    final byte[] body = JSON_BODY.getBytes(UTF_8);
    final Map<String, String> v2 =
        headers("X-HubSpot-Signature", SignatureVerifier.signV2(SECRET, "POST", WEBHOOK, body),
            "X-HubSpot-Signature-Version", "v2");
    final Map<String, String> v3 =
        SignatureVerifier.signedHeaders(SECRET, "POST", WEBHOOK, body, TS, SignatureVersion.V3);

    @Test
    void v2AloneIsRefusedByDefaultAndAcceptedWhenV3IsNotRequired() throws SignatureException {
      SignatureException e = rejected(verifier().build(), "POST", WEBHOOK, JSON_BODY, v2);
      assertThat(e.reason()).isEqualTo(Reason.VERSION_NOT_ACCEPTED);
      assertThat(e.getMessage()).contains("X-HubSpot-Signature-v3");
      assertThat(acceptingV2().build().verify("POST", WEBHOOK, body, v2).version())
          .isEqualTo(SignatureVersion.V2);
    }

    @Test
    void v3AloneIsAccepted() throws SignatureException {
      assertThat(verifier().build().verify("POST", WEBHOOK, body, v3).version())
          .isEqualTo(SignatureVersion.V3);
    }

    @Test
    void bothPresentMeansV3IsChecked() throws SignatureException {
      Map<String, String> both = new HashMap<>(v2);
      both.putAll(v3);
      assertThat(verifier().build().verify("POST", WEBHOOK, body, both).version())
          .isEqualTo(SignatureVersion.V3);
    }

    @Test
    void aGoodV3BesideABadV2IsAccepted() throws SignatureException {
      Map<String, String> h = new HashMap<>(v3);
      h.put("X-HubSpot-Signature", "00".repeat(32));
      h.put("X-HubSpot-Signature-Version", "v2");
      assertThat(verifier().build().verify("POST", WEBHOOK, body, h).version())
          .isEqualTo(SignatureVersion.V3);
    }

    @Test
    void aBadV3BesideAGoodV2IsRejectedWithoutFallback() {
      Map<String, String> h = new HashMap<>(v2);
      h.put("X-HubSpot-Signature-v3", SignatureVerifier.signV3("other", "POST", WEBHOOK, body, TS));
      h.put("X-HubSpot-Request-Timestamp", Long.toString(TS));
      assertThat(rejected(acceptingV2().build(), "POST", WEBHOOK, JSON_BODY, h).reason())
          .isEqualTo(Reason.MISMATCH);
    }

    @Test
    void aStaleV3BesideAGoodV2IsRejected() {
      Map<String, String> h = new HashMap<>(v2);
      long old = TS - Duration.ofMinutes(6).toMillis();
      h.putAll(SignatureVerifier.signedHeaders(
          SECRET, "POST", WEBHOOK, body, old, SignatureVersion.V3));
      assertThat(rejected(acceptingV2().build(), "POST", WEBHOOK, JSON_BODY, h).reason())
          .isEqualTo(Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void v1IsRefusedByDefaultAndAcceptedOnOptIn() throws SignatureException {
      Map<String, String> v1 =
          SignatureVerifier.signedHeaders(SECRET, "POST", WEBHOOK, body, TS, SignatureVersion.V1);
      assertThat(v1).containsEntry("X-HubSpot-Signature-Version", "v1");
      assertThat(rejected(verifier().build(), "POST", WEBHOOK, JSON_BODY, v1).reason())
          .isEqualTo(Reason.VERSION_NOT_ACCEPTED);
      assertThat(rejected(acceptingV2().build(), "POST", WEBHOOK, JSON_BODY, v1).reason())
          .isEqualTo(Reason.VERSION_NOT_ACCEPTED);
      assertThat(acceptingV2().acceptV1(true).build().verify("POST", WEBHOOK, body, v1).version())
          .isEqualTo(SignatureVersion.V1);
    }

    @Test
    void v3IsRequiredByDefault() throws SignatureException {
      SignatureVerifier strict = verifier().build();
      assertThat(strict.requiresV3()).isTrue();
      assertThat(rejected(strict, "POST", WEBHOOK, JSON_BODY, v2).reason())
          .isEqualTo(Reason.VERSION_NOT_ACCEPTED);
      assertThat(rejected(strict, "POST", WEBHOOK, JSON_BODY, headers()).reason())
          .isEqualTo(Reason.MISSING);
      assertThat(strict.verify("POST", WEBHOOK, body, v3).version()).isEqualTo(SignatureVersion.V3);
    }

    @Test
    void tamperingIsDetected() {
      SignatureVerifier verifier = acceptingV2().build();
      for (Map<String, String> h : List.of(v2, v3)) {
        assertThat(rejected(verifier, "PUT", WEBHOOK, JSON_BODY, h).reason())
            .isEqualTo(Reason.MISMATCH);
        assertThat(rejected(verifier, "POST", WEBHOOK + "?x=1", JSON_BODY, h).reason())
            .isEqualTo(Reason.MISMATCH);
        assertThat(rejected(verifier, "POST", WEBHOOK, JSON_BODY + " ", h).reason())
            .isEqualTo(Reason.MISMATCH);
        assertThat(rejected(verifier, "POST", "http://www.example.com/webhook_uri", JSON_BODY, h)
                .reason())
            .isEqualTo(Reason.MISMATCH);
      }
    }

    @Test
    void theBodyIsHashedAsRawBytes() throws SignatureException {
      byte[] latin1 = "caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      Map<String, String> h = SignatureVerifier.signedHeaders(SECRET, "POST", WEBHOOK, latin1, TS);
      assertThat(verifier().build().verify("POST", WEBHOOK, latin1, h).version())
          .isEqualTo(SignatureVersion.V3);
      assertThat(rejected(verifier().build(), "POST", WEBHOOK, "caf\u00e9", h).reason())
          .isEqualTo(Reason.MISMATCH);
    }

    @Test
    void aNullBodyIsAnEmptyBody() throws SignatureException {
      Map<String, String> h =
          SignatureVerifier.signedHeaders(SECRET, "GET", WEBHOOK, new byte[0], TS);
      assertThat(verifier().build().verify("GET", WEBHOOK, null, h).version())
          .isEqualTo(SignatureVersion.V3);
    }
  }

  @Nested
  class TimestampWindow {
    final byte[] body = JSON_BODY.getBytes(UTF_8);

    VerifiedSignature verifyAt(long timestamp, SignatureVerifier verifier)
        throws SignatureException {
      return verifier.verify("POST", WEBHOOK, body,
          SignatureVerifier.signedHeaders(SECRET, "POST", WEBHOOK, body, timestamp,
              SignatureVersion.V3));
    }

    Reason reasonAt(long timestamp, SignatureVerifier verifier) {
      return catchThrowableOfType(SignatureException.class, () -> verifyAt(timestamp, verifier))
          .reason();
    }

    @Test
    void fiveMinutesEitherWayIsTheEdge() throws SignatureException {
      SignatureVerifier verifier = verifier().build();
      long five = Duration.ofMinutes(5).toMillis();
      assertThat(verifyAt(TS - five, verifier).timestampMillis()).hasValue(TS - five);
      assertThat(verifyAt(TS + five, verifier).timestampMillis()).hasValue(TS + five);
      assertThat(reasonAt(TS - five - 1, verifier)).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
      assertThat(reasonAt(TS + five + 1, verifier)).isEqualTo(Reason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void theToleranceIsConfigurable() throws SignatureException {
      SignatureVerifier verifier = verifier().tolerance(Duration.ofSeconds(30)).build();
      verifyAt(TS - 30_000, verifier);
      verifyAt(TS + 30_000, verifier);
      assertThat(reasonAt(TS - 30_001, verifier)).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
      assertThat(reasonAt(TS + 30_001, verifier)).isEqualTo(Reason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void secondsInsteadOfMillisecondsAreFarTooOld() {
      assertThat(reasonAt(TS / 1000, verifier().build())).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void theWindowIsCheckedAgainstTheClock() throws SignatureException {
      long later = TS + Duration.ofHours(1).toMillis();
      SignatureVerifier verifier = verifier().clock(at(later)).build();
      assertThat(reasonAt(TS, verifier)).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
      verifyAt(later, verifier);
    }
  }

  @Nested
  class Rotation {
    final byte[] body = JSON_BODY.getBytes(UTF_8);
    final SignatureVerifier verifier =
        SignatureVerifier.builder()
            .secrets("old-secret", "new-secret")
            .clock(at(TS))
            .requireV3(false)
            .build();

    @Test
    void eitherSecretIsAcceptedAndReported() throws SignatureException {
      for (SignatureVersion version : List.of(SignatureVersion.V2, SignatureVersion.V3)) {
        assertThat(verifier.verify("POST", WEBHOOK, body,
                SignatureVerifier.signedHeaders("old-secret", "POST", WEBHOOK, body, TS, version))
            .secretIndex()).isZero();
        assertThat(verifier.verify("POST", WEBHOOK, body,
                SignatureVerifier.signedHeaders("new-secret", "POST", WEBHOOK, body, TS, version))
            .secretIndex()).isEqualTo(1);
      }
    }

    @Test
    void aThirdSecretIsNot() {
      Map<String, String> h =
          SignatureVerifier.signedHeaders("third-secret", "POST", WEBHOOK, body, TS);
      SignatureException e = rejected(verifier, "POST", WEBHOOK, JSON_BODY, h);
      assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
      assertThat(e.getMessage()).contains("2 configured secret(s)");
    }

    @Test
    void macsArePerThreadAndPerSecret() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          String secret = t % 2 == 0 ? "old-secret" : "new-secret";
          int expected = t % 2;
          results.add(pool.submit(() -> {
            for (int i = 0; i < 200; i++) {
              byte[] b = ("{\"i\":" + i + "}").getBytes(UTF_8);
              int index = verifier.verify("POST", WEBHOOK, b,
                  SignatureVerifier.signedHeaders(secret, "POST", WEBHOOK, b, TS,
                      SignatureVersion.V3)).secretIndex();
              if (index != expected) {
                return index;
              }
            }
            return expected;
          }));
        }
        for (int t = 0; t < results.size(); t++) {
          assertThat(results.get(t).get()).isEqualTo(t % 2);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Headers {
    final byte[] body = QUOTED_BODY.getBytes(UTF_8);

    @Test
    void aPlusTurnedIntoASpaceStillVerifies() throws SignatureException {
      String spaced = "K36dawei4A QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=";
      assertThat(verifier().build().verify("POST", WEBHOOK, body,
              headers("X-HubSpot-Signature-v3", spaced, "X-HubSpot-Request-Timestamp",
                  Long.toString(TS))).version())
          .isEqualTo(SignatureVersion.V3);
    }

    @Test
    void headerNamesAreCaseInsensitiveAndValuesTrimmed() throws SignatureException {
      assertThat(verifier().build().verify("POST", WEBHOOK, body,
              headers("x-hubspot-signature-V3", " K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y= ",
                  "X-HUBSPOT-REQUEST-TIMESTAMP", Long.toString(TS))).version())
          .isEqualTo(SignatureVersion.V3);
    }

    @Test
    void upperCaseHexIsAccepted() throws SignatureException {
      String upper = "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383"
          .toUpperCase(java.util.Locale.ROOT);
      assertThat(acceptingV2().build().verify("POST", WEBHOOK, body,
              headers("X-HubSpot-Signature", upper, "X-HubSpot-Signature-Version", "V2"))
          .version()).isEqualTo(SignatureVersion.V2);
    }

    @Test
    void noHeadersAtAll() {
      SignatureException e = rejected(verifier().build(), "POST", WEBHOOK, QUOTED_BODY, headers());
      assertThat(e.reason()).isEqualTo(Reason.MISSING);
      assertThat(e.getMessage()).contains("X-HubSpot-Signature-v3").contains(WEBHOOK);
    }

    @Test
    void blankHeadersCountAsAbsent() {
      assertThat(rejected(verifier().build(), "POST", WEBHOOK, QUOTED_BODY,
              headers("X-HubSpot-Signature-v3", "  ", "X-HubSpot-Signature", "")).reason())
          .isEqualTo(Reason.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "K36dawei4A+QBNolUOqo7s91", "AAAA", "K36d%wei4A"})
    void garbledV3Signatures(String value) {
      SignatureException e = rejected(verifier().build(), "POST", WEBHOOK, QUOTED_BODY,
          headers("X-HubSpot-Signature-v3", value, "X-HubSpot-Request-Timestamp",
              Long.toString(TS)));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1693657560000.0", "-1693657560000", "1.69e12", "now", "0x1F",
        "1234567890123456789012"})
    void garbledTimestamps(String value) {
      SignatureException e = rejected(verifier().build(), "POST", WEBHOOK, QUOTED_BODY,
          headers("X-HubSpot-Signature-v3", "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=",
              "X-HubSpot-Request-Timestamp", value));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains("X-HubSpot-Request-Timestamp");
    }

    @Test
    void v3WithoutTimestamp() {
      SignatureException e = rejected(verifier().build(), "POST", WEBHOOK, QUOTED_BODY,
          headers("X-HubSpot-Signature-v3", "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y="));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains("without X-HubSpot-Request-Timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "4fe4e3a7", "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38",
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38g",
        // Just outside the digit and letter ranges, and a digit that is not ASCII.
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38:",
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38`",
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38@",
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c38\u0663"})
    void garbledHexSignatures(String value) {
      SignatureException e = rejected(acceptingV2().build(), "POST", WEBHOOK, QUOTED_BODY,
          headers("X-HubSpot-Signature", value, "X-HubSpot-Signature-Version", "v2"));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void missingOrUnknownVersion() {
      String sig = "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383";
      assertThat(rejected(acceptingV2().build(), "POST", WEBHOOK, QUOTED_BODY,
              headers("X-HubSpot-Signature", sig)).reason())
          .isEqualTo(Reason.MALFORMED);
      SignatureException e = rejected(acceptingV2().build(), "POST", WEBHOOK, QUOTED_BODY,
          headers("X-HubSpot-Signature", sig, "X-HubSpot-Signature-Version", "v3"));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains("'v3'");
    }

    @Test
    void messagesNeverContainTheSecretOrTheExpectedSignature() {
      SignatureVerifier verifier = acceptingV2().build();
      String good = SignatureVerifier.signV3(SECRET, "POST", WEBHOOK, body, TS);
      String goodV2 = SignatureVerifier.signV2(SECRET, "POST", WEBHOOK, body);
      List<Map<String, String>> bad = List.of(
          headers(),
          headers("X-HubSpot-Signature-v3", "AAAA", "X-HubSpot-Request-Timestamp", "1"),
          headers("X-HubSpot-Signature-v3", good, "X-HubSpot-Request-Timestamp", "1"),
          headers("X-HubSpot-Signature-v3", good, "X-HubSpot-Request-Timestamp",
              Long.toString(TS + 1)),
          headers("X-HubSpot-Signature", "00".repeat(32), "X-HubSpot-Signature-Version", "v2"),
          headers("X-HubSpot-Signature", goodV2, "X-HubSpot-Signature-Version", "v1"));
      for (Map<String, String> h : bad) {
        SignatureException e = rejected(verifier, "POST", WEBHOOK, QUOTED_BODY, h);
        assertThat(e.getMessage())
            .doesNotContain(SECRET).doesNotContain(good).doesNotContain(goodV2)
            .doesNotContain(QUOTED_BODY);
      }
    }

    @Test
    void messagesLeaveTheQueryOut() {
      SignatureException e = rejected(verifier().build(), "GET", FETCH_URL, "", headers());
      assertThat(e.getMessage()).contains("https://www.example.com/demo-fetch")
          .doesNotContain("userEmail").doesNotContain("?");
    }
  }

  @Nested
  class Signing {
    @Test
    void signedHeadersDefaultToWhatCardsReceive() {
      Map<String, String> h = SignatureVerifier.signedHeaders(
          SECRET, "POST", WEBHOOK, QUOTED_BODY.getBytes(UTF_8), TS);
      assertThat(h).containsExactly(
          Map.entry("X-HubSpot-Signature",
              "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383"),
          Map.entry("X-HubSpot-Signature-Version", "v2"),
          Map.entry("X-HubSpot-Signature-v3", "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y="),
          Map.entry("X-HubSpot-Request-Timestamp", "1693657560000"));
    }

    @Test
    void v1AndV2CannotShareTheHeader() {
      assertThatThrownBy(() -> SignatureVerifier.signedHeaders(SECRET, "POST", WEBHOOK, null, TS,
              SignatureVersion.V1, SignatureVersion.V2))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Building {
    @Test
    void aSecretIsRequired() {
      assertThatThrownBy(() -> SignatureVerifier.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("client secret");
    }

    @Test
    void blankOrPaddedSecretsAreRefusedWithoutEchoingThem() {
      assertThatThrownBy(() -> SignatureVerifier.builder().secret(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SignatureVerifier.builder().secrets("ok", "padded-secret\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("padded-secret");
    }

    @Test
    void v1AndRequiredV3Contradict() {
      assertThatThrownBy(() -> verifier().acceptV1(true).requireV3(true).build())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> verifier().acceptV1(true).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("requireV3(false)");
    }

    @Test
    void toleranceMustBePositive() {
      assertThatThrownBy(() -> verifier().tolerance(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> verifier().tolerance(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesSecrets() {
      SignatureVerifier verifier = SignatureVerifier.builder().secrets(SECRET, "b").build();
      assertThat(verifier.toString()).doesNotContain(SECRET).contains("secrets=2");
      assertThat(verifier.secretCount()).isEqualTo(2);
      assertThat(verifier.tolerance()).isEqualTo(Duration.ofMinutes(5));
      assertThat(verifier.acceptsV1()).isFalse();
      assertThat(verifier.requiresV3()).isTrue();
    }

    @Test
    void duplicateSecretsCollapse() {
      assertThat(SignatureVerifier.builder().secrets("a", "a", "b").build().secretCount())
          .isEqualTo(2);
    }
  }
}

package dev.crmcards.cli.request;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubSpotRequestsTest {
  private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
  private static final long NOW = 1693657560000L;
  private static final List<Param> PARAMS = List.of(
      new Param("userId", "12345"), new Param("userEmail", "loggedinuser@hubspot.com"), new Param("protected_account", "true"));

  private static SignatureVerifier verifier() {
    return SignatureVerifier.builder().secret(SECRET).tolerance(java.time.Duration.ofDays(100_000))
        .requireV3(false).build();
  }

  @Test
  void theFetchMatchesTheSpecsDerivedVector() {
    List<Param> params = List.of(
        new Param("userId", "12345"), new Param("userEmail", "loggedinuser@hubspot.com"),
        new Param("associatedObjectId", "53701"), new Param("associatedObjectType", "CONTACT"),
        new Param("portalId", "987654"), new Param("firstname", "Tim"),
        new Param("email", "timrobinson@itysl.com"), new Param("lastname", "Robinson"));
    SignedRequest request = HubSpotRequests.fetch(
        "https://www.example.com/demo-fetch", "https://www.example.com/demo-fetch", params, SECRET,
        SignatureChoice.BOTH, Signer.HUBSPOT, NOW);
    assertThat(request.url()).isEqualTo("https://www.example.com/demo-fetch?userId=12345&userEmail=loggedinuser%40hubspot.com"
        + "&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654&firstname=Tim"
        + "&email=timrobinson%40itysl.com&lastname=Robinson");
    // HUBSPOT-SPEC §2.5, vectors D1 (v3) and D2 (v2).
    assertThat(request.headers())
        .containsEntry("X-HubSpot-Signature-v3", "/8gr5zGt6YuCUUetuOdqWydxu3b97G7JEfmOscSe6Tk=")
        .containsEntry("X-HubSpot-Request-Timestamp", "1693657560000")
        .containsEntry("X-HubSpot-Signature", "09378a036b64654c71f420309ffdc4ffd7b1775bfc86238e55f132724d4fe897")
        .containsEntry("X-HubSpot-Signature-Version", "v2");
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void bodyMethodsSendAFormAndSignIt() throws Exception {
    SignedRequest request = HubSpotRequests.actionHook(
        "put", "https://example.com/tickets/245/resolve", "https://example.com/tickets/245/resolve", PARAMS, SECRET,
        SignatureChoice.V3, Signer.HUBSPOT, NOW);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.url()).isEqualTo("https://example.com/tickets/245/resolve");
    assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(new String(request.body(), UTF_8))
        .isEqualTo("userId=12345&userEmail=loggedinuser%40hubspot.com&protected_account=true");
    assertThat(request.headers()).containsOnlyKeys("X-HubSpot-Signature-v3", "X-HubSpot-Request-Timestamp");
    assertThat(verifier().verify("PUT", request.url(), request.body(), request.headers()).version())
        .isEqualTo(SignatureVersion.V3);
  }

  @Test
  void getAndDeletePutThePropertiesInTheQuery() throws Exception {
    SignedRequest request = HubSpotRequests.actionHook(
        "DELETE", "https://example.com/tickets/245?force=1", "https://example.com/tickets/245?force=1", PARAMS, SECRET,
        SignatureChoice.V2, Signer.HUBSPOT, NOW);
    assertThat(request.url()).isEqualTo("https://example.com/tickets/245?force=1&userId=12345"
        + "&userEmail=loggedinuser%40hubspot.com&protected_account=true");
    assertThat(request.body()).isEmpty();
    assertThat(request.contentType()).isNull();
    assertThat(request.headers()).containsOnlyKeys("X-HubSpot-Signature", "X-HubSpot-Signature-Version");
    assertThat(verifier().verify("DELETE", request.url(), null, request.headers()).version()).isEqualTo(SignatureVersion.V2);
  }

  @Test
  void hubSpotSignsTheDeclaredUrlWhereverTheRequestGoes() throws Exception {
    SignedRequest request = HubSpotRequests.fetch(
        "https://www.example.com/demo-fetch", "http://127.0.0.1:8080/demo-fetch", PARAMS, SECRET,
        SignatureChoice.BOTH, Signer.HUBSPOT, NOW);
    String query = "?userId=12345&userEmail=loggedinuser%40hubspot.com&protected_account=true";
    assertThat(request.url()).isEqualTo("http://127.0.0.1:8080/demo-fetch" + query);
    assertThat(request.signedUrl()).isEqualTo("https://www.example.com/demo-fetch" + query);
    assertThat(verifier().verify("GET", request.signedUrl(), null, request.headers()).version())
        .isEqualTo(SignatureVersion.V3);
    assertThatThrownBy(() -> verifier().verify("GET", request.url(), null, request.headers()))
        .isInstanceOf(SignatureException.class);

    SignedRequest hook = HubSpotRequests.actionHook(
        "PUT", "https://example.com/tickets/245/resolve", "http://127.0.0.1:8080/tickets/245/resolve", PARAMS,
        SECRET, SignatureChoice.BOTH, Signer.HUBSPOT, NOW);
    assertThat(hook.url()).isEqualTo("http://127.0.0.1:8080/tickets/245/resolve");
    assertThat(verifier().verify("PUT", "https://example.com/tickets/245/resolve", hook.body(), hook.headers()).version())
        .isEqualTo(SignatureVersion.V3);
  }

  @Test
  void theLocalProxySignsTheUrlItCallsExactlyAsSent() {
    SignedRequest request = HubSpotRequests.fetch(
        "https://www.example.com/demo-fetch", "http://localhost:8080/demo-fetch", PARAMS, SECRET,
        SignatureChoice.BOTH, Signer.LOCAL_PROXY, NOW);
    assertThat(request.signedUrl()).isEqualTo(request.url()).contains("userEmail=loggedinuser%40hubspot.com");
    // v3 over the URL with %40 left as it is, unlike HubSpot's rule; v2 as always.
    assertThat(request.headers())
        .containsEntry("X-HubSpot-Signature-v3", SignatureVerifier.signV3AsSent(SECRET, "GET", request.url(), null, NOW))
        .containsEntry("X-HubSpot-Signature", SignatureVerifier.signV2(SECRET, "GET", request.url(), null));
    assertThat(request.headers().get("X-HubSpot-Signature-v3"))
        .isNotEqualTo(SignatureVerifier.signV3(SECRET, "GET", request.url(), null, NOW));
  }
}

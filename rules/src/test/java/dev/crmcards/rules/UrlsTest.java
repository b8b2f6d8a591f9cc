package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UrlsTest {
  private static final String BASE = "https://example.com";

  @Test
  void aLookAlikeHostIsNotUnderTheBase() {
    assertThat(Urls.isUnderBase("https://example.com.evil.org/x", BASE)).isFalse();
    assertThat(Urls.startsWithAnyBase("https://example.com.evil.org/x", List.of(BASE))).isTrue();
  }

  @Test
  void theHostDecidesWhateverItsCaseAndThePath() {
    assertThat(Urls.isUnderBase("https://EXAMPLE.com/x", BASE)).isTrue();
    assertThat(Urls.isUnderBase("https://example.com/x", "https://example.com/")).isTrue();
    assertThat(Urls.isUnderBase("https://example.com/other/path", "https://example.com/hubspot")).isTrue();
    assertThat(Urls.isUnderBase("https://example.com:8443/x", BASE)).isTrue();
  }

  @Test
  void theProtocolMustMatch() {
    assertThat(Urls.isUnderBase("http://example.com/x", BASE)).isFalse();
    assertThat(Urls.isUnderBase("HTTPS://example.com/x", BASE)).isTrue();
  }

  @Test
  void onlyAbsoluteHttpUrlsAreUrls() {
    assertThat(Urls.isHttpUrl("https://example.com/x")).isTrue();
    assertThat(Urls.isHttpUrl("/x")).isFalse();
    assertThat(Urls.isHttpUrl("mailto:a@b.c")).isFalse();
    assertThat(Urls.isHttpUrl("ftp://example.com/")).isFalse();
    assertThat(Urls.isUnderBase("not a url", BASE)).isFalse();
  }

  @Test
  void cardUrlsAreHttpsExceptOnLocalhost() {
    assertThat(Urls.cardUrl("https://example.com/x", "targetUrl").isOk()).isTrue();
    Urls.Verdict local = Urls.cardUrl("http://localhost:8080/x", "targetUrl");
    assertThat(local.isOk()).isTrue();
    assertThat(local.warning()).contains("localhost only");
    assertThat(Urls.cardUrl("http://example.com/x", "targetUrl").problem()).contains("must use https");
    assertThat(Urls.cardUrl("https://u:p@example.com/x", "targetUrl").problem()).contains("user information");
  }

  @Test
  void baseUrlsNeedADomainName() {
    assertThat(Urls.isDomainName("example.com")).isTrue();
    assertThat(Urls.isDomainName("localhost")).isFalse();
    assertThat(Urls.isDomainName("127.0.0.1")).isFalse();
    assertThat(Urls.isDomainName("[::1]")).isFalse();
  }

  @Test
  void aTextsProblemIsThatOfTheUriParsedFromIt() {
    assertThat(Urls.httpUrlProblem("https://example.com/a?b=c#d")).isEmpty();
    assertThat(Urls.httpUrlProblem("HTTPS://Example.com:8443/%C3%A9")).isEmpty();
    assertThat(Urls.httpUrlProblem("https://127.0.0.1/x")).isEmpty();
    assertThat(Urls.httpUrlProblem("/relative")).contains(
        "must be an absolute http or https URI, got \"/relative\"");
    assertThat(Urls.httpUrlProblem("https://exa mple.com/")).get().asString()
        .startsWith("must be an absolute http or https URI, got \"https://exa mple.com/\" (");
    assertThat(Urls.httpUrlProblem("https://-bad-.com/")).contains(
        "has no valid host name: \"https://-bad-.com/\"");
  }

  @Test
  void aBrowserMustReadTheSameHostAndPort() {
    assertThat(Urls.httpUrlProblem("https://bank.example@evil.example/")).contains(
        "must not have user information (user@ or user:password@) before its host, which hides where it leads:"
            + " \"https://…@evil.example/\"");
    assertThat(Urls.httpUrlProblem("https://example.com:65536/")).contains(
        "has a port above 65535: \"https://example.com:65536/\"");
    assertThat(Urls.httpUrlProblem("https://example.com:65535/")).isEmpty();
    assertThat(Urls.httpUrlProblem("https://[fe80::1%25eth0]/")).contains(
        "has an IPv6 zone (%...) in its host, which browsers refuse: \"https://[fe80::1%25eth0]/\"");
    assertThat(Urls.httpUrlProblem("https://[::01.2.3.4]/")).get().asString().contains("leading zeros");
    assertThat(Urls.httpUrlProblem("https://[::ffff:1.2.3.4]/")).isEmpty();
    assertThat(Urls.httpUrlProblem("http://2130706433/")).contains(
        "has a host that browsers read as another IPv4 address; write one as four decimal numbers without leading"
            + " zeros, such as 127.0.0.1: \"http://2130706433/\"");
    assertThat(Urls.httpUrlProblem("http://010.0.0.1/")).get().asString().contains("another IPv4 address");
    assertThat(Urls.httpUrlProblem("http://0x7f000001./")).get().asString().contains("another IPv4 address");
    assertThat(Urls.httpUrlProblem("http://10.0.0.1/")).isEmpty();
    assertThat(Urls.httpUrlProblem("http://0xg/")).isEmpty();
    // A password never reaches a message, however the URL is refused.
    assertThat(Urls.httpUrlProblem("https://me:s3cret@example.com/")).get().asString()
        .endsWith("\"https://…@example.com/\"").doesNotContain("s3cret");
    for (String url : List.of("https://me:s3cret@example.com/", "https://me:p@s3cret@example.com/",
        "https://me:s3cret@exa_mple.com/", "ftp://me:s3cret@example.com/", "https://me:s3 cret@example.com/",
        "http://me:s3cret@example.com/", "https://me:s3cret@127.1/", "https:me:s3cret@example.com")) {
      assertThat(Urls.httpUrlProblem(url)).as(url).get().asString().doesNotContain("s3cret");
      assertThat(Urls.cardUrl(url, "targetUrl").problem()).as(url).doesNotContain("s3cret");
      assertThat(Urls.fetchUrlProblem(url)).as(url).get().asString().doesNotContain("s3cret");
      assertThat(LocalDevelopment.localUrlProblem(url)).as(url).get().asString().doesNotContain("s3cret");
    }
    assertThat(Urls.shown("https://a@example.com/a@b?c@d#e@f")).isEqualTo("https://…@example.com/a@b?c@d#e@f");
    assertThat(Urls.shown("https://example.com/x@y")).isEqualTo("https://example.com/x@y");
  }

  @Test
  void aNumberTooLargeInABracketedHostIsAnUrlThatDoesNotParse() {
    // java.net.URI throws a NumberFormatException of its own for it.
    String url = "https://[::1.4294967295]/";
    assertThat(Urls.isHttpUrl(url)).isFalse();
    assertThat(Urls.httpUrlProblem(url)).get().asString().contains("out of range");
    assertThat(Urls.cardUrl(url, "targetUrl").problem()).contains("is not a valid URL");
  }

  @Test
  void aCardUrlIsOneABrowserReadsAsWrittenToo() {
    // HubSpot calls these URLs: what no browser would take is refused where it is written.
    for (String url : List.of("https://cards.example.com:70000/hook", "https://2130706433/hook",
        "https://010.0.0.1/hook", "https://[fe80::1%25eth0]/hook")) {
      Urls.Verdict verdict = Urls.cardUrl(url, "action uri");
      assertThat(verdict.isOk()).as(url).isFalse();
      assertThat(verdict.problem()).as(url).startsWith("action uri ").endsWith("\"" + url + "\".");
    }
    assertThat(Urls.cardUrl("https://cards.example.com:65535/hook", "action uri").isOk()).isTrue();
    assertThat(Urls.cardUrl("ftp://example.com/x", "targetUrl").problem()).endsWith("must use https, not ftp.");
  }

  /**
   * The one-pass recogniser behind {@link Urls#httpUrlProblem(String)} accepts only what {@link
   * URI} parses as an absolute http(s) URL with a host, and the verdict on a text is the verdict
   * on its URI, on many random URL-like texts.
   */
  @Test
  void theFastPathAgreesWithTheUriParser() {
    String[] schemes = {"https://", "http://", "HTTP://", "ftp://", "https:/", "", "https://user@"};
    String hostChars = "abcxyzAZ0129-._:@[]%";
    String[] ports = {"", "", "", ":0/", ":80/", ":08080/", ":65535/", ":65536/", ":99999/", ":/"};
    String restChars = "abcAZ09-_.!~*'();:@&=+$,/?#%[]{}|\\^` \"<>é\t";
    SplittableRandom random = new SplittableRandom(2026);
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder(schemes[random.nextInt(schemes.length)]);
      int hostLength = random.nextInt(12);
      for (int i = 0; i < hostLength; i++) {
        text.append(random.nextInt(4) == 0
            ? hostChars.charAt(random.nextInt(hostChars.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      text.append(ports[random.nextInt(ports.length)]);
      int restLength = random.nextInt(16);
      for (int i = 0; i < restLength; i++) {
        text.append(random.nextInt(3) == 0
            ? restChars.charAt(random.nextInt(restChars.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String url = text.toString();
      boolean parsedOk;
      try {
        parsedOk = Urls.httpUrlProblem(new URI(url)).isEmpty();
      } catch (URISyntaxException e) {
        parsedOk = false;
      }
      if (PlainHttpUrls.matches(url)) {
        accepted++;
        assertThat(parsedOk).as(url).isTrue();
      }
      assertThat(Urls.httpUrlProblem(url).isEmpty()).as(url).isEqualTo(parsedOk);
    }
    assertThat(accepted).as("texts the one-pass recogniser took").isGreaterThan(5_000);
  }

  /**
   * The server's half of the link agreement: the card UI draws a link only where these rules
   * accept one (card-ui's links test runs the same file).
   */
  @Test
  void theCardUiDrawsALinkWhereTheRulesAcceptOne() throws IOException {
    for (JsonValue c : Agreements.cases("link-agreement.json")) {
      String text = c.path("text").text();
      assertThat(Urls.isHttpUrl(text)).as(text).isEqualTo(c.path("link").text().equals("true"));
      assertThat(Urls.httpUrlProblem(text).isEmpty()).as(text).isEqualTo(c.path("link").text().equals("true"));
    }
  }
}

package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

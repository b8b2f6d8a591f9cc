package dev.crmcards;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardRequestTest {

  static final String DEFAULTS =
      "userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654";

  static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  @Nested
  class Fetch {
    @Test
    void readsTheDocumentedExample() {
      FetchRequest request =
          FetchRequest.parse(DEFAULTS + "&firstname=Tim&email=timrobinson%40itysl.com&lastname=Robinson");
      assertThat(request.userId()).isEqualTo(12345);
      assertThat(request.userEmail()).isEqualTo("loggedinuser@hubspot.com");
      assertThat(request.associatedObjectId()).isEqualTo(53701);
      assertThat(request.associatedObjectType()).isEqualTo("CONTACT");
      assertThat(request.portalId()).isEqualTo(987654);
      assertThat(request.appId()).isEmpty();
      assertThat(request.properties())
          .containsExactly(
              Map.entry("firstname", "Tim"),
              Map.entry("email", "timrobinson@itysl.com"),
              Map.entry("lastname", "Robinson"));
      assertThat(request.property("email")).hasValue("timrobinson@itysl.com");
      assertThat(request.property("phone")).isEmpty();
      assertThat(request.property("userId")).isEmpty();
    }

    @Test
    void readsTheConvertersAppId() {
      FetchRequest request = FetchRequest.parse(DEFAULTS + "&firstname=Tim&appId=4242");
      assertThat(request.appId()).hasValue(4242);
      assertThat(request.properties()).containsOnlyKeys("firstname");
    }

    @Test
    void decodesPlusAndEscapes() {
      FetchRequest request = FetchRequest.parse(DEFAULTS + "&name=Tim+R%C3%B6binson&plus=a%2Bb&flag");
      assertThat(request.property("name")).hasValue("Tim R\u00f6binson");
      assertThat(request.property("plus")).hasValue("a+b");
      assertThat(request.property("flag")).hasValue("");
    }

    @Test
    void theFirstOfRepeatedParametersWins() {
      FetchRequest request = FetchRequest.parse(DEFAULTS + "&userId=999&x=1&x=2");
      assertThat(request.userId()).isEqualTo(12345);
      assertThat(request.property("x")).hasValue("1");
    }

    @Test
    void aDefaultWithAnEscapedNameIsStillTheDefault() {
      FetchRequest request =
          FetchRequest.parse("user%49d=7&userEmail=a%40b.test&associatedObjectId=1"
              + "&associated%4FbjectType=DEAL&portalId=2&userId=999&app%49d=3");
      assertThat(request.userId()).isEqualTo(7);
      assertThat(request.associatedObjectType()).isEqualTo("DEAL");
      assertThat(request.appId()).hasValue(3);
      assertThat(request.properties()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"userId", "userEmail", "associatedObjectId", "associatedObjectType",
        "portalId"})
    void eachDefaultIsRequired(String name) {
      String query = DEFAULTS.replaceAll("(^|&)" + name + "=[^&]*", "");
      assertThatThrownBy(() -> FetchRequest.parse(query))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("missing parameter '" + name + "'");
      String empty = DEFAULTS.replaceAll("(^|&)(" + name + ")=[^&]*", "$1$2=");
      assertThatThrownBy(() -> FetchRequest.parse(empty))
          .hasMessage("missing parameter '" + name + "'");
    }

    @ParameterizedTest
    @CsvSource({"userId,abc", "userId,-1", "portalId,1.0", "associatedObjectId,99999999999999999999",
        "portalId,+5", "appId,x1"})
    void numbersMustBeWholeNumbers(String name, String value) {
      String query = DEFAULTS.contains(name + "=")
          ? DEFAULTS.replaceAll("(^|&)(" + name + ")=[^&]*", "$1$2=" + value)
          : DEFAULTS + "&" + name + "=" + value;
      assertThatThrownBy(() -> FetchRequest.parse(query))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("parameter '" + name + "' must be a whole number");
    }

    @Test
    void noQueryAtAll() {
      assertThatThrownBy(() -> FetchRequest.parse(null)).hasMessage("missing parameter 'userId'");
      assertThatThrownBy(() -> FetchRequest.parse("")).hasMessage("missing parameter 'userId'");
    }

    @Test
    void malformedEscapes() {
      assertThatThrownBy(() -> FetchRequest.parse(DEFAULTS + "&x=%zz"))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("malformed percent-encoding in the query string (x)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x%=1", "x=%4", "x=%4g", "%zz=1", "x=1%", "x=%+1"})
    void aMalformedEscapeAnywhereInAPropertyIsRefusedWhenTheQueryIsRead(String pair) {
      // A plain name is named; a malformed one cannot be.
      String named = pair.startsWith("x=") ? " (x)" : "";
      assertThatThrownBy(() -> FetchRequest.parse(DEFAULTS + "&" + pair))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("malformed percent-encoding in the query string" + named);
    }

    @Test
    void plainAndEscapedPropertiesKeepTheOrderReceived() {
      FetchRequest request = FetchRequest.parse(DEFAULTS + "&b=1&%61=2+x&c=3&a=4&%62=5");
      assertThat(request.properties())
          .containsExactly(Map.entry("b", "1"), Map.entry("a", "2 x"), Map.entry("c", "3"));
      assertThat(request).isEqualTo(FetchRequest.parse(DEFAULTS + "&b=1&a=2+x&c=3"));
    }

    @Test
    void propertiesAreUnmodifiable() {
      FetchRequest request = FetchRequest.parse(DEFAULTS + "&a=1");
      assertThatThrownBy(() -> request.properties().put("b", "2"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valueEqualityAndAToStringWithoutPersonalData() {
      FetchRequest a = FetchRequest.parse(DEFAULTS + "&email=tim%40x.com");
      FetchRequest b = FetchRequest.parse("email=tim%40x.com&" + DEFAULTS);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(FetchRequest.parse(DEFAULTS));
      assertThat(a.toString())
          .contains("portalId=987654", "associatedObjectId=53701", "[email]")
          .doesNotContain("hubspot.com")
          .doesNotContain("tim@x.com");
    }
  }

  @Nested
  class Action {
    @Test
    void legacyFormBody() {
      ActionRequest request = ActionRequest.parse(HttpMethod.POST, null,
          "application/x-www-form-urlencoded",
          bytes(DEFAULTS + "&protected_account=true&note=a+b"));
      assertThat(request.httpMethod()).isEqualTo(HttpMethod.POST);
      assertThat(request.userEmail()).isEqualTo("loggedinuser@hubspot.com");
      assertThat(request.portalId()).isEqualTo(987654);
      assertThat(request.properties())
          .containsExactly(Map.entry("protected_account", "true"), Map.entry("note", "a b"));
    }

    @Test
    void converterJsonBodyWithQuery() {
      String json = "{\"userId\":\"12345\",\"userEmail\":\"loggedinuser@hubspot.com\","
          + "\"associatedObjectId\":53701,\"associatedObjectType\":\"CONTACT\","
          + "\"portalId\":987654,\"appId\":77,\"protected_account\":true,\"score\":1.50,"
          + "\"none\":null,\"nested\":{\"a\":[1,{\"b\":2}]},\"list\":[\"x\"],\"name\":\"T\\u00efm \\\"q\\\"\"}";
      ActionRequest request = ActionRequest.parse(HttpMethod.PUT, DEFAULTS + "&appId=77",
          "application/json; charset=UTF-8", bytes(json));
      assertThat(request.associatedObjectId()).isEqualTo(53701);
      assertThat(request.appId()).hasValue(77);
      assertThat(request.properties())
          .containsExactly(Map.entry("protected_account", "true"), Map.entry("score", "1.50"),
              Map.entry("name", "T\u00efm \"q\""));
    }

    @Test
    void theBodyWinsOverTheQuery() {
      ActionRequest request = ActionRequest.parse(HttpMethod.PATCH,
          DEFAULTS + "&stage=query&only=q", "application/json",
          bytes("{\"stage\":\"body\",\"portalId\":111}"));
      assertThat(request.property("stage")).hasValue("body");
      assertThat(request.property("only")).hasValue("q");
      assertThat(request.portalId()).isEqualTo(111);
    }

    @Test
    void queryOnlyForGetAndDelete() {
      ActionRequest request =
          ActionRequest.parse(HttpMethod.DELETE, DEFAULTS + "&protected_account=false", null, null);
      assertThat(request.property("protected_account")).hasValue("false");
    }

    @Test
    void aBodyWithoutContentTypeIsSniffed() {
      String json = " \n{\"x\":1,\"userId\":1,\"userEmail\":\"a@b.c\",\"associatedObjectId\":2,"
          + "\"associatedObjectType\":\"DEAL\",\"portalId\":3}";
      ActionRequest fromJson = ActionRequest.parse(HttpMethod.POST, null, null, bytes(json));
      assertThat(fromJson.property("x")).hasValue("1");
      assertThat(fromJson.associatedObjectType()).isEqualTo("DEAL");
      assertThat(ActionRequest.parse(HttpMethod.POST, null, "text/plain", bytes(DEFAULTS + "&x=2"))
          .property("x")).hasValue("2");
    }

    @Test
    void emptyBodiesAreFine() {
      assertThat(ActionRequest.parse(HttpMethod.POST, DEFAULTS, "application/json", new byte[0])
          .properties()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1,2]", "\"text\"", "{\"a\":1}x", "{\"a\":}", "{} {}", "nope"})
    void malformedJson(String body) {
      assertThatThrownBy(() -> ActionRequest.parse(HttpMethod.POST, DEFAULTS, "application/json",
              bytes(body)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("JSON body")
          .hasMessageNotContaining(body);
    }

    @Test
    void unsupportedContentType() {
      assertThatThrownBy(() -> ActionRequest.parse(HttpMethod.POST, DEFAULTS,
              "multipart/form-data; boundary=x", bytes("--x")))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("Content-Type");
    }

    @Test
    void defaultsAreRequiredFromEitherPlace() {
      assertThatThrownBy(() -> ActionRequest.parse(HttpMethod.POST, "userId=1",
              "application/x-www-form-urlencoded", bytes("portalId=2")))
          .hasMessage("missing parameter 'userEmail'");
      assertThatThrownBy(() -> ActionRequest.parse(HttpMethod.POST, DEFAULTS, "application/json",
              bytes("{\"portalId\":\"12a\"}")))
          .hasMessage("parameter 'portalId' must be a whole number");
    }

    @Test
    void equalityIncludesTheMethod() {
      ActionRequest put = ActionRequest.parse(HttpMethod.PUT, DEFAULTS, null, null);
      ActionRequest post = ActionRequest.parse(HttpMethod.POST, DEFAULTS, null, null);
      assertThat(put).isEqualTo(ActionRequest.parse(HttpMethod.PUT, DEFAULTS, null, null));
      assertThat(put).isNotEqualTo(post);
      assertThat(put).isNotEqualTo(FetchRequest.parse(DEFAULTS));
      assertThat(put.toString()).startsWith("ActionRequest[httpMethod=PUT, portalId=987654");
    }
  }

  @Nested
  class Results {
    @Test
    void okAndError() {
      assertThat(ActionResult.ok("Done").status()).isEqualTo(200);
      assertThat(ActionResult.ok("Done").isOk()).isTrue();
      ActionResult conflict = ActionResult.error(409, "Already closed");
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.message()).isEqualTo("Already closed");
      assertThat(conflict.isOk()).isFalse();
      assertThat(ActionResult.error(599, "x").status()).isEqualTo(599);
      assertThat(conflict).isEqualTo(ActionResult.error(409, "Already closed"))
          .isNotEqualTo(ActionResult.error(410, "Already closed"));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 302, 399, 600, -1})
    void errorsNeedAnErrorStatus(int status) {
      assertThatThrownBy(() -> ActionResult.error(status, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Integer.toString(status));
    }

    @Test
    void aMessageIsRequired() {
      assertThatThrownBy(() -> ActionResult.ok(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> ActionResult.error(500, null))
          .isInstanceOf(NullPointerException.class);
    }
  }
}

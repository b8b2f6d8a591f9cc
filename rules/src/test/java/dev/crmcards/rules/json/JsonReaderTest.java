package dev.crmcards.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonReaderTest {
  @Test
  void readsEveryKindOfValue() {
    JsonValue v =
        JsonReader.parse(" {\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\u00e9\\n\\\"\", \"o\": {}} ");
    assertThat(v.path("a").size()).isEqualTo(5);
    assertThat(v.path("a").get(0).isIntegralNumber()).isTrue();
    assertThat(v.path("a").get(1).isIntegralNumber()).isFalse();
    assertThat(v.path("a").get(1).text()).isEqualTo("-2.5e3");
    assertThat(v.path("a").get(2).isBoolean()).isTrue();
    assertThat(v.path("a").get(4).isNull()).isTrue();
    assertThat(v.path("s").text()).isEqualTo("x\u00e9\n\"");
    assertThat(v.path("o").isObject()).isTrue();
    assertThat(v.path("nope").isMissing()).isTrue();
    assertThat(v.path("a").get(9).isMissing()).isTrue();
  }

  @Test
  void aFileMayStartWithAByteOrderMarkAnAnswerMayNot() {
    assertThat(JsonReader.parseFile("\uFEFF{\"a\": 1}").path("a").isNumber()).isTrue();
    assertThatThrownBy(() -> JsonReader.parse("\uFEFF{\"a\": 1}")).isInstanceOf(JsonSyntaxException.class);
    byte[] marked = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(JsonReader.withoutByteOrderMark(marked)).containsExactly('{', '}');
    byte[] plain = {'{', '}'};
    assertThat(JsonReader.withoutByteOrderMark(plain)).isSameAs(plain);
  }

  @Test
  void keepsKeyOrderAndTheLastOfARepeatedKey() {
    JsonValue v = JsonReader.parse("{\"b\": 1, \"a\": 2, \"b\": 3}");
    assertThat(v.members().keySet()).containsExactly("b", "a");
    assertThat(v.path("b").text()).isEqualTo("3");
  }

  @Test
  void refusesWhatIsNotJsonWithAPosition() {
    assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1,}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessage("unexpected '}', expected a \"key\" (line 1, column 9)");
    assertThatThrownBy(() -> JsonReader.parse("[1]\n x")).hasMessageContaining("line 2, column 2");
    assertThatThrownBy(() -> JsonReader.parse("01")).hasMessageContaining("after the JSON value");
    assertThatThrownBy(() -> JsonReader.parse("\"a\tb\"")).hasMessageContaining("control character");
    assertThatThrownBy(() -> JsonReader.parse("")).hasMessageContaining("empty text");
    assertThatThrownBy(() -> JsonReader.parse("[" .repeat(300))).hasMessageContaining("nested deeper");
  }
}

package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.InvalidRequestException;
import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathParametersTest {

  enum Stage {
    OPEN,
    CLOSED,
    Closed
  }

  static PathParameters of(String value) {
    return PathParameters.of(Map.of("id", value));
  }

  @Test
  void typedValues() {
    assertThat(of("42").longValue("id")).isEqualTo(42L);
    assertThat(of("-42").intValue("id")).isEqualTo(-42);
    assertThat(of("007").longObject("id")).isEqualTo(7L);
    assertThat(of("2147483647").intObject("id")).isEqualTo(Integer.MAX_VALUE);
    assertThat(of("9223372036854775807").longValue("id")).isEqualTo(Long.MAX_VALUE);
    assertThat(of("123456789012345678901234567890").bigInteger("id"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(of("0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0").uuid("id"))
        .isEqualTo(UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    assertThat(of("a b/c").string("id")).isEqualTo("a b/c");
  }

  @Test
  void everyTypedAccessorIsTheOneParser() {
    PathParameters path = of("42");
    assertThat(path.value("id", long.class)).isEqualTo(path.longValue("id"));
    assertThat(path.value("id", Integer.class)).isEqualTo(path.intObject("id"));
    assertThat(path.value("id", BigInteger.class)).isEqualTo(path.bigInteger("id"));
    assertThat(path.value("id", String.class)).isEqualTo("42");
    assertThat(of("closed").value("id", Stage.class)).isEqualTo(Stage.CLOSED);
    assertThatThrownBy(() -> path.value("id", Double.class))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("java.lang.Double");
  }

  @Test
  void enumsByExactNameFirstThenIgnoringCase() {
    assertThat(of("OPEN").enumValue("id", Stage.class)).isEqualTo(Stage.OPEN);
    assertThat(of("Closed").enumValue("id", Stage.class)).isEqualTo(Stage.Closed);
    assertThat(of("closed").enumValue("id", Stage.class)).isEqualTo(Stage.CLOSED);
    assertThatThrownBy(() -> of("ajar").enumValue("id", Stage.class))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("path parameter 'id' must be one of OPEN, CLOSED, Closed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "-", "+5", "1.0", "1e3", " 1", "0x10", "\u0661"})
  void notWholeNumbers(String value) {
    for (String kind : new String[] {"long", "int", "big"}) {
      assertThatThrownBy(() -> {
            switch (kind) {
              case "long": of(value).longValue("id"); break;
              case "int": of(value).intObject("id"); break;
              default: of(value).bigInteger("id");
            }
          })
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("path parameter 'id' must be a whole number");
    }
  }

  @Test
  void outOfRange() {
    assertThatThrownBy(() -> of("2147483648").intValue("id"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("path parameter 'id' is out of range");
    assertThatThrownBy(() -> of("9223372036854775808").longObject("id"))
        .hasMessage("path parameter 'id' is out of range");
    assertThat(of("-2147483648").intValue("id")).isEqualTo(Integer.MIN_VALUE);
    // The writer puts any BigInteger into a uri; past 1,000 digits one does not come back.
    assertThat(of("9".repeat(1000)).bigInteger("id")).isEqualTo(new java.math.BigInteger("9".repeat(1000)));
    assertThatThrownBy(() -> of("1" + "0".repeat(1000)).bigInteger("id"))
        .hasMessage("path parameter 'id' is out of range");
    assertThatThrownBy(() -> of("1".repeat(1001) + "x").bigInteger("id"))
        .hasMessage("path parameter 'id' must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-1-1-1-1", "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
      "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg", "{0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0}"})
  void notUuids(String value) {
    assertThatThrownBy(() -> of(value).uuid("id"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("path parameter 'id' must be a UUID");
  }

  @Test
  void unknownNamesAreProgrammingErrors() {
    assertThatThrownBy(() -> of("1").longValue("ticket"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'ticket'")
        .hasMessageContaining("[id]");
  }

  @Test
  void valueSemantics() {
    assertThat(of("1")).isEqualTo(of("1")).hasSameHashCodeAs(of("1")).isNotEqualTo(of("2"));
    assertThat(of("1")).hasToString("PathParameters{id=1}");
    assertThatThrownBy(() -> of("1").asMap().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

package dev.crmcards.form;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.InvalidRequestException;
import dev.crmcards.rules.FormInputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One body read against a form's inputs, as a generated reader does it. */
class FormReaderTest {
  enum Size { SMALL, LARGE }

  static final Size[] SIZES = Size.values();
  static final FormInput NAME = FormInput.text("name", true).maxLength(5).pattern("[a-z]+");
  static final FormInput NOTE = FormInput.text("note", false);
  static final FormInput COUNT = FormInput.integer("count", true).min(1).max(10);
  static final FormInput BIG = FormInput.longInteger("big", false);
  static final FormInput STOCK = FormInput.integer("stock", false).min(0);
  static final FormInput PRICE = FormInput.decimal("price", false).min(0.5);
  static final FormInput RATIO = FormInput.decimal("ratio", false).max(1);
  static final FormInput FLAG = FormInput.bool("flag", true);
  static final FormInput DAY = FormInput.date("day", false);
  static final FormInput SIZE = FormInput.select("size", false);
  static final FormInput SIZES_SET = FormInput.multiSelect("sizes", false);
  static final FormInput SIZES_LIST = FormInput.multiSelect("list", true);
  static final FormInput[] INPUTS =
      {NAME, NOTE, COUNT, BIG, STOCK, PRICE, RATIO, FLAG, DAY, SIZE, SIZES_SET, SIZES_LIST};

  static FormReader read(String json) {
    return FormReader.read(json.getBytes(UTF_8), INPUTS);
  }

  /** The field errors of reading every input of {@code json}; empty when valid. */
  static Map<String, String> errors(String json) {
    FormReader form = read(json);
    form.text(NAME);
    form.text(NOTE);
    form.intValue(COUNT);
    form.longObject(BIG);
    form.intObject(STOCK);
    form.decimal(PRICE);
    form.doubleObject(RATIO);
    form.booleanValue(FLAG);
    form.date(DAY);
    form.option(SIZE, SIZES);
    form.optionSet(SIZES_SET, SIZES);
    form.optionList(SIZES_LIST, SIZES);
    try {
      form.check();
      return Map.of();
    } catch (InvalidFormException e) {
      return e.errors();
    }
  }

  /**
   * A valid body with these members (raw JSON values) added or put in place of the required ones;
   * a null value leaves the member out.
   */
  static String body(String... members) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("name", "\"abc\"");
    values.put("count", "3");
    values.put("flag", "false");
    values.put("list", "[\"LARGE\",\"LARGE\"]");
    for (int i = 0; i < members.length; i += 2) {
      values.put(members[i], members[i + 1]);
    }
    StringBuilder json = new StringBuilder("{");
    values.forEach((name, value) -> {
      if (value != null) {
        json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
      }
    });
    return json.append('}').toString();
  }

  @Test
  void readsEveryTypeAsSent() {
    FormReader form = read(body("note", "\"hi\"", "big", "-9007199254740991", "price", "10.50", "ratio", "0.25",
        "day", "\"2026-02-28\"", "size", "\"SMALL\"", "sizes", "[\"LARGE\",\"SMALL\",\"LARGE\"]"));
    assertThat(form.text(NAME)).isEqualTo("abc");
    assertThat(form.text(NOTE)).isEqualTo("hi");
    assertThat(form.intValue(COUNT)).isEqualTo(3);
    assertThat(form.longObject(BIG)).isEqualTo(-9_007_199_254_740_991L);
    assertThat(form.decimal(PRICE)).isEqualTo(new BigDecimal("10.50"));
    assertThat(form.doubleObject(RATIO)).isEqualTo(0.25);
    assertThat(form.booleanValue(FLAG)).isFalse();
    assertThat(form.date(DAY)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(form.option(SIZE, SIZES)).isEqualTo(Size.SMALL);
    assertThat(form.optionSet(SIZES_SET, SIZES)).containsExactly(Size.LARGE, Size.SMALL);
    assertThat(form.optionList(SIZES_LIST, SIZES)).containsExactly(Size.LARGE, Size.LARGE);
    form.check();
  }

  @Test
  void noValueIsNullOrEmptyWhenOptional() {
    FormReader form = read(body("note", "\"\"", "day", "null", "size", "\"\""));
    assertThat(form.text(NOTE)).isNull();
    assertThat(form.date(DAY)).isNull();
    assertThat(form.option(SIZE, SIZES)).isNull();
    assertThat(form.decimal(PRICE)).isNull();
    assertThat(form.longObject(BIG)).isNull();
    assertThat(form.optionSet(SIZES_SET, SIZES)).isEqualTo(Set.of());
    form.check();
  }

  @Test
  void aDecimalNoCardCouldSendIsNoNumber() {
    for (String number : new String[] {"1e999999999", "1e-999999999", "2e308", "1e-400"}) {
      assertThat(errors(body("price", number))).as(number).isEqualTo(Map.of("price", FormInputs.NOT_NUMBER));
    }
    FormReader smallest = read(body("ratio", "4.9e-324"));
    assertThat(smallest.decimal(RATIO)).isEqualByComparingTo("4.9e-324");
    smallest.check();
  }

  @Test
  void eachRuleHasItsMessage() {
    assertThat(errors(body())).isEmpty();
    assertThat(errors(body("name", null))).isEqualTo(Map.of("name", FormInputs.MISSING));
    assertThat(errors(body("name", "\"abcdef\""))).isEqualTo(Map.of("name", "Use at most 5 characters."));
    assertThat(errors(body("name", "\"ABC\""))).isEqualTo(Map.of("name", FormInputs.NO_MATCH));
    assertThat(errors(body("name", "5"))).isEqualTo(Map.of("name", FormInputs.NOT_TEXT));
    assertThat(errors(body("count", "0"))).isEqualTo(Map.of("count", "Enter a number of at least 1."));
    assertThat(errors(body("count", "11"))).isEqualTo(Map.of("count", "Enter a number of at most 10."));
    assertThat(errors(body("count", "2.5"))).isEqualTo(Map.of("count", FormInputs.NOT_WHOLE_NUMBER));
    assertThat(errors(body("count", "\"3\""))).isEqualTo(Map.of("count", FormInputs.NOT_NUMBER));
    assertThat(errors(body("count", "3.0"))).isEmpty();
    assertThat(errors(body("big", "9007199254740992")))
        .isEqualTo(Map.of("big", "Enter a number of at most 9007199254740991."));
    assertThat(errors(body("price", "0.49"))).isEqualTo(Map.of("price", "Enter a number of at least 0.5."));
    assertThat(errors(body("price", "1e2147483648"))).isEqualTo(Map.of("price", FormInputs.NOT_NUMBER));
    assertThat(errors(body("ratio", "1e999"))).isEqualTo(Map.of("ratio", FormInputs.NOT_NUMBER));
    assertThat(errors(body("ratio", "1.01"))).isEqualTo(Map.of("ratio", "Enter a number of at most 1."));
    // A double's limits hold the number as sent, as the card holds it, not the double it rounds to.
    assertThat(errors(body("ratio", "1.00000000000000001"))).isEqualTo(Map.of("ratio", "Enter a number of at most 1."));
    assertThat(errors(body("ratio", "1e-400"))).isEqualTo(Map.of("ratio", FormInputs.NOT_NUMBER));
    assertThat(errors(body("flag", "\"no\""))).isEqualTo(Map.of("flag", FormInputs.NOT_BOOLEAN));
    assertThat(errors(body("flag", null))).isEqualTo(Map.of("flag", FormInputs.MISSING));
    assertThat(errors(body("day", "\"2026-2-28\""))).isEqualTo(Map.of("day", FormInputs.NOT_DATE));
    assertThat(errors(body("day", "\"2026-02-29\""))).isEqualTo(Map.of("day", FormInputs.NOT_DATE));
    // Year 0000 is no calendar year: the card refuses it too (ValueFormats.date, date-agreement.json).
    assertThat(errors(body("day", "\"0000-01-01\""))).isEqualTo(Map.of("day", FormInputs.NOT_DATE));
    assertThat(errors(body("size", "\"small\""))).isEqualTo(Map.of("size", FormInputs.NOT_OPTION));
    assertThat(errors(body("sizes", "{}"))).isEqualTo(Map.of("sizes", FormInputs.NOT_LIST));
    assertThat(errors(body("sizes", "[[\"SMALL\"]]"))).isEqualTo(Map.of("sizes", FormInputs.NOT_OPTION));
    assertThat(errors(body("list", "[]"))).isEqualTo(Map.of("list", FormInputs.MISSING));
  }

  @Test
  void aWholeNumberBeyondItsTypeIsToldTheLimitItPassed() {
    // Declared limits first: the same words as a value within the type but beyond them.
    String manyDigits = "1" + "0".repeat(300); // still within a double
    for (String number : new String[] {"3000000000", "3e9", "3E+9", "3000000000.0", "1e30", manyDigits}) {
      assertThat(errors(body("count", number))).as(number).isEqualTo(Map.of("count", "Enter a number of at most 10."));
    }
    for (String number : new String[] {"-3000000000", "-3e9", "-1e30"}) {
      assertThat(errors(body("count", number))).as(number).isEqualTo(Map.of("count", "Enter a number of at least 1."));
    }
    // Without a declared limit on that side: the type's own.
    assertThat(errors(body("stock", "2147483648"))).isEqualTo(Map.of("stock", "Enter a number of at most 2147483647."));
    assertThat(errors(body("stock", "-3000000000"))).isEqualTo(Map.of("stock", "Enter a number of at least 0."));
    assertThat(errors(body("big", "1e30"))).isEqualTo(Map.of("big", "Enter a number of at most 9007199254740991."));
    assertThat(errors(body("big", "-1e+30"))).isEqualTo(Map.of("big", "Enter a number of at least -9007199254740991."));
    assertThat(errors(body("big", "-9999999999999999"))) // the quick path's longest
        .isEqualTo(Map.of("big", "Enter a number of at least -9007199254740991."));
    // At the type's limit, and as an exponent, a whole number is taken.
    FormReader atTheLimits = read(body("stock", "2147483647", "big", "-9.007199254740991e15", "count", "1e1"));
    assertThat(atTheLimits.intObject(STOCK)).isEqualTo(Integer.MAX_VALUE);
    assertThat(atTheLimits.longObject(BIG)).isEqualTo(-FormInputs.MAX_SAFE_INTEGER);
    assertThat(atTheLimits.intValue(COUNT)).isEqualTo(10);
    atTheLimits.check();
  }

  @Test
  void aFractionIsNoWholeNumberWhateverItsSizeAndNoCardsNumberIsNoNumber() {
    for (String number : new String[] {"2.5", "3000000000.5", "-2.5e-1", "1e-341", "9007199254740993.5"}) {
      assertThat(errors(body("count", number))).as(number).isEqualTo(Map.of("count", FormInputs.NOT_WHOLE_NUMBER));
    }
    // Too large for a double (the card reads Infinity), finer than a card's numbers (1e-400, which
    // a double reads as 0) or an exponent beyond an int's: no number.
    String longest = "1" + "0".repeat(FormReader.MAX_NUMBER_LENGTH - 1);
    for (String number : new String[] {"1e400", "-1e400", longest, "1e-400", "1e2147483648", "1e-2147483649"}) {
      assertThat(errors(body("count", number))).as(number).isEqualTo(Map.of("count", FormInputs.NOT_NUMBER));
      assertThat(errors(body("big", number))).as(number).isEqualTo(Map.of("big", FormInputs.NOT_NUMBER));
    }
  }

  @Test
  void theFirstOfRepeatedMembersWinsAndOthersAreIgnored() {
    String json = body("other", "{\"a\":[1,{\"b\":null}]}");
    FormReader form = read(json.substring(0, json.length() - 1) + ",\"name\":\"zzz\"}");
    assertThat(form.text(NAME)).isEqualTo("abc");
  }

  @Test
  void errorsComeInTheOrderTheInputsAreRead() {
    assertThat(List.copyOf(errors("{\"list\":5,\"count\":\"x\"}").keySet()))
        .containsExactly("name", "count", "flag", "list");
  }

  @Test
  void aBodyThatIsNoObjectIsRefusedWhole() {
    for (String body : List.of("", "[]", "1", "{", "{\"name\":}", "{} {}", "{\"a\":1,}")) {
      assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(InvalidRequestException.class)
          .isNotInstanceOf(InvalidFormException.class)
          .hasMessageStartingWith("the form's body ");
    }
  }

  @Test
  void depthStringAndNumberLengthAreBounded() {
    String deep = "{\"x\":" + "[".repeat(FormReader.MAX_DEPTH) + "]".repeat(FormReader.MAX_DEPTH) + "}";
    assertThatThrownBy(() -> read(deep)).hasMessage(FormReader.TOO_BIG);
    String justDeepEnough = "{\"x\":" + "[".repeat(FormReader.MAX_DEPTH - 1) + "]".repeat(FormReader.MAX_DEPTH - 1) + "}";
    assertThat(read(justDeepEnough)).isNotNull();
    String longText = body("note", "\"" + "x".repeat(FormReader.MAX_STRING_LENGTH + 1) + "\"");
    assertThatThrownBy(() -> read(longText)).hasMessage(FormReader.TOO_BIG);
    String longNumber = body("price", "9".repeat(FormReader.MAX_NUMBER_LENGTH + 1));
    assertThatThrownBy(() -> read(longNumber)).hasMessage(FormReader.TOO_BIG);
  }

  @Test
  void aTextLongerThanAnyInputTakesIsTheInputsErrorInTheCardsWords() {
    int longest = FormInputs.MAX_TEXT_LENGTH;
    assertThat(errors(body("note", "\"" + "x".repeat(longest) + "\""))).isEmpty();
    assertThat(errors(body("note", "\"" + "x".repeat(longest + 1) + "\"")))
        .containsExactly(Map.entry("note", "Use at most 262144 characters."));
    // Read, not refused whole: the body's other errors are told too.
    assertThat(errors(body("note", "\"" + "x".repeat(FormReader.MAX_STRING_LENGTH) + "\"", "count", "0")))
        .containsExactly(Map.entry("note", "Use at most 262144 characters."), Map.entry("count", "Enter a number of at least 1."));
  }

  @Test
  void noInputTakesMoreThanTheLongestFormTextOrLessThanOneCharacter() {
    // The processor's words (FormInputs.maxLengthProblem): the rule cannot be switched off by hand.
    assertThatThrownBy(() -> FormInput.text("note", true).maxLength(FormInputs.MAX_TEXT_LENGTH + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxLength 262145 is more than the 262144 characters a form's text may have");
    for (int none : new int[] {0, -1}) {
      assertThatThrownBy(() -> FormInput.text("note", true).maxLength(none))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("maxLength must be at least 1");
    }
  }

  @Test
  void anInputOfAnotherFormIsAMistake() {
    assertThatThrownBy(() -> read("{}").text(FormInput.text("name", true)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

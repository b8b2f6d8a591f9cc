package dev.crmcards.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.ValueFormats;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of one submitted form, read from its JSON body and checked against its inputs' rules
 * as the generated reader asks for each in turn; {@link #check()} then throws the field errors, if
 * any. The messages are the rules' ({@link FormInputs}), so the card and the server say the same.
 *
 * <pre>{@code
 * FormReader form = FormReader.read(body, INPUTS);
 * String product = form.text(PRODUCT);
 * int quantity = form.intValue(QUANTITY);
 * form.check();
 * return new NewOrder(product, quantity);
 * }</pre>
 *
 * <p>As pinned by API.md §10: the body is a JSON object keyed by member name, members the form
 * does not have are ignored (and the first of repeated names wins); JSON {@code null}, {@code ""}
 * and an absent member are no value, which a required input refuses, an optional scalar reads as
 * {@code null} and an optional set or list as empty; numbers must be JSON numbers, judged as
 * written (a double's limits too, as the card judges them), and a BigDecimal keeps the digits as
 * sent; enum constants match by exact name; a set ignores repeats.
 *
 * <p>Reading is bounded: the body nests at most {@value #MAX_DEPTH} deep, a string holds at most
 * {@value #MAX_STRING_LENGTH} characters, a number at most {@value #MAX_NUMBER_LENGTH} digits;
 * beyond, the body is refused as a whole. A text longer than its input takes, but within that
 * bound, is the input's error, in the card's words.
 */
public final class FormReader {
  /** The deepest a body may nest: a form needs two (the object, an array of a multi-select). */
  public static final int MAX_DEPTH = 16;

  /**
   * The longest string a body may hold, in characters: four times the longest text an input takes
   * ({@link FormInputs#MAX_TEXT_LENGTH}), so that a text too long for its input is read, and told
   * so at the input as the card tells it, rather than refused with the body; as many as the bytes
   * of a body of the default size, none of whose strings is then beyond it.
   */
  public static final int MAX_STRING_LENGTH = 4 * FormInputs.MAX_TEXT_LENGTH;

  /** The longest number a body may hold, in characters. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  static final String NOT_AN_OBJECT = "the form's body must be a JSON object";
  static final String MALFORMED = "the form's body is not well-formed JSON";
  static final String TOO_BIG =
      "the form's body nests deeper than " + MAX_DEPTH + " levels, or holds a string longer than "
          + MAX_STRING_LENGTH + " or a number longer than " + MAX_NUMBER_LENGTH + " characters";

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .build())
          .build();

  private final FormInput[] inputs;
  /** The token of each input's value; null where the body has none. */
  private final JsonToken[] tokens;
  /**
   * The text of each input's string or number; the strings of an array (null when one of its
   * elements is not a string).
   */
  private final Object[] values;
  /** The field errors so far, in the order the inputs were read; made on the first. */
  private Map<String, String> errors;

  private FormReader(FormInput[] inputs) {
    this.inputs = inputs;
    this.tokens = new JsonToken[inputs.length];
    this.values = new Object[inputs.length];
  }

  /**
   * Reads a form's body.
   *
   * @param inputs the form's inputs, in member order
   * @throws InvalidRequestException if the body is not a JSON object, or too deep or too long
   */
  public static FormReader read(byte[] body, FormInput... inputs) {
    FormReader form = new FormReader(inputs);
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidRequestException(NOT_AN_OBJECT);
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        int index = form.indexOf(parser.currentName());
        JsonToken value = parser.nextToken();
        if (index < 0 || form.tokens[index] != null) {
          parser.skipChildren();
          continue;
        }
        form.tokens[index] = value;
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
          form.values[index] = parser.getText();
        } else if (value == JsonToken.START_ARRAY) {
          form.values[index] = strings(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new InvalidRequestException(MALFORMED);
      }
    } catch (StreamConstraintsException e) {
      throw new InvalidRequestException(TOO_BIG);
    } catch (IOException e) {
      throw new InvalidRequestException(MALFORMED);
    }
    return form;
  }

  /** The strings of the array the parser has just entered; null if an element is not a string. */
  private static List<String> strings(JsonParser parser) throws IOException {
    List<String> strings = new ArrayList<>();
    boolean allStrings = true;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new InvalidRequestException(MALFORMED);
      }
      if (token == JsonToken.VALUE_STRING) {
        strings.add(parser.getText());
      } else {
        allStrings = false;
        parser.skipChildren();
      }
    }
    return allStrings ? strings : null;
  }

  private int indexOf(String name) {
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i].name.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The place of {@code input} in this form's inputs. */
  private int place(FormInput input) {
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] == input) {
        return i;
      }
    }
    throw new IllegalArgumentException(input + " is not an input of this form");
  }

  // ---------------------------------------------------------------------------------------------
  // Values by input type

  /** A TEXT input's value; null when absent or not valid. */
  public String text(FormInput input) {
    int i = place(input);
    if (noValue(input, i)) {
      return null;
    }
    if (tokens[i] != JsonToken.VALUE_STRING) {
      return fail(input, FormInputs.NOT_TEXT);
    }
    String text = (String) values[i];
    if (input.maxLength >= 0 && text.length() > input.maxLength) {
      return fail(input, input.tooLong);
    }
    if (input.pattern != null && !input.pattern.matcher(text).matches()) {
      return fail(input, FormInputs.NO_MATCH);
    }
    return text;
  }

  /** An INTEGER input of an {@code int}; 0 when not valid. */
  public int intValue(FormInput input) {
    Long value = whole(input);
    return value == null ? 0 : value.intValue();
  }

  /** An INTEGER input of an {@code Integer}; null when absent or not valid. */
  public Integer intObject(FormInput input) {
    Long value = whole(input);
    return value == null ? null : value.intValue();
  }

  /** An INTEGER input of a {@code long}; 0 when not valid. */
  public long longValue(FormInput input) {
    Long value = whole(input);
    return value == null ? 0 : value;
  }

  /** An INTEGER input of a {@code Long}; null when absent or not valid. */
  public Long longObject(FormInput input) {
    return whole(input);
  }

  /** A DECIMAL input of a {@code double}; 0 when not valid. */
  public double doubleValue(FormInput input) {
    Double value = doubleObject(input);
    return value == null ? 0 : value;
  }

  /** A DECIMAL input of a {@code Double}; null when absent or not valid. */
  public Double doubleObject(FormInput input) {
    String text = numberText(input, place(input));
    if (text == null) {
      return null;
    }
    // The range is judged on the number as sent, as the card judges it, not on the double it rounds to.
    BigDecimal exact = exact(input, text);
    return exact != null && withinLimits(input, exact) ? Double.parseDouble(text) : null;
  }

  /** A DECIMAL input of a {@code BigDecimal}, with the digits as sent; null when absent or not valid. */
  public BigDecimal decimal(FormInput input) {
    String text = numberText(input, place(input));
    if (text == null) {
      return null;
    }
    BigDecimal value = exact(input, text);
    return value != null && withinLimits(input, value) ? value : null;
  }

  /** A BOOLEAN input of a {@code boolean}; false when not valid. */
  public boolean booleanValue(FormInput input) {
    return Boolean.TRUE.equals(booleanObject(input));
  }

  /** A BOOLEAN input of a {@code Boolean}; null when absent or not valid. */
  public Boolean booleanObject(FormInput input) {
    int i = place(input);
    if (noValue(input, i)) {
      return null;
    }
    if (tokens[i] == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    return tokens[i] == JsonToken.VALUE_FALSE ? Boolean.FALSE : fail(input, FormInputs.NOT_BOOLEAN);
  }

  /** A DATE input, {@code yyyy-mm-dd}; null when absent or not valid. */
  public LocalDate date(FormInput input) {
    int i = place(input);
    if (noValue(input, i)) {
      return null;
    }
    Optional<LocalDate> day =
        tokens[i] == JsonToken.VALUE_STRING ? ValueFormats.date((String) values[i]) : Optional.empty();
    return day.isPresent() ? day.get() : fail(input, FormInputs.NOT_DATE);
  }

  /** A SELECT input: the constant of that exact name; null when absent or not valid. */
  public <E extends Enum<E>> E option(FormInput input, E[] constants) {
    int i = place(input);
    if (noValue(input, i)) {
      return null;
    }
    E constant = tokens[i] == JsonToken.VALUE_STRING ? constant((String) values[i], constants) : null;
    return constant == null ? fail(input, FormInputs.NOT_OPTION) : constant;
  }

  /** A MULTI_SELECT input of a {@code Set}: repeats ignored, in the order sent; never null. */
  public <E extends Enum<E>> Set<E> optionSet(FormInput input, E[] constants) {
    List<E> chosen = options(input, constants);
    return chosen.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(chosen));
  }

  /** A MULTI_SELECT input of a {@code List}: in the order sent, repeats kept; never null. */
  public <E extends Enum<E>> List<E> optionList(FormInput input, E[] constants) {
    return List.copyOf(options(input, constants));
  }

  /**
   * Ends the reading.
   *
   * @throws InvalidFormException if some value broke its input's rules
   */
  public void check() {
    if (errors != null) {
      throw new InvalidFormException(errors);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Whether the input has no value (reporting it missing if required). */
  private boolean noValue(FormInput input, int i) {
    JsonToken token = tokens[i];
    boolean none =
        token == null
            || token == JsonToken.VALUE_NULL
            || (token == JsonToken.VALUE_STRING && ((String) values[i]).isEmpty());
    if (none && input.required) {
      fail(input, FormInputs.MISSING);
    }
    return none;
  }

  /** The text of the JSON number at place {@code i}; null when absent or not a number (reported). */
  private String numberText(FormInput input, int i) {
    if (noValue(input, i)) {
      return null;
    }
    return tokens[i].isNumeric() ? (String) values[i] : fail(input, FormInputs.NOT_NUMBER);
  }

  /**
   * A number's exact value; null, after failing the input, for one no card sends: with an exponent
   * beyond an int's, more digits after the point than {@link FormInputs#MAX_DECIMAL_SCALE}, or
   * beyond a double (the card reads it as Infinity, no number).
   */
  private BigDecimal exact(FormInput input, String text) {
    BigDecimal exact;
    try {
      exact = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return fail(input, FormInputs.NOT_NUMBER);
    }
    if (exact.scale() > FormInputs.MAX_DECIMAL_SCALE || Double.isInfinite(exact.doubleValue())) {
      return fail(input, FormInputs.NOT_NUMBER);
    }
    return exact;
  }

  /** Whether the exact {@code value} is within {@code min} and {@code max} (reporting it if not). */
  private boolean withinLimits(FormInput input, BigDecimal value) {
    if (input.minDecimal != null && value.compareTo(input.minDecimal) < 0) {
      fail(input, input.tooSmall);
      return false;
    }
    if (input.maxDecimal != null && value.compareTo(input.maxDecimal) > 0) {
      fail(input, input.tooLarge);
      return false;
    }
    return true;
  }

  /**
   * An INTEGER input's value. A whole number beyond what the input's type holds is still a whole
   * number: it is told the limit it passed, as one beyond a declared {@code max} or {@code min} is.
   */
  private Long whole(FormInput input) {
    int i = place(input);
    String text = numberText(input, i);
    if (text == null) {
      return null;
    }
    long value;
    if (text.length() <= 16 && tokens[i] == JsonToken.VALUE_NUMBER_INT) {
      value = Long.parseLong(text); // fewer than 17 digits: within a long, and quick
    } else {
      BigDecimal exact = exact(input, text);
      if (exact == null) {
        return null;
      }
      // Scale first: the 1000 digits of a whole number sent plainly have no zeros to strip.
      if (exact.scale() > 0 && exact.stripTrailingZeros().scale() > 0) {
        return fail(input, FormInputs.NOT_WHOLE_NUMBER);
      }
      if (exact.abs().compareTo(BigDecimal.valueOf(input.largest)) > 0) {
        return beyondType(input, exact.signum());
      }
      value = exact.longValueExact();
    }
    if (Math.abs(value) > input.largest) {
      return beyondType(input, Long.signum(value));
    }
    return inRange(input, value) ? value : null;
  }

  /** Reports a whole number beyond its input's type: its messages name the limit it passed. */
  private Long beyondType(FormInput input, int sign) {
    return fail(input, sign > 0 ? input.tooLarge : input.tooSmall);
  }

  /** Whether {@code value} is within {@code min} and {@code max} (reporting it if not). */
  private boolean inRange(FormInput input, double value) {
    if (value < input.min) {
      fail(input, input.tooSmall);
      return false;
    }
    if (value > input.max) {
      fail(input, input.tooLarge);
      return false;
    }
    return true;
  }

  private <E extends Enum<E>> List<E> options(FormInput input, E[] constants) {
    int i = place(input);
    if (noValue(input, i)) {
      return List.of();
    }
    if (tokens[i] != JsonToken.START_ARRAY) {
      fail(input, FormInputs.NOT_LIST);
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) values[i];
    if (names == null) {
      fail(input, FormInputs.NOT_OPTION);
      return List.of();
    }
    List<E> chosen = new ArrayList<>(names.size());
    for (String name : names) {
      E constant = constant(name, constants);
      if (constant == null) {
        fail(input, FormInputs.NOT_OPTION);
        return List.of();
      }
      chosen.add(constant);
    }
    if (chosen.isEmpty() && input.required) {
      fail(input, FormInputs.MISSING);
    }
    return chosen;
  }

  private static <E extends Enum<E>> E constant(String name, E[] constants) {
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** Records the input's first error; returns null for the caller to return. */
  private <T> T fail(FormInput input, String message) {
    if (errors == null) {
      errors = new LinkedHashMap<>();
    }
    errors.putIfAbsent(input.name, message);
    return null;
  }
}

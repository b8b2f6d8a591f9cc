package dev.crmcards.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One {@code @Input} member of a form, checked: what the card draws ({@code type}, one of the
 * rules' {@code FormInputs.TYPES}), how the server reads it ({@code kind}), and its rules. Limits
 * a member does not set are null.
 *
 * @param kind the Java shape of the value; for a set or list of an enum, {@link ValueKind#ENUM}
 *     with {@code collection} set
 * @param javaType the member's type as written, e.g. {@code java.util.Set<Channel>}
 * @param enumType the enum of a SELECT or MULTI_SELECT; null otherwise
 */
public record InputModel(
    String name,
    String type,
    ValueKind kind,
    Collection collection,
    TypeName javaType,
    TypeName enumType,
    List<OptionModel> options,
    String label,
    boolean required,
    String placeholder,
    String description,
    Double min,
    Double max,
    Integer maxLength,
    String pattern,
    boolean multiline,
    String currencyCode) {

  /** Whether the member holds many enum constants, and in what. */
  public enum Collection {
    NONE,
    SET,
    LIST
  }

  /** A SELECT's choice: the constant's name, sent, and its label, shown. */
  public record OptionModel(String value, String label) {}
}

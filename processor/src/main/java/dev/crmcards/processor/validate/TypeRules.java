package dev.crmcards.processor.validate;

import dev.crmcards.PropertyType;
import dev.crmcards.processor.RuntimeTypes;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.JavaType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which Java types each annotation and each PropertyType accepts (API.md, section 1): the
 * property types' from the rules' {@link DataTypes}, the member annotations' here.
 */
public final class TypeRules {
  private TypeRules() {}

  private static final Map<String, ValueKind> DECLARED =
      Map.ofEntries(
          Map.entry("java.lang.String", ValueKind.STRING),
          Map.entry("java.net.URI", ValueKind.URI),
          Map.entry("java.lang.Long", ValueKind.BOXED_LONG),
          Map.entry("java.lang.Integer", ValueKind.BOXED_INT),
          Map.entry("java.lang.Short", ValueKind.BOXED_SHORT),
          Map.entry("java.lang.Byte", ValueKind.BOXED_BYTE),
          Map.entry("java.lang.Double", ValueKind.BOXED_DOUBLE),
          Map.entry("java.lang.Float", ValueKind.BOXED_FLOAT),
          Map.entry("java.lang.Boolean", ValueKind.BOXED_BOOLEAN),
          Map.entry("java.math.BigDecimal", ValueKind.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", ValueKind.BIG_INTEGER),
          Map.entry("java.util.UUID", ValueKind.UUID),
          Map.entry("java.time.LocalDate", ValueKind.LOCAL_DATE),
          Map.entry("java.time.Instant", ValueKind.INSTANT),
          Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATE_TIME),
          Map.entry("java.time.ZonedDateTime", ValueKind.ZONED_DATE_TIME));

  /** How generated code will see a value of this type. */
  public static ValueKind classify(TypeMirror type) {
    switch (type.getKind()) {
      case LONG:
        return ValueKind.PRIMITIVE_LONG;
      case INT:
        return ValueKind.PRIMITIVE_INT;
      case SHORT:
        return ValueKind.PRIMITIVE_SHORT;
      case BYTE:
        return ValueKind.PRIMITIVE_BYTE;
      case DOUBLE:
        return ValueKind.PRIMITIVE_DOUBLE;
      case FLOAT:
        return ValueKind.PRIMITIVE_FLOAT;
      case BOOLEAN:
        return ValueKind.PRIMITIVE_BOOLEAN;
      case DECLARED:
        break;
      default:
        return ValueKind.OTHER;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    String name = element.getQualifiedName().toString();
    if (name.equals("java.util.List") && declared.getTypeArguments().size() == 1) {
      TypeMirror arg = declared.getTypeArguments().get(0);
      if (arg.getKind() == TypeKind.DECLARED
          && ((TypeElement) ((DeclaredType) arg).asElement())
              .getQualifiedName()
              .contentEquals(RuntimeTypes.PROPERTY.canonicalName())) {
        return ValueKind.PROPERTY_LIST;
      }
    }
    return DECLARED.getOrDefault(name, ValueKind.OTHER);
  }

  public static final Set<ValueKind> OBJECT_ID =
      EnumSet.of(ValueKind.PRIMITIVE_LONG, ValueKind.PRIMITIVE_INT, ValueKind.BOXED_LONG, ValueKind.BOXED_INT);
  public static final Set<ValueKind> TITLE = EnumSet.of(ValueKind.STRING);
  public static final Set<ValueKind> LINK = EnumSet.of(ValueKind.STRING, ValueKind.URI);
  public static final Set<ValueKind> EXTRA_PROPERTIES = EnumSet.of(ValueKind.PROPERTY_LIST);

  /** Types a {@code {placeholder}} may have: each parses back from one path segment. */
  public static final Set<ValueKind> PATH_PARAMETER =
      EnumSet.of(
          ValueKind.STRING,
          ValueKind.PRIMITIVE_LONG,
          ValueKind.PRIMITIVE_INT,
          ValueKind.BOXED_LONG,
          ValueKind.BOXED_INT,
          ValueKind.UUID,
          ValueKind.ENUM,
          ValueKind.BIG_INTEGER);

  /** The rules' name of each kind: the same name, without PRIMITIVE_. */
  private static final Map<ValueKind, JavaType> JAVA_TYPES = new EnumMap<>(ValueKind.class);

  static {
    for (ValueKind kind : ValueKind.values()) {
      String name = kind.name().startsWith("PRIMITIVE_") ? kind.name().substring("PRIMITIVE_".length()) : kind.name();
      Arrays.stream(JavaType.values()).filter(t -> t.name().equals(name)).findFirst()
          .ifPresent(t -> JAVA_TYPES.put(kind, t));
    }
  }

  /** The rules' name of a kind; empty for a kind the rules do not know ({@code OTHER}). */
  public static Optional<JavaType> javaType(ValueKind kind) {
    return Optional.ofNullable(JAVA_TYPES.get(kind));
  }

  /**
   * The kinds a property of {@code propertyType} accepts (the rules' {@link DataTypes#javaTypes},
   * which knows each type by its HubSpot name, the constant's name).
   */
  public static Set<ValueKind> accepted(PropertyType propertyType) {
    Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
    for (ValueKind kind : ValueKind.values()) {
      javaType(kind).filter(DataTypes.javaTypes(propertyType.name())::contains).ifPresent(t -> kinds.add(kind));
    }
    return kinds;
  }

  /** The property types that would accept this kind, to suggest a fix. */
  public static List<String> propertyTypesAccepting(ValueKind kind) {
    return javaType(kind).map(DataTypes::accepting).orElse(List.of()).stream().sorted().toList();
  }

  /** Human names of the accepted kinds, in a fixed order, e.g. "String or java.net.URI". */
  public static String describe(Set<ValueKind> kinds) {
    List<String> names =
        EnumSet.copyOf(kinds).stream().map(TypeRules::describe).distinct().collect(Collectors.toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  static String describe(ValueKind kind) {
    return javaType(kind).map(JavaType::display).orElse("other");
  }
}

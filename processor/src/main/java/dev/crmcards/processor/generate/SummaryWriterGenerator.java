package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.JSON_OUTPUT;
import static dev.crmcards.processor.generate.JsonWrite.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.crmcards.processor.generate.JsonFragments.Keys;
import dev.crmcards.processor.model.ChartModel;
import dev.crmcards.processor.model.InputModel.OptionModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.StatisticModel;
import dev.crmcards.processor.model.SummaryModel;
import dev.crmcards.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code writeSummary}: the members of the card's summary between the braces of the
 * answer's {@code summary}, figures then charts, each in member order. A figure travels as a
 * column value of its type does, a JSON string of its plain digits ({@code "1234.50"}), so the
 * card shows it with every digit; a point's x and y as JSON numbers, strings and dates ({@code
 * yyyy-mm-dd}), an enum x as its constant's label. A null figure or chart is left out, and so is
 * a figure that is NaN or infinite (a point's x or y is null then). Straight-line code, constant
 * keys and labels, no allocation.
 */
final class SummaryWriterGenerator {
  /** Locals of writeSummary that a member's local must not shadow. */
  private static final Set<String> LOCALS = Set.of("summary", JsonWrite.TARGET, "more", "i", "point", "x", "y");

  private final SummaryModel summary;
  private final JsonFragments fragments;

  SummaryWriterGenerator(SummaryModel summary, JsonFragments fragments) {
    this.summary = summary;
    this.fragments = fragments;
  }

  /**
   * One member of the summary: how to read it, whether it may be null or a floating-point number
   * JSON cannot hold, and how to write it.
   */
  private record Item(Member member, String name, boolean nullable, boolean floating, Writer writer) {
    /** Whether the item may be left out of the answer. */
    boolean optional() {
      return nullable || floating;
    }

    /** The Java condition under which {@code local} is written. */
    String written(String local) {
      String finite = "Double.isFinite(" + local + ")";
      return nullable && floating ? local + " != null && " + finite
          : floating ? finite
          : local + " != null";
    }
  }

  @FunctionalInterface
  private interface Writer {
    void write(CodeBlock.Builder body, String local);
  }

  MethodSpec writeSummary() {
    List<Item> items = new ArrayList<>();
    for (StatisticModel s : summary.statistics()) {
      items.add(new Item(s.member(), s.name(), !s.kind().isPrimitive(), s.kind().isFloatingPoint(),
          (body, local) -> body.addStatement(ResponseWriterGenerator.writeValue(s.kind(), local))));
    }
    for (ChartModel c : summary.charts()) {
      items.add(new Item(c.member(), c.name(), true, false, (body, local) -> points(body, c, local)));
    }
    CodeBlock.Builder body = CodeBlock.builder();
    // Whether a comma goes before an item is known while writing this code once an item that is
    // never left out came before it; until then, `more` says whether one was written.
    boolean needsMore = items.size() > 1 && items.get(0).optional();
    if (needsMore) {
      body.addStatement("boolean more = false");
    }
    boolean someBefore = false;
    boolean surelyBefore = false;
    GeneratedLocals locals = new GeneratedLocals(LOCALS);
    for (Item item : items) {
      String access = item.member().access("summary");
      String local = locals.take(item.member().javaName());
      if (item.optional()) {
        body.addStatement("$T $L = $L", TypeName.get(item.member().type()), local, access);
        body.beginControlFlow("if ($L)", item.written(local));
      } else {
        local = access;
      }
      if (surelyBefore) {
        body.addStatement(RAW_BYTE.call("','"));
      } else if (someBefore) {
        body.addStatement("if (more) $L", RAW_BYTE.call("','"));
      }
      String key = JsonText.escaped(item.name());
      body.addStatement(RAW.call(fragments.key(Keys.SUMMARY, "KEY_" + JsonFragments.identifier(item.name()), "\"" + key + "\":")));
      item.writer().write(body, local);
      if (needsMore && !surelyBefore) {
        body.addStatement("more = true");
      }
      if (item.optional()) {
        body.endControlFlow();
      }
      someBefore = true;
      surelyBefore |= !item.optional();
    }
    return MethodSpec.methodBuilder("writeSummary")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(summary.type(), "summary")
        .addParameter(JSON_OUTPUT, TARGET)
        .addCode(body.build())
        .build();
  }

  /** The chart's points, {@code [{"x": ..., "y": ...}, ...]}, by index (no iterator). */
  private void points(CodeBlock.Builder body, ChartModel chart, String list) {
    String prefix = "KEY_" + JsonFragments.identifier(chart.name());
    String x = fragments.key(Keys.SUMMARY, prefix + "_X", "{\"" + JsonText.escaped(chart.x().propertyName()) + "\":");
    String y = fragments.key(Keys.SUMMARY, prefix + "_Y", ",\"" + JsonText.escaped(chart.y().propertyName()) + "\":");
    body.addStatement(RAW_BYTE.call("'['"));
    body.beginControlFlow("for (int i = 0; i < $L.size(); i++)", list);
    body.beginControlFlow("if (i > 0)").addStatement(RAW_BYTE.call("','")).endControlFlow();
    body.addStatement(
        "$T point = $T.requireNonNull($L.get(i), $S)",
        chart.pointType(),
        Objects.class,
        list,
        simpleName() + "." + chart.member().access("").substring(1) + " holds a null point");
    body.addStatement(RAW.call(x));
    if (chart.xKind() == ValueKind.ENUM) {
      category(body, chart, chart.x().access("point"));
    } else {
      value(body, chart.xKind(), chart.x().access("point"), "x");
    }
    body.addStatement(RAW.call(y));
    value(body, chart.yKind(), chart.y().access("point"), "y");
    body.addStatement(RAW_BYTE.call("'}'"));
    body.endControlFlow();
    body.addStatement(RAW_BYTE.call("']'"));
  }

  /**
   * An enum x, read once into {@code x}: its constant's label, encoded once as a JSON string when
   * the class loads; null as {@code null}. The switch names each constant, so an enum reordered
   * since keeps its labels, and is exhaustive, so one given a constant since fails loudly.
   */
  private void category(CodeBlock.Builder body, ChartModel chart, String access) {
    ClassName type = (ClassName) TypeName.get(chart.x().type());
    body.addStatement("$T x = $L", type, access);
    body.beginControlFlow("if (x == null)");
    body.addStatement(NULL_VALUE.call());
    body.nextControlFlow("else");
    CodeBlock.Builder cases = CodeBlock.builder().add("switch (x) {\n$>");
    for (OptionModel constant : chart.xLabels()) {
      String label =
          fragments.key(
              Keys.CATEGORIES,
              "LABEL_" + JsonFragments.identifier(type.simpleName()) + "_" + JsonFragments.identifier(constant.value()),
              "\"" + JsonText.escaped(constant.label()) + "\"");
      cases.add("case $L -> $L;\n", constant.value(), label);
    }
    body.add("$L;\n", RAW.call(cases.add("$<}").build()));
    body.endControlFlow();
  }

  /**
   * A point's x or y, read once into {@code local}: a number, a string or a date; null, and a
   * floating-point number JSON cannot hold, as {@code null}.
   */
  private static void value(CodeBlock.Builder body, ValueKind kind, String access, String local) {
    if (kind == ValueKind.STRING) {
      body.addStatement(STRING_OR_NULL.call(access));
      return;
    }
    if (kind.isPrimitive()) {
      body.addStatement(pointNumber(kind, access));
      return;
    }
    body.addStatement("$T $L = $L", valueType(kind), local, access);
    body.beginControlFlow("if ($L == null)", local);
    body.addStatement(NULL_VALUE.call());
    body.nextControlFlow("else");
    body.addStatement(kind == ValueKind.LOCAL_DATE ? QUOTED_DATE.call(local) : pointNumber(kind, local));
    body.endControlFlow();
  }

  /** A point's number, not null: as {@link #number}, but NaN and infinities as {@code null}. */
  private static CodeBlock pointNumber(ValueKind kind, String value) {
    switch (kind) {
      case PRIMITIVE_DOUBLE:
        return FINITE_OR_NULL_DOUBLE.call(value);
      case BOXED_DOUBLE:
        return FINITE_OR_NULL_DOUBLE.call(value + ".doubleValue()");
      case PRIMITIVE_FLOAT:
        return FINITE_OR_NULL_FLOAT.call(value);
      case BOXED_FLOAT:
        return FINITE_OR_NULL_FLOAT.call(value + ".floatValue()");
      default:
        return number(kind, value);
    }
  }

  private static TypeName valueType(ValueKind kind) {
    switch (kind) {
      case LOCAL_DATE:
        return ClassName.get(java.time.LocalDate.class);
      case BOXED_LONG:
        return ClassName.get(Long.class);
      case BOXED_INT:
        return ClassName.get(Integer.class);
      case BOXED_SHORT:
        return ClassName.get(Short.class);
      case BOXED_BYTE:
        return ClassName.get(Byte.class);
      case BOXED_DOUBLE:
        return ClassName.get(Double.class);
      case BOXED_FLOAT:
        return ClassName.get(Float.class);
      case BIG_DECIMAL:
        return ClassName.get(java.math.BigDecimal.class);
      case BIG_INTEGER:
        return ClassName.get(java.math.BigInteger.class);
      default:
        throw new IllegalArgumentException("not a summary value: " + kind);
    }
  }

  /** Writes a point's number of {@code kind}, not null, as a JSON number. */
  private static CodeBlock number(ValueKind kind, String value) {
    switch (kind) {
      case PRIMITIVE_LONG:
      case PRIMITIVE_INT:
      case PRIMITIVE_SHORT:
      case PRIMITIVE_BYTE:
        return NUMBER.call(value);
      case BOXED_LONG:
      case BOXED_INT:
      case BOXED_SHORT:
      case BOXED_BYTE:
        return NUMBER.call(value + ".longValue()");
      case PRIMITIVE_DOUBLE:
        return NUMBER_DOUBLE.call(value);
      case BOXED_DOUBLE:
        return NUMBER_DOUBLE.call(value + ".doubleValue()");
      case PRIMITIVE_FLOAT:
        return NUMBER_FLOAT.call(value);
      case BOXED_FLOAT:
        return NUMBER_FLOAT.call(value + ".floatValue()");
      case BIG_DECIMAL:
        return NUMBER_DECIMAL.call(value);
      case BIG_INTEGER:
        return NUMBER_BIG_INTEGER.call(value);
      default:
        throw new IllegalArgumentException("not a number: " + kind);
    }
  }

  private String simpleName() {
    TypeName type = summary.type();
    return type instanceof ClassName c ? c.simpleName()
        : type instanceof ParameterizedTypeName p ? p.rawType().simpleName() : type.toString();
  }
}

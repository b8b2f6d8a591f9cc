package dev.crmcards.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.crmcards.processor.RuntimeTypes;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The JsonOutput methods generated writers call, each with the Java types of its parameters. The
 * names are written here only, and {@code RuntimeTypesTest} finds each method, with these
 * parameters, in the runtime's JsonOutput.
 */
enum JsonWrite {
  /** The calling thread's reusable output. */
  FOR_THIS_THREAD(true, "forThisThread"),
  /** A constant's bytes, encoded once when the generated class loads. */
  UTF8(true, "utf8", String.class),
  WRITE_TO("writeTo", OutputStream.class),
  /** Pre-encoded JSON: keys with their punctuation, the declared actions' fragments. */
  RAW("raw", byte[].class),
  /** One ASCII character of punctuation. */
  RAW_BYTE("rawByte", int.class),
  NULL_VALUE("nullValue"),
  NUMBER("number", long.class),
  NUMBER_DOUBLE("number", double.class),
  NUMBER_FLOAT("number", float.class),
  /** A double that may be NaN or infinite: null then. */
  FINITE_OR_NULL_DOUBLE("finiteOrNull", double.class),
  FINITE_OR_NULL_FLOAT("finiteOrNull", float.class),
  NUMBER_DECIMAL("number", BigDecimal.class),
  NUMBER_BIG_INTEGER("number", BigInteger.class),
  STRING("string", String.class),
  STRING_OR_NULL("stringOrNull", String.class),
  QUOTED_LONG("quotedNumber", long.class),
  QUOTED_NUMBER("quotedNumber", Number.class),
  QUOTED_DOUBLE("quotedDouble", double.class),
  QUOTED_FLOAT("quotedFloat", float.class),
  QUOTED_DECIMAL("quotedDecimal", BigDecimal.class),
  QUOTED_DATE("quotedDate", LocalDate.class),
  QUOTED_INSTANT("quotedEpochMillis", Instant.class),
  QUOTED_OFFSET_DATE_TIME("quotedEpochMillis", OffsetDateTime.class),
  QUOTED_ZONED_DATE_TIME("quotedEpochMillis", ZonedDateTime.class),
  /** A path segment of an action's uri, percent-encoded. */
  PATH_SEGMENT("pathSegment", String.class),
  PATH_SEGMENT_LONG("pathSegment", long.class),
  PATH_SEGMENT_BIG_INTEGER("pathSegment", BigInteger.class),
  PATH_SEGMENT_UUID("pathSegment", UUID.class);

  /** The name of the generated writers' JsonOutput parameter or local. */
  static final String TARGET = "json";

  /**
   * The method of the runtime's response parts ({@code CardAction}, {@code Property}) that writes
   * one into a JsonOutput.
   */
  static final String WRITE_PART = "writeTo";

  final boolean isStatic;
  final String method;
  final List<Class<?>> parameters;

  JsonWrite(String method, Class<?>... parameters) {
    this(false, method, parameters);
  }

  JsonWrite(boolean isStatic, String method, Class<?>... parameters) {
    this.isStatic = isStatic;
    this.method = method;
    this.parameters = List.of(parameters);
  }

  /** The call, on {@code json} or statically on JsonOutput, with {@code arguments} as Java code. */
  CodeBlock call(Object... arguments) {
    if (arguments.length != parameters.size()) {
      throw new IllegalArgumentException(this + " takes " + parameters.size() + " arguments");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    if (isStatic) {
      code.add("$T.$L(", RuntimeTypes.JSON_OUTPUT, method);
    } else {
      code.add("$L.$L(", TARGET, method);
    }
    for (int i = 0; i < arguments.length; i++) {
      code.add(i == 0 ? "$L" : ", $L", arguments[i]);
    }
    return code.add(")").build();
  }

  /** {@code part.writeTo(json)} for a CardAction or Property expression {@code part}. */
  static CodeBlock writePart(Object part) {
    return CodeBlock.of("$L.$L($L)", part, WRITE_PART, TARGET);
  }
}

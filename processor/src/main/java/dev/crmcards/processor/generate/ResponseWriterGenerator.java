package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.CARD_ACTION;
import static dev.crmcards.processor.RuntimeTypes.CARD_RESPONSE;
import static dev.crmcards.processor.RuntimeTypes.JSON_OUTPUT;
import static dev.crmcards.processor.RuntimeTypes.PROPERTY;
import static dev.crmcards.processor.RuntimeTypes.RESULT_LIMIT;
import static dev.crmcards.processor.generate.JsonWrite.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.crmcards.ActionPlacement;
import dev.crmcards.processor.generate.JsonFragments.Keys;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.validate.TypeRules;
import dev.crmcards.rules.CardViews;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the card's data-fetch response writer: straight-line code that writes each object's
 * members in declaration order, copying every constant part of the JSON (keys, the declared
 * actions) from fields built once when the class loads (see {@link JsonFragments}).
 */
final class ResponseWriterGenerator {
  private static final ClassName LIST = ClassName.get(List.class);

  private final CardModel card;
  private final JsonFragments fragments;

  ResponseWriterGenerator(CardModel card) {
    this.card = card;
    this.fragments = new JsonFragments(card.actions());
  }

  private TypeName responseType() {
    return ParameterizedTypeName.get(CARD_RESPONSE, card.cardClass());
  }

  /** Adds what users call: {@code writeJson}, {@code toJson} and {@code write}. */
  void addPublicMethods(ClassLayout layout) {
    TypeName response = responseType();
    layout.add(
        MethodSpec.methodBuilder("writeJson")
            .addJavadoc(
                card.view().isTable()
                    ? "Writes {@code response} as the data-fetch response (UTF-8 JSON) to {@code out}.\n"
                        + "At most {@code $L} objects are written: the card's page size.\n"
                    : "Writes {@code response} as HubSpot's data-fetch response (UTF-8 JSON) to {@code out}.\n"
                        + "At most {@link $T#MAX_RESULTS} objects are written: HubSpot shows no more.\n",
                card.view().isTable() ? card.view().pageSize() : CARD_RESPONSE)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(response, "response")
            .addParameter(OutputStream.class, "out")
            .addException(IOException.class)
            .addStatement("$T $L = $L", JSON_OUTPUT, TARGET, FOR_THIS_THREAD.call())
            .addStatement("write(response, $L)", TARGET)
            .addStatement(WRITE_TO.call("out"))
            .build());
    layout.add(
        MethodSpec.methodBuilder("toJson")
            .addJavadoc("The data-fetch response JSON for {@code response}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(response, "response")
            .returns(String.class)
            .addStatement("$T $L = $L", JSON_OUTPUT, TARGET, FOR_THIS_THREAD.call())
            .addStatement("write(response, $L)", TARGET)
            .addStatement("return $L.toString()", TARGET)
            .build());
    layout.add(writeResponse());
    if (card.view().isTable() || card.view().hasSummary()) {
      layout.add(writePage());
    }
  }

  /**
   * Adds the private parts: {@code writeObject}, then the JSON fragments both writers copy. Call
   * after {@link #addPublicMethods}, which names fragments too.
   */
  void addPrivateParts(ClassLayout layout) {
    layout.add(writeObject());
    if (card.view().hasSummary()) {
      layout.add(new SummaryWriterGenerator(card.view().summary(), fragments).writeSummary());
    }
    fragments.addTo(layout);
  }

  /**
   * {@code write(response, json)}: the whole answer of a legacy card; for a TABLE card or one with
   * a summary, its first page without the summary, through {@link #writePage}.
   */
  private MethodSpec writeResponse() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addJavadoc("Writes {@code response} into {@code json}; the servlet and the benchmarks call it directly.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(responseType(), "response")
            .addParameter(JSON_OUTPUT, TARGET);
    if (card.view().isTable() || card.view().hasSummary()) {
      CodeBlock.Builder arguments = CodeBlock.builder().add("response");
      if (card.view().hasSummary()) {
        arguments.add(", null");
      }
      if (card.view().isTable()) {
        arguments.add(", $L", card.view().pageSize());
        method.addJavadoc(
            "As the first page, without a summary: at most {@code $L} objects (the card's page size).\n",
            card.view().pageSize());
      } else {
        method.addJavadoc("As the first page, without a summary.\n");
      }
      return method
          .addStatement("write($L, $L)", arguments.build(), TARGET)
          .build();
    }
    return method.addCode(responseBody()).build();
  }

  /**
   * {@code write(response, summary, pageSize, json)} of a TABLE card with a summary, without
   * either where the card has none: a page of at most {@code pageSize} objects, its {@code total},
   * and the summary unless it is null (pages after the first).
   */
  private MethodSpec writePage() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(responseType(), "response");
    StringBuilder doc = new StringBuilder("Writes {@code response} into {@code json}");
    if (card.view().isTable()) {
      doc.append(": at most {@code pageSize} objects (the request's), and the response's total");
    }
    if (card.view().hasSummary()) {
      method.addParameter(card.view().summary().type(), "summary");
      doc.append(", and {@code summary} unless it is null");
    }
    if (card.view().isTable()) {
      method.addParameter(int.class, "pageSize");
    }
    return method
        .addJavadoc(doc.append(".\nThe card's fetch route calls it with the request's page.\n").toString())
        .addParameter(JSON_OUTPUT, TARGET)
        .addCode(responseBody())
        .build();
  }

  private CodeBlock responseBody() {
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T<$T> results = response.results()", LIST, card.cardClass());
    if (card.view().isTable()) {
      body.addStatement("int count = $T.limitPage(NAME, results.size(), pageSize)", RESULT_LIMIT);
    } else {
      body.addStatement("int count = $T.limit(NAME, results.size())", RESULT_LIMIT);
    }
    body.addStatement("boolean objectActions = response.hasObjectActions()");
    body.addStatement(RAW.call(key(Keys.RESPONSE, "RESULTS_START", "{\"results\":[")));
    body.beginControlFlow("for (int i = 0; i < count; i++)");
    body.beginControlFlow("if (i > 0)").addStatement(RAW_BYTE.call("','")).endControlFlow();
    body.addStatement("writeObject(results.get(i), response, objectActions, $L)", TARGET);
    body.endControlFlow();
    body.addStatement(RAW_BYTE.call("']'"));

    ActionModel settings = declared(ActionPlacement.SETTINGS);
    ActionModel primary = declared(ActionPlacement.PRIMARY);
    topLevel(body, "settingsAction", settings);
    topLevel(body, "primaryAction", primary);

    List<ActionModel> secondary = new ArrayList<>();
    for (ActionModel a : card.actions()) {
      if (a.placement() == ActionPlacement.SECONDARY) {
        secondary.add(a);
      }
    }
    body.addStatement("$T<$T> secondaryActions = response.secondaryActions()", LIST, CARD_ACTION);
    String secondaryKey = key(Keys.RESPONSE, "SECONDARY_ACTIONS_KEY", ",\"secondaryActions\":[");
    if (secondary.isEmpty()) {
      body.beginControlFlow("if (!secondaryActions.isEmpty())");
      body.addStatement(RAW.call(secondaryKey));
      body.beginControlFlow("for (int i = 0; i < secondaryActions.size(); i++)");
      body.beginControlFlow("if (i > 0)").addStatement(RAW_BYTE.call("','")).endControlFlow();
      body.addStatement(writePart("secondaryActions.get(i)"));
      body.endControlFlow();
      body.addStatement(RAW_BYTE.call("']'"));
      body.endControlFlow();
    } else {
      body.addStatement(RAW.call(secondaryKey));
      for (int i = 0; i < secondary.size(); i++) {
        if (i > 0) {
          body.addStatement(RAW_BYTE.call("','"));
        }
        body.addStatement(RAW.call(fragments.action(secondary.get(i)) + "[0]"));
      }
      body.beginControlFlow("for (int i = 0; i < secondaryActions.size(); i++)");
      body.addStatement(RAW_BYTE.call("','"));
      body.addStatement(writePart("secondaryActions.get(i)"));
      body.endControlFlow();
      body.addStatement(RAW_BYTE.call("']'"));
    }
    if (card.view().isTable()) {
      body.addStatement("$T total = response.total()", OptionalLong.class);
      body.beginControlFlow("if (total.isPresent())");
      body.addStatement(RAW.call(key(Keys.RESPONSE, "TOTAL_KEY", ",\"" + CardViews.TOTAL + "\":")));
      body.addStatement(NUMBER.call("total.getAsLong()"));
      body.endControlFlow();
    }
    if (card.view().hasSummary()) {
      body.beginControlFlow("if (summary != null)");
      body.addStatement(RAW.call(key(Keys.RESPONSE, "SUMMARY_KEY", ",\"" + CardViews.SUMMARY + "\":{")));
      body.addStatement("writeSummary(summary, $L)", TARGET);
      body.addStatement(RAW_BYTE.call("'}'"));
      body.endControlFlow();
    }
    body.addStatement(RAW_BYTE.call("'}'"));
    return body.build();
  }

  /** A declared top-level action, replaced by the response's dynamic one when there is one. */
  private void topLevel(CodeBlock.Builder body, String key, ActionModel declared) {
    String keyField =
        key(Keys.RESPONSE, key.equals("settingsAction") ? "SETTINGS_ACTION_KEY" : "PRIMARY_ACTION_KEY", ",\"" + key + "\":");
    body.addStatement("$T $L = response.$L().orElse(null)", CARD_ACTION, key, key);
    if (declared == null) {
      body.beginControlFlow("if ($L != null)", key);
      body.addStatement(RAW.call(keyField));
      body.addStatement(writePart(key));
      body.endControlFlow();
      return;
    }
    body.addStatement(RAW.call(keyField));
    body.beginControlFlow("if ($L != null)", key);
    body.addStatement(writePart(key));
    body.nextControlFlow("else");
    body.addStatement(RAW.call(fragments.action(declared) + "[0]"));
    body.endControlFlow();
  }

  private MethodSpec writeObject() {
    CodeBlock.Builder body = CodeBlock.builder();
    Member id = card.idMember();
    if (card.idKind().isPrimitive()) {
      body.addStatement(RAW.call(key(Keys.OBJECT, "OBJECT_ID_KEY", "{\"objectId\":")));
      body.addStatement(NUMBER.call(id.access("object")));
    } else {
      body.addStatement("$T id = $L", TypeName.get(id.type()), id.access("object"));
      requireNonNull(body, "id", id);
      body.addStatement(RAW.call(key(Keys.OBJECT, "OBJECT_ID_KEY", "{\"objectId\":")));
      body.addStatement(NUMBER.call("id"));
    }

    Member title = card.titleMember();
    body.addStatement("$T title = $L", String.class, title.access("object"));
    requireNonNull(body, "title", title);
    body.addStatement(RAW.call(key(Keys.OBJECT, "TITLE_KEY", ",\"title\":")));
    body.addStatement(STRING.call("title"));

    body.addStatement(RAW.call(key(Keys.OBJECT, "LINK_KEY", ",\"link\":")));
    if (card.linkMember() == null) {
      body.addStatement(NULL_VALUE.call());
    } else if (card.linkKind() == ValueKind.URI) {
      body.addStatement("$T link = $L", ClassName.get(URI.class), card.linkMember().access("object"));
      body.addStatement(STRING_OR_NULL.call("link == null ? null : link.toString()"));
    } else {
      body.addStatement(STRING_OR_NULL.call(card.linkMember().access("object")));
    }

    GeneratedLocals locals = new GeneratedLocals(WRITER_LOCALS);
    for (PropertyModel p : card.properties()) {
      property(body, p, locals);
    }

    if (card.extraPropertiesMember() != null) {
      body.addStatement(
          "$T<$T> properties = $L", LIST, PROPERTY, card.extraPropertiesMember().access("object"));
      body.beginControlFlow("if (properties != null && !properties.isEmpty())");
      body.addStatement(RAW.call(key(Keys.OBJECT, "PROPERTIES_KEY", ",\"properties\":[")));
      body.beginControlFlow("for (int i = 0; i < properties.size(); i++)");
      body.beginControlFlow("if (i > 0)").addStatement(RAW_BYTE.call("','")).endControlFlow();
      body.addStatement(writePart("properties.get(i)"));
      body.endControlFlow();
      body.addStatement(RAW_BYTE.call("']'"));
      body.endControlFlow();
    }

    body.addStatement(RAW.call(key(Keys.OBJECT, "ACTIONS_KEY", ",\"actions\":[")));
    List<ActionModel> objectActions = new ArrayList<>();
    for (ActionModel a : card.actions()) {
      if (a.isObjectAction()) {
        objectActions.add(a);
      }
    }
    // Each `when` member is read once per object, however many actions it guards.
    Map<String, String> whenLocals = new LinkedHashMap<>();
    for (ActionModel a : objectActions) {
      if (a.when() != null && !whenLocals.containsKey(a.when().javaName())) {
        String local =
            locals.take("when" + Character.toUpperCase(a.when().javaName().charAt(0)) + a.when().javaName().substring(1));
        whenLocals.put(a.when().javaName(), local);
        body.addStatement("boolean $L = $L", local, a.when().access("object"));
      }
    }
    boolean firstIsUnconditional = !objectActions.isEmpty() && objectActions.get(0).when() == null;
    boolean commaKnown = firstIsUnconditional;
    if (!firstIsUnconditional) {
      body.addStatement("boolean more = false");
    }
    for (int i = 0; i < objectActions.size(); i++) {
      ActionModel a = objectActions.get(i);
      if (a.when() != null) {
        body.beginControlFlow("if ($L)", whenLocals.get(a.when().javaName()));
      }
      if (i > 0) {
        if (commaKnown) {
          body.addStatement(RAW_BYTE.call("','"));
        } else {
          body.addStatement("if (more) $L", RAW_BYTE.call("','"));
        }
      }
      writeAction(body, a);
      if (!commaKnown) {
        body.addStatement("more = true");
      }
      if (a.when() != null) {
        body.endControlFlow();
      }
    }
    body.beginControlFlow("if (objectActions)");
    body.addStatement("$T<$T> extra = response.objectActions(object)", LIST, CARD_ACTION);
    body.beginControlFlow("for (int i = 0; i < extra.size(); i++)");
    if (objectActions.isEmpty()) {
      body.addStatement("if (i > 0) $L", RAW_BYTE.call("','"));
    } else if (commaKnown) {
      body.addStatement(RAW_BYTE.call("','"));
    } else {
      body.addStatement("if (more || i > 0) $L", RAW_BYTE.call("','"));
    }
    body.addStatement(writePart("extra.get(i)"));
    body.endControlFlow();
    body.endControlFlow();
    body.addStatement(RAW_BYTE.call("']'"));
    body.addStatement(RAW_BYTE.call("'}'"));

    return MethodSpec.methodBuilder("writeObject")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(card.cardClass(), "object")
        .addParameter(responseType(), "response")
        .addParameter(boolean.class, "objectActions")
        .addParameter(JSON_OUTPUT, TARGET)
        .addCode(body.build())
        .build();
  }

  private void requireNonNull(CodeBlock.Builder body, String local, Member member) {
    body.beginControlFlow("if ($L == null)", local);
    body.addStatement(
        "throw new $T($S)",
        IllegalStateException.class,
        card.cardClass().simpleName() + "." + member.access("").substring(1)
            + " is null; HubSpot needs " + (local.equals("id") ? "an objectId" : "a title") + " for every object");
    body.endControlFlow();
  }

  private void property(CodeBlock.Builder body, PropertyModel p, GeneratedLocals locals) {
    String key =
        key(Keys.PROPERTIES, "KEY_" + JsonFragments.identifier(p.name()), ",\"" + JsonText.escaped(p.name()) + "\":");
    String access = p.member().access("object");
    if (p.valueKind().isPrimitive()) {
      body.addStatement(RAW.call(key));
      body.addStatement(writeValue(p.valueKind(), access));
      return;
    }
    String local = locals.take(p.member().javaName());
    body.addStatement("$T $L = $L", TypeName.get(p.member().type()), local, access);
    body.beginControlFlow("if ($L != null)", local);
    body.addStatement(RAW.call(key));
    body.addStatement(writeValue(p.valueKind(), local));
    body.endControlFlow();
  }

  /**
   * Writes a value of {@code kind}, not null, as a property's value travels: a JSON string (a
   * number's plain digits, {@code "1234.50"}); summary figures travel so too, to show alike.
   */
  static CodeBlock writeValue(ValueKind kind, String value) {
    switch (kind) {
      case STRING:
        return STRING.call(value);
      case ENUM:
        return STRING.call(value + ".name()");
      case URI:
        return STRING.call(value + ".toString()");
      case PRIMITIVE_LONG:
      case PRIMITIVE_INT:
      case PRIMITIVE_SHORT:
      case PRIMITIVE_BYTE:
        return QUOTED_LONG.call(value);
      case PRIMITIVE_DOUBLE:
        return QUOTED_DOUBLE.call(value);
      case PRIMITIVE_FLOAT:
        return QUOTED_FLOAT.call(value);
      case BOXED_LONG:
      case BOXED_INT:
      case BOXED_SHORT:
      case BOXED_BYTE:
        return QUOTED_LONG.call(value + ".longValue()");
      case BOXED_DOUBLE:
        return QUOTED_DOUBLE.call(value + ".doubleValue()");
      case BOXED_FLOAT:
        return QUOTED_FLOAT.call(value + ".floatValue()");
      case BIG_DECIMAL:
        return QUOTED_DECIMAL.call(value);
      case BIG_INTEGER:
        return QUOTED_NUMBER.call(value);
      case LOCAL_DATE:
        return QUOTED_DATE.call(value);
      case INSTANT:
        return QUOTED_INSTANT.call(value);
      case OFFSET_DATE_TIME:
        return QUOTED_OFFSET_DATE_TIME.call(value);
      case ZONED_DATE_TIME:
        return QUOTED_ZONED_DATE_TIME.call(value);
      default:
        throw new IllegalArgumentException("no writer for " + kind);
    }
  }

  /** Writes a declared action: its fragments, with each {placeholder} as an encoded path segment. */
  private void writeAction(CodeBlock.Builder body, ActionModel a) {
    String field = fragments.action(a);
    List<Member> placeholders = a.placeholderMembers();
    for (int i = 0; i <= placeholders.size(); i++) {
      body.addStatement(RAW.call(field + "[" + i + "]"));
      if (i < placeholders.size()) {
        body.addStatement(pathSegment(a, placeholders.get(i)));
      }
    }
  }

  private CodeBlock pathSegment(ActionModel a, Member m) {
    String access = m.access("object");
    ValueKind kind = TypeRules.classify(m.type());
    if (kind == ValueKind.PRIMITIVE_LONG || kind == ValueKind.PRIMITIVE_INT) {
      return PATH_SEGMENT_LONG.call(access);
    }
    CodeBlock value =
        CodeBlock.of(
            "$T.requireNonNull($L, $S)",
            Objects.class,
            access,
            card.cardClass().simpleName() + "." + access.substring("object.".length())
                + " is null, but action '" + a.id() + "' needs it in its uri");
    switch (kind) {
      case BOXED_LONG:
      case BOXED_INT:
        return PATH_SEGMENT_LONG.call(CodeBlock.of("$L.longValue()", value));
      case ENUM:
        return PATH_SEGMENT.call(CodeBlock.of("$L.name()", value));
      case STRING:
        return PATH_SEGMENT.call(value);
      case UUID:
        return PATH_SEGMENT_UUID.call(value);
      case BIG_INTEGER:
        return PATH_SEGMENT_BIG_INTEGER.call(value);
      default:
        throw new IllegalStateException("no path segment writer for " + kind + " (TypeRules.PATH_PARAMETER)");
    }
  }

  private ActionModel declared(ActionPlacement placement) {
    for (ActionModel a : card.actions()) {
      if (a.placement() == placement) {
        return a;
      }
    }
    return null;
  }

  private String key(Keys group, String wanted, String json) {
    return fragments.key(group, wanted, json);
  }

  /** Locals of writeObject that a property's local must not shadow. */
  private static final Set<String> WRITER_LOCALS =
      Set.of("object", "response", "objectActions", TARGET, "id", "title", "link", "properties", "extra", "more", "i");

}

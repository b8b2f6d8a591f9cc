package dev.crmcards.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.crmcards.processor.generate.JsonFragments.Keys;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.validate.TypeRules;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the card's data-fetch response writer: straight-line code that writes each object's
 * members in declaration order, copying every constant part of the JSON (keys, the declared
 * actions) from fields built once when the class loads (see {@link JsonFragments}).
 */
final class ResponseWriterGenerator {
  static final ClassName CARD_RESPONSE = ClassName.get("dev.crmcards", "CardResponse");
  static final ClassName CARD_ACTION = ClassName.get("dev.crmcards", "CardAction");
  static final ClassName PROPERTY = ClassName.get("dev.crmcards", "Property");
  static final ClassName RESULT_LIMIT = ClassName.get("dev.crmcards.json", "ResultLimit");
  private static final ClassName JSON_OUTPUT = JsonFragments.JSON_OUTPUT;
  private static final ClassName LIST = ClassName.get("java.util", "List");

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
                "Writes {@code response} as HubSpot's data-fetch response (UTF-8 JSON) to {@code out}.\n"
                    + "At most {@link $T#MAX_RESULTS} objects are written: HubSpot shows no more.\n",
                CARD_RESPONSE)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(response, "response")
            .addParameter(OutputStream.class, "out")
            .addException(IOException.class)
            .addStatement("$T json = $T.forThisThread()", JSON_OUTPUT, JSON_OUTPUT)
            .addStatement("write(response, json)")
            .addStatement("json.writeTo(out)")
            .build());
    layout.add(
        MethodSpec.methodBuilder("toJson")
            .addJavadoc("The data-fetch response JSON for {@code response}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(response, "response")
            .returns(String.class)
            .addStatement("$T json = $T.forThisThread()", JSON_OUTPUT, JSON_OUTPUT)
            .addStatement("write(response, json)")
            .addStatement("return json.toString()")
            .build());
    layout.add(writeResponse());
  }

  /**
   * Adds the private parts: {@code writeObject}, then the JSON fragments both writers copy. Call
   * after {@link #addPublicMethods}, which names fragments too.
   */
  void addPrivateParts(ClassLayout layout) {
    layout.add(writeObject());
    fragments.addTo(layout);
  }

  private MethodSpec writeResponse() {
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T<$T> results = response.results()", LIST, card.cardClass());
    body.addStatement("int count = $T.limit(NAME, results.size())", RESULT_LIMIT);
    body.addStatement("boolean objectActions = response.hasObjectActions()");
    body.addStatement("json.raw($N)", key(Keys.RESPONSE, "RESULTS_START", "{\"results\":["));
    body.beginControlFlow("for (int i = 0; i < count; i++)");
    body.beginControlFlow("if (i > 0)").addStatement("json.rawByte(',')").endControlFlow();
    body.addStatement("writeObject(results.get(i), response, objectActions, json)");
    body.endControlFlow();
    body.addStatement("json.rawByte(']')");

    ActionModel settings = declared("SETTINGS");
    ActionModel primary = declared("PRIMARY");
    topLevel(body, "settingsAction", settings);
    topLevel(body, "primaryAction", primary);

    List<ActionModel> secondary = new ArrayList<>();
    for (ActionModel a : card.actions()) {
      if (a.placement().equals("SECONDARY")) {
        secondary.add(a);
      }
    }
    body.addStatement("$T<$T> secondaryActions = response.secondaryActions()", LIST, CARD_ACTION);
    String secondaryKey = key(Keys.RESPONSE, "SECONDARY_ACTIONS_KEY", ",\"secondaryActions\":[");
    if (secondary.isEmpty()) {
      body.beginControlFlow("if (!secondaryActions.isEmpty())");
      body.addStatement("json.raw($N)", secondaryKey);
      body.beginControlFlow("for (int i = 0; i < secondaryActions.size(); i++)");
      body.beginControlFlow("if (i > 0)").addStatement("json.rawByte(',')").endControlFlow();
      body.addStatement("secondaryActions.get(i).writeTo(json)");
      body.endControlFlow();
      body.addStatement("json.rawByte(']')");
      body.endControlFlow();
    } else {
      body.addStatement("json.raw($N)", secondaryKey);
      for (int i = 0; i < secondary.size(); i++) {
        if (i > 0) {
          body.addStatement("json.rawByte(',')");
        }
        body.addStatement("json.raw($N[0])", fragments.action(secondary.get(i)));
      }
      body.beginControlFlow("for (int i = 0; i < secondaryActions.size(); i++)");
      body.addStatement("json.rawByte(',')");
      body.addStatement("secondaryActions.get(i).writeTo(json)");
      body.endControlFlow();
      body.addStatement("json.rawByte(']')");
    }
    body.addStatement("json.rawByte('}')");

    return MethodSpec.methodBuilder("write")
        .addJavadoc("Writes {@code response} into {@code json}; the servlet and the benchmarks call it directly.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(responseType(), "response")
        .addParameter(JSON_OUTPUT, "json")
        .addCode(body.build())
        .build();
  }

  /** A declared top-level action, replaced by the response's dynamic one when there is one. */
  private void topLevel(CodeBlock.Builder body, String key, ActionModel declared) {
    String keyField =
        key(Keys.RESPONSE, key.equals("settingsAction") ? "SETTINGS_ACTION_KEY" : "PRIMARY_ACTION_KEY", ",\"" + key + "\":");
    body.addStatement("$T $L = response.$L().orElse(null)", CARD_ACTION, key, key);
    if (declared == null) {
      body.beginControlFlow("if ($L != null)", key);
      body.addStatement("json.raw($N)", keyField);
      body.addStatement("$L.writeTo(json)", key);
      body.endControlFlow();
      return;
    }
    body.addStatement("json.raw($N)", keyField);
    body.beginControlFlow("if ($L != null)", key);
    body.addStatement("$L.writeTo(json)", key);
    body.nextControlFlow("else");
    body.addStatement("json.raw($N[0])", fragments.action(declared));
    body.endControlFlow();
  }

  private MethodSpec writeObject() {
    CodeBlock.Builder body = CodeBlock.builder();
    Member id = card.idMember();
    if (card.idKind().isPrimitive()) {
      body.addStatement("json.raw($N)", key(Keys.OBJECT, "OBJECT_ID_KEY", "{\"objectId\":"));
      body.addStatement("json.number($L)", id.access("object"));
    } else {
      body.addStatement("$T id = $L", TypeName.get(id.type()), id.access("object"));
      requireNonNull(body, "id", id);
      body.addStatement("json.raw($N)", key(Keys.OBJECT, "OBJECT_ID_KEY", "{\"objectId\":"));
      body.addStatement("json.number(id)");
    }

    Member title = card.titleMember();
    body.addStatement("$T title = $L", String.class, title.access("object"));
    requireNonNull(body, "title", title);
    body.addStatement("json.raw($N)", key(Keys.OBJECT, "TITLE_KEY", ",\"title\":"));
    body.addStatement("json.string(title)");

    body.addStatement("json.raw($N)", key(Keys.OBJECT, "LINK_KEY", ",\"link\":"));
    if (card.linkMember() == null) {
      body.addStatement("json.nullValue()");
    } else if (card.linkKind() == ValueKind.URI) {
      body.addStatement("$T link = $L", ClassName.get("java.net", "URI"), card.linkMember().access("object"));
      body.addStatement("json.stringOrNull(link == null ? null : link.toString())");
    } else {
      body.addStatement("json.stringOrNull($L)", card.linkMember().access("object"));
    }

    for (PropertyModel p : card.properties()) {
      property(body, p);
    }

    if (card.extraPropertiesMember() != null) {
      body.addStatement(
          "$T<$T> properties = $L", LIST, PROPERTY, card.extraPropertiesMember().access("object"));
      body.beginControlFlow("if (properties != null && !properties.isEmpty())");
      body.addStatement("json.raw($N)", key(Keys.OBJECT, "PROPERTIES_KEY", ",\"properties\":["));
      body.beginControlFlow("for (int i = 0; i < properties.size(); i++)");
      body.beginControlFlow("if (i > 0)").addStatement("json.rawByte(',')").endControlFlow();
      body.addStatement("properties.get(i).writeTo(json)");
      body.endControlFlow();
      body.addStatement("json.rawByte(']')");
      body.endControlFlow();
    }

    body.addStatement("json.raw($N)", key(Keys.OBJECT, "ACTIONS_KEY", ",\"actions\":["));
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
        String local = "when" + Character.toUpperCase(a.when().javaName().charAt(0)) + a.when().javaName().substring(1);
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
          body.addStatement("json.rawByte(',')");
        } else {
          body.addStatement("if (more) json.rawByte(',')");
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
      body.addStatement("if (i > 0) json.rawByte(',')");
    } else if (commaKnown) {
      body.addStatement("json.rawByte(',')");
    } else {
      body.addStatement("if (more || i > 0) json.rawByte(',')");
    }
    body.addStatement("extra.get(i).writeTo(json)");
    body.endControlFlow();
    body.endControlFlow();
    body.addStatement("json.rawByte(']')");
    body.addStatement("json.rawByte('}')");

    return MethodSpec.methodBuilder("writeObject")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(card.cardClass(), "object")
        .addParameter(responseType(), "response")
        .addParameter(boolean.class, "objectActions")
        .addParameter(JSON_OUTPUT, "json")
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

  private void property(CodeBlock.Builder body, PropertyModel p) {
    String key =
        key(Keys.PROPERTIES, "KEY_" + JsonFragments.identifier(p.name()), ",\"" + JsonText.escaped(p.name()) + "\":");
    String access = p.member().access("object");
    if (p.valueKind().isPrimitive()) {
      body.addStatement("json.raw($N)", key);
      body.addStatement(writeValue(p.valueKind(), access));
      return;
    }
    String local = localName(p);
    body.addStatement("$T $L = $L", TypeName.get(p.member().type()), local, access);
    body.beginControlFlow("if ($L != null)", local);
    body.addStatement("json.raw($N)", key);
    body.addStatement(writeValue(p.valueKind(), local));
    body.endControlFlow();
  }

  private static CodeBlock writeValue(ValueKind kind, String value) {
    switch (kind) {
      case STRING:
        return CodeBlock.of("json.string($L)", value);
      case ENUM:
        return CodeBlock.of("json.string($L.name())", value);
      case URI:
        return CodeBlock.of("json.string($L.toString())", value);
      case PRIMITIVE_LONG:
      case PRIMITIVE_INT:
      case PRIMITIVE_SHORT:
      case PRIMITIVE_BYTE:
        return CodeBlock.of("json.quotedNumber($L)", value);
      case PRIMITIVE_DOUBLE:
        return CodeBlock.of("json.quotedDouble($L)", value);
      case PRIMITIVE_FLOAT:
        return CodeBlock.of("json.quotedFloat($L)", value);
      case BOXED_LONG:
      case BOXED_INT:
      case BOXED_SHORT:
      case BOXED_BYTE:
        return CodeBlock.of("json.quotedNumber($L.longValue())", value);
      case BOXED_DOUBLE:
        return CodeBlock.of("json.quotedDouble($L.doubleValue())", value);
      case BOXED_FLOAT:
        return CodeBlock.of("json.quotedFloat($L.floatValue())", value);
      case BIG_DECIMAL:
        return CodeBlock.of("json.quotedDecimal($L)", value);
      case BIG_INTEGER:
        return CodeBlock.of("json.quotedNumber($L)", value);
      case LOCAL_DATE:
        return CodeBlock.of("json.quotedDate($L)", value);
      case INSTANT:
      case OFFSET_DATE_TIME:
      case ZONED_DATE_TIME:
        return CodeBlock.of("json.quotedEpochMillis($L)", value);
      default:
        throw new IllegalArgumentException("no writer for " + kind);
    }
  }

  /** Writes a declared action: its fragments, with each {placeholder} as an encoded path segment. */
  private void writeAction(CodeBlock.Builder body, ActionModel a) {
    String field = fragments.action(a);
    List<Member> placeholders = a.placeholderMembers();
    for (int i = 0; i <= placeholders.size(); i++) {
      body.addStatement("json.raw($N[$L])", field, i);
      if (i < placeholders.size()) {
        body.addStatement(pathSegment(a, placeholders.get(i)));
      }
    }
  }

  private CodeBlock pathSegment(ActionModel a, Member m) {
    String access = m.access("object");
    ValueKind kind = TypeRules.classify(m.type());
    if (kind == ValueKind.PRIMITIVE_LONG || kind == ValueKind.PRIMITIVE_INT) {
      return CodeBlock.of("json.pathSegment($L)", access);
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
        return CodeBlock.of("json.pathSegment($L.longValue())", value);
      case ENUM:
        return CodeBlock.of("json.pathSegment($L.name())", value);
      case STRING:
        return CodeBlock.of("json.pathSegment($L)", value);
      default:
        return CodeBlock.of("json.pathSegment($L.toString())", value);
    }
  }

  private ActionModel declared(String placement) {
    for (ActionModel a : card.actions()) {
      if (a.placement().equals(placement)) {
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
      Set.of("object", "response", "objectActions", "json", "id", "title", "link", "properties", "extra", "more", "i");

  private static String localName(PropertyModel p) {
    String name = p.member().javaName();
    return WRITER_LOCALS.contains(name) ? name + "Value" : name;
  }
}

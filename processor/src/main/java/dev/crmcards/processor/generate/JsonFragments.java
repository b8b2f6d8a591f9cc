package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.ACTION_JSON;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.crmcards.HttpMethod;
import dev.crmcards.processor.model.ActionModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The constant parts of a card's response JSON: {@code private static final} fields the generated
 * class builds once when it loads, so that writing a response only copies them. Keys are encoded
 * here; each declared action's bytes come from the runtime's {@code ActionJson}, cut around the
 * placeholders of its uri.
 */
final class JsonFragments {
  private static final ClassName LIST = ClassName.get(List.class);

  /** The groups of keys, and of the enum constants' labels, in the order the class lists them. */
  enum Keys {
    RESPONSE("Keys of the response around its results"),
    OBJECT("Keys of each object's fixed fields"),
    PROPERTIES("Keys of the card's properties, in declaration order"),
    SUMMARY("Keys of the summary's figures and charts, and of each chart point's x and y"),
    CATEGORIES("Labels of the constants of the charts' enum x, each a JSON string");

    private final String comment;

    Keys(String comment) {
      this.comment = comment;
    }
  }

  private final Map<Keys, List<FieldSpec>> keys = new EnumMap<>(Keys.class);

  /** The comment of each declared action's field, by field, in declaration order. */
  private final Map<FieldSpec, String> actions = new LinkedHashMap<>();

  private final Map<String, String> actionFields = new HashMap<>();

  /** Every field name given out, with the JSON of the key it holds (null for actions). */
  private final Map<String, String> names = new HashMap<>();

  /** Creates a field for each declared action, named after its id. */
  JsonFragments(List<ActionModel> declared) {
    for (ActionModel a : declared) {
      String name = unusedName("ACTION_" + identifier(a.id()), null);
      names.put(name, null);
      actionFields.put(a.id(), name);
      actions.put(
          FieldSpec.builder(byte[][].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(actionJson(a))
              .build(),
          actionComment(a));
    }
  }

  /**
   * The name of a {@code byte[]} field holding {@code json}, a key with its punctuation, in {@code
   * group}; the same name for the same key.
   */
  String key(Keys group, String wanted, String json) {
    String name = unusedName(wanted, json);
    if (!names.containsKey(name)) {
      names.put(name, json);
      keys.computeIfAbsent(group, g -> new ArrayList<>())
          .add(
              FieldSpec.builder(byte[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer(JsonWrite.UTF8.call(JavaText.literal(json)))
                  .build());
    }
    return name;
  }

  /**
   * The name of the {@code byte[][]} field of a declared action: its JSON, cut where the values of
   * its uri's placeholders go (one fragment when it has none).
   */
  String action(ActionModel a) {
    return actionFields.get(a.id());
  }

  /** Adds the fields to {@code layout}: the keys by group, then one group per action. */
  void addTo(ClassLayout layout) {
    for (Keys group : Keys.values()) {
      layout.addGroup(group.comment, keys.getOrDefault(group, List.of()));
    }
    actions.forEach((field, comment) -> layout.addGroup(comment, List.of(field)));
  }

  /** {@code wanted}, or {@code wanted_2}, ... if {@code wanted} already holds something else. */
  private String unusedName(String wanted, String json) {
    String name = wanted;
    for (int i = 2; names.containsKey(name) && (json == null || !json.equals(names.get(name))); i++) {
      name = wanted + "_" + i;
    }
    return name;
  }

  /** The call of the runtime's encoder that builds the action's fragments. */
  private static CodeBlock actionJson(ActionModel a) {
    CodeBlock.Builder call = CodeBlock.builder();
    switch (a.type()) {
      case IFRAME:
        call.add("$T.iframe($L,$W$L,$W$L", ACTION_JSON, JavaText.literal(a.label()), a.width(), a.height());
        break;
      case CONFIRMATION_ACTION_HOOK:
        call.add(
            "$T.confirmationActionHook($L,$W$T.$L,$W$L,$W$L,$W$L",
            ACTION_JSON,
            JavaText.literal(a.label()),
            HttpMethod.class,
            a.method(),
            JavaText.literal(a.confirmationMessage()),
            JavaText.literal(a.confirmButtonText()),
            JavaText.literal(a.cancelButtonText()));
        break;
      case ACTION_HOOK:
        call.add("$T.actionHook($L,$W$T.$L", ACTION_JSON, JavaText.literal(a.label()), HttpMethod.class, a.method());
        break;
      case FORM:
        call.add("$T.form($S,$W$L,$W$T.$L", ACTION_JSON, a.id(), JavaText.literal(a.label()), HttpMethod.class, a.method());
        break;
    }
    call.add(",$W$T.of(", LIST);
    List<String> names = a.associatedObjectProperties();
    for (int i = 0; i < names.size(); i++) {
      call.add(i > 0 ? ", $L" : "$L", JavaText.literal(names.get(i)));
    }
    call.add(")");
    for (String literal : a.uri().literals()) {
      call.add(",$W$L", JavaText.literal(literal));
    }
    return call.add(")").build();
  }

  /** For example {@code Action "open" (IFRAME, on each object): its JSON, cut where {number} goes}. */
  private static String actionComment(ActionModel a) {
    StringBuilder sb = new StringBuilder("Action \"").append(a.id()).append("\" (").append(a.type());
    switch (a.placement()) {
      case PRIMARY:
        sb.append(", the primary action");
        break;
      case SETTINGS:
        sb.append(", the settings action");
        break;
      case SECONDARY:
        sb.append(", a secondary action");
        break;
      case OBJECT:
        sb.append(", on each object");
        break;
    }
    sb.append("): its JSON");
    List<String> placeholders = a.uri().placeholders();
    if (!placeholders.isEmpty()) {
      sb.append(", cut where ");
      for (int i = 0; i < placeholders.size(); i++) {
        sb.append(i == 0 ? "" : i == placeholders.size() - 1 ? " and " : ", ");
        sb.append('{').append(placeholders.get(i)).append('}');
      }
      sb.append(placeholders.size() == 1 ? " goes" : " go");
    }
    return sb.toString();
  }

  /** {@code reported_by} → {@code REPORTED_BY}, {@code changedAt} → {@code CHANGED_AT}. */
  static String identifier(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        sb.append('_');
      }
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String id = sb.toString().toUpperCase(Locale.ROOT);
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
  }
}

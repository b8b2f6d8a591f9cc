package dev.crmcards.processor.generate;

import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.InputModel;
import dev.crmcards.processor.model.InputModel.OptionModel;
import dev.crmcards.rules.PlainNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code forms} member of a card's view file ({@link ViewJson}): each FORM action's method, URI
 * template and inputs, by action id, the inputs in member order, with the rules the card checks
 * before it sends (the same the server checks after). Optional keys are left out when unset; limits are JSON numbers, whole ones without a fraction.
 */
public final class FormsJson {
  private FormsJson() {}

  /** Whether the card has a FORM action, and so a {@code forms} member. */
  public static boolean hasForms(CardModel card) {
    return card.actions().stream().anyMatch(ActionModel::isForm);
  }

  /** The value of {@code forms}: an object keyed by action id, in declaration order; empty without forms. */
  public static Map<String, Object> of(CardModel card) {
    Map<String, Object> forms = new LinkedHashMap<>();
    for (ActionModel a : card.actions()) {
      if (!a.isForm()) {
        continue;
      }
      List<Object> inputs = new ArrayList<>();
      for (InputModel input : a.form().inputs()) {
        inputs.add(input(input));
      }
      // Where the card UI submits it, so that a check can tell a form's answer by its URL.
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("httpMethod", a.method().name());
      form.put("uri", a.uri().text());
      form.put("inputs", inputs);
      forms.put(a.id(), form);
    }
    return forms;
  }

  private static Map<String, Object> input(InputModel input) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", input.name());
    json.put("label", input.label());
    json.put("type", input.type());
    json.put("required", input.required());
    if (!input.options().isEmpty()) {
      List<Object> options = new ArrayList<>();
      for (OptionModel option : input.options()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("value", option.value());
        o.put("label", option.label());
        options.add(o);
      }
      json.put("options", options);
    }
    if (input.multiline()) {
      json.put("multiline", true);
    }
    if (input.min() != null) {
      json.put("min", number(input.min()));
    }
    if (input.max() != null) {
      json.put("max", number(input.max()));
    }
    if (input.kind().isInt()) {
      // An int holds less than the card's whole numbers (FormInputs.MAX_SAFE_INTEGER): say so,
      // so the card refuses what the server's reader refuses, with the same words.
      json.put("largest", Integer.MAX_VALUE);
    }
    if (input.maxLength() != null) {
      json.put("maxLength", input.maxLength());
    }
    if (input.pattern() != null) {
      json.put("pattern", input.pattern());
    }
    if (input.currencyCode() != null) {
      json.put("currencyCode", input.currencyCode());
    }
    if (!input.placeholder().isEmpty()) {
      json.put("placeholder", input.placeholder());
    }
    if (!input.description().isEmpty()) {
      json.put("description", input.description());
    }
    return json;
  }

  /**
   * A limit as the rules print it in messages ({@code 1}, not {@code 1.0}), so the card's text of
   * it is the server's.
   */
  private static Number number(double value) {
    return PlainNumbers.decimal(value);
  }
}

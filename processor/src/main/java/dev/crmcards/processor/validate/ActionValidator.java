package dev.crmcards.processor.validate;

import dev.crmcards.ActionPlacement;
import dev.crmcards.ActionType;
import dev.crmcards.HttpMethod;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.FormModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.UriTemplate;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.ActionGem;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.Annotations.Item;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.RequestParameterNames;
import dev.crmcards.rules.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.tools.gem.GemValue;

/** Checks the {@code @Action}s of a card: ids, URIs, placeholders, type-specific attributes. */
final class ActionValidator {
  private final Reporter reporter;
  private final EnumAttributes enums;
  private final OptionResolver resolver;
  private final FormValidator forms;

  ActionValidator(Reporter reporter, EnumAttributes enums, OptionResolver resolver, FormValidator forms) {
    this.reporter = reporter;
    this.enums = enums;
    this.resolver = resolver;
    this.forms = forms;
  }

  List<ActionModel> validate(TypeElement type, List<Member> members, List<String> baseUrls, String targetUrl) {
    Map<String, Member> byName = CardValidator.byName(members);
    List<ActionModel> actions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> formReaders = new HashMap<>();
    Map<String, String> routes = new HashMap<>();
    if (targetUrl != null) {
      routes.put("GET " + routeShape(UriTemplate.parse(UrlRules.path(targetUrl))), "the data fetch (targetUrl)");
    }
    String primary = null;
    String settings = null;
    for (ActionGem gem : Annotations.actions(type)) {
      AnnotationMirror a = gem.mirror();
      String id = gem.id().get();
      ActionType actionType = enums.read(gem.type(), ActionType.class, type, a);
      ActionPlacement placement = enums.read(gem.placement(), ActionPlacement.class, type, a);
      HttpMethod method = enums.read(gem.method(), HttpMethod.class, type, a);
      if (id == null || actionType == null || placement == null || method == null) {
        continue; // reported, by javac or above
      }
      AnnotationValue idValue = gem.id().getAnnotationValue();

      if (id.isBlank()) {
        reporter.error("@Action id must not be blank: it names the action's handler method.", type, a, idValue);
      } else if (!Names.isMethodName(id) || id.equals("fetch")) {
        reporter.error(
            "@Action id \"" + id + "\" must be a Java method name other than fetch (it names the "
                + "Handler method for the action), e.g. \"" + methodNameFor(id) + "\".",
            type, a, idValue);
      } else if (!ids.add(id)) {
        reporter.error("@Action id \"" + id + "\" is used twice; action ids must be unique within a card.", type, a, idValue);
      } else if (actionType == ActionType.FORM) {
        String reader = ActionModel.formReaderName(id);
        String other = formReaders.putIfAbsent(reader, id);
        if (other != null) {
          reporter.error(
              "@Action id \"" + id + "\" differs from the form action \"" + other + "\" only in its first letter's"
                  + " case; both would name the generated " + reader + ". Give one of them another id.",
              type, a, idValue);
        }
      }
      if (gem.label().get().isBlank()) {
        reporter.error("@Action label must not be blank: it is the button's text.", type, a, gem.label().getAnnotationValue());
      }

      checkAttributesOfType(type, gem, actionType, method);
      FormModel form = actionType == ActionType.FORM ? form(type, gem) : null;

      if (placement == ActionPlacement.PRIMARY) {
        if (primary != null) {
          reporter.error(
              "Only one action can be PRIMARY; \"" + primary + "\" already is.", type, a, gem.placement().getAnnotationValue());
        }
        primary = id;
      } else if (placement == ActionPlacement.SETTINGS) {
        if (settings != null) {
          reporter.error(
              "Only one action can be SETTINGS; \"" + settings + "\" already is.", type, a, gem.placement().getAnnotationValue());
        }
        settings = id;
        if (actionType != ActionType.IFRAME) {
          reporter.error(
              "The SETTINGS action must be an IFRAME: HubSpot opens settings in a modal.",
              type, a, gem.type().getAnnotationValue());
        }
      }

      Member when = when(type, gem, placement, byName);
      UriTemplate uri = uri(type, gem, actionType, placement, baseUrls);
      List<Member> placeholderMembers = uri == null ? List.of() : placeholders(type, gem, uri, byName);
      if (uri != null && actionType != ActionType.IFRAME) {
        String route = method + " " + routeShape(UriTemplate.parse(uri.path()));
        String previous = routes.putIfAbsent(route, "action \"" + id + "\"");
        if (previous != null) {
          reporter.error(
              "Action \"" + id + "\" has the same method and path as " + previous + ", so the servlet "
                  + "could not tell their requests apart. Give it its own path.",
              type, a, gem.uri().getAnnotationValue());
        }
      }

      List<String> associated = associatedObjectProperties(type, gem);
      actions.add(
          new ActionModel(
              id,
              actionType,
              gem.label().get(),
              uri,
              method,
              gem.width().get(),
              gem.height().get(),
              associated,
              gem.confirmationMessage().get(),
              orDefault(gem.confirmButtonText().get(), ActionShapes.DEFAULT_CONFIRM_BUTTON_TEXT),
              orDefault(gem.cancelButtonText().get(), ActionShapes.DEFAULT_CANCEL_BUTTON_TEXT),
              when,
              placement,
              placeholderMembers,
              form));
    }
    return List.copyOf(actions);
  }

  private void checkAttributesOfType(TypeElement type, ActionGem gem, ActionType actionType, HttpMethod method) {
    AnnotationMirror a = gem.mirror();
    boolean iframe = actionType == ActionType.IFRAME;
    boolean confirmation = actionType == ActionType.CONFIRMATION_ACTION_HOOK;
    if (actionType != ActionType.FORM) {
      notAllowed(type, a, gem.form(),
          "form is for FORM actions only; use type = ActionType.FORM to open the form, or remove form.");
    } else if (!ActionShapes.FORM_METHODS.contains(method.name())) {
      reporter.error(
          "A FORM sends its inputs as a body, so its method is one of " + String.join(", ", ActionShapes.FORM_METHODS)
              + " (POST by default), not " + method + ".",
          type, a, gem.method().getAnnotationValue());
    }
    if (iframe) {
      if (Annotations.written(gem.method())) {
        reporter.error(
            "method is for hooks; an IFRAME action opens its uri in a modal. Remove method.",
            type, a, gem.method().getAnnotationValue());
      }
    } else {
      notAllowed(type, a, gem.width(), "width is for IFRAME actions only; a hook opens no modal. Remove width.");
      notAllowed(type, a, gem.height(), "height is for IFRAME actions only; a hook opens no modal. Remove height.");
    }
    if (!confirmation) {
      notAllowed(type, a, gem.confirmationMessage(), onlyConfirmation("confirmationMessage"));
      notAllowed(type, a, gem.confirmButtonText(), onlyConfirmation("confirmButtonText"));
      notAllowed(type, a, gem.cancelButtonText(), onlyConfirmation("cancelButtonText"));
    } else if (gem.confirmationMessage().get().isBlank()) {
      reporter.error(
          "A CONFIRMATION_ACTION_HOOK needs confirmationMessage, the question HubSpot asks before "
              + "calling the hook, e.g. confirmationMessage = \"Are you sure?\".",
          type, a,
          Annotations.written(gem.confirmationMessage())
              ? gem.confirmationMessage().getAnnotationValue()
              : gem.type().getAnnotationValue());
    }
    if (iframe) {
      positive(type, a, gem.width(), "width");
      positive(type, a, gem.height(), "height");
    }
  }

  /** The checked form of a FORM action; null after reporting why there is none. */
  private FormModel form(TypeElement type, ActionGem gem) {
    if (Annotations.unresolvedClass(gem.form())) {
      return null; // javac reports what it could not resolve or reach
    }
    TypeMirror form = gem.form().get();
    if (!Annotations.written(gem.form()) || form == null || form.getKind() == TypeKind.VOID) {
      reporter.error(
          "A FORM action needs form: the record whose @Input members are the form's inputs, e.g."
              + " form = NewOrder.class with record NewOrder(@Input(label = \"Product\") String product) {}.",
          type, gem.mirror(), Annotations.written(gem.form()) ? gem.form().getAnnotationValue() : gem.type().getAnnotationValue());
      return null;
    }
    return forms.validate(form, type, gem.mirror(), gem.form().getAnnotationValue()).orElse(null);
  }

  /** Reports {@code message} at the attribute when the source writes it. */
  private void notAllowed(TypeElement type, AnnotationMirror a, GemValue<?> value, String message) {
    if (Annotations.written(value)) {
      reporter.error(message, type, a, value.getAnnotationValue());
    }
  }

  private static String onlyConfirmation(String attribute) {
    return attribute + " is for CONFIRMATION_ACTION_HOOK actions only; use type = "
        + "ActionType.CONFIRMATION_ACTION_HOOK to ask the user first, or remove " + attribute + ".";
  }

  private void positive(TypeElement type, AnnotationMirror a, GemValue<Integer> pixels, String attribute) {
    if (pixels.get() <= 0) {
      reporter.error(attribute + " must be a positive number of pixels.", type, a, pixels.getAnnotationValue());
    }
  }

  private Member when(TypeElement type, ActionGem gem, ActionPlacement placement, Map<String, Member> byName) {
    if (!gem.when().hasValue()) {
      return null;
    }
    AnnotationMirror a = gem.mirror();
    AnnotationValue whenValue = gem.when().getAnnotationValue();
    String name = gem.when().getValue();
    if (placement != ActionPlacement.OBJECT) {
      reporter.error(
          "when applies to OBJECT actions only; a " + placement + " action is not tied to one object.",
          type, a, whenValue);
      return null;
    }
    Member member = byName.get(name);
    if (member == null || member.type().getKind() != TypeKind.BOOLEAN) {
      Set<String> booleans = new HashSet<>();
      for (Member m : byName.values()) {
        if (m.type().getKind() == TypeKind.BOOLEAN) {
          booleans.add(m.javaName());
        }
      }
      reporter.error(
          "when = \"" + name + "\" names no boolean no-arg method, field or record component of "
              + type.getSimpleName() + (member == null ? "" : " ('" + name + "' is " + member.type() + ")") + "."
              + Names.didYouMean(name, booleans),
          type, a, whenValue);
      return null;
    }
    if (!Access.readable(member, type)) {
      reporter.error(
          "when = \"" + name + "\" names a member that is " + Access.whyUnreadable(member.element())
              + "; make it " + Access.fix(member.element(), type) + ".", type, a, whenValue);
      return null;
    }
    return member;
  }

  private UriTemplate uri(
      TypeElement type, ActionGem gem, ActionType actionType, ActionPlacement placement, List<String> baseUrls) {
    AnnotationMirror a = gem.mirror();
    AnnotationValue value = gem.uri().getAnnotationValue();
    String resolved = resolver.resolve(gem.uri().get(), type, a, value);
    if (resolved == null) {
      return null;
    }
    UriTemplate template = UriTemplate.parse(resolved);
    Urls.Verdict verdict = Urls.cardUrl(template.withSample("x"), "Action uri");
    if (verdict.warning() != null) {
      reporter.warning(verdict.warning(), type, a, value);
    }
    if (!verdict.isOk()) {
      reporter.error(verdict.problem(), type, a, value);
      return null;
    }
    if (!template.placeholders().isEmpty() && placement != ActionPlacement.OBJECT) {
      reporter.error(
          "{placeholders} are filled from one object, so only OBJECT actions may use them; this "
              + placement + " action must have a fixed uri.",
          type, a, value);
      return null;
    }
    if (actionType != ActionType.IFRAME && !placeholdersAreWholeSegments(template)) {
      reporter.error(
          "In a hook uri each {placeholder} must be a whole path segment, such as /tickets/{id}/resolve, "
              + "so the servlet can route the request back to the action.",
          type, a, value);
      return null;
    }
    if (!baseUrls.isEmpty() && !Urls.isUnderAnyBase(template.withSample("x"), baseUrls)) {
      reporter.error(
          "Action uri \"" + resolved + "\" is outside the card's actionBaseUrls: "
              + Urls.notUnderBaseReason(template.withSample("x"), baseUrls)
              + ", or it refuses the action and may not show the card. Use a base URL's host, or add the"
              + " uri's origin to actionBaseUrls.",
          type, a, value);
      return null;
    }
    return template;
  }

  private List<Member> placeholders(TypeElement type, ActionGem gem, UriTemplate uri, Map<String, Member> byName) {
    AnnotationMirror a = gem.mirror();
    AnnotationValue value = gem.uri().getAnnotationValue();
    List<Member> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (String name : uri.placeholders()) {
      Member member = byName.get(name);
      if (member == null) {
        reporter.error(
            "uri placeholder {" + name + "} names no member of " + type.getSimpleName() + "."
                + Names.didYouMean(name, byName.keySet()),
            type, a, value);
        ok = false;
        continue;
      }
      if (!seen.add(name)) {
        reporter.error("uri placeholder {" + name + "} appears twice; use it once.", type, a, value);
        ok = false;
        continue;
      }
      ValueKind kind = TypeRules.classify(member.type());
      if (!TypeRules.PATH_PARAMETER.contains(kind)) {
        reporter.error(
            "uri placeholder {" + name + "} has type " + member.type() + ", which does not come back "
                + "from a path segment; use " + TypeRules.describe(TypeRules.PATH_PARAMETER) + ".",
            type, a, value);
        ok = false;
        continue;
      }
      if (!Access.readable(member, type)) {
        reporter.error("uri placeholder {" + name + "} names a member that is "
            + Access.whyUnreadable(member.element()) + "; make it " + Access.fix(member.element(), type) + ".", type, a, value);
        ok = false;
        continue;
      }
      result.add(member);
    }
    return ok ? List.copyOf(result) : List.of();
  }

  private List<String> associatedObjectProperties(TypeElement type, ActionGem gem) {
    AnnotationMirror a = gem.mirror();
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Item<String> item : Annotations.items(gem.associatedObjectProperties())) {
      String name = item.value();
      if (name == null) {
        continue; // javac reports what it could not resolve
      } else if (name.isBlank()) {
        reporter.error("associatedObjectProperties contains a blank name.", type, a, item.position());
      } else if (!seen.add(name)) {
        reporter.error("associatedObjectProperties lists \"" + name + "\" twice.", type, a, item.position());
      } else if (RequestParameterNames.ALL.contains(name)) {
        reporter.error(
            ParameterNameClash.message(
                "associatedObjectProperties", "associatedObjectProperties", name, "action request"),
            type, a, item.position());
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private static String routeShape(UriTemplate path) {
    return path.withSample("{}");
  }

  private static boolean placeholdersAreWholeSegments(UriTemplate template) {
    String sample = template.withSample("\u0001");
    String afterScheme = sample.substring(sample.indexOf("://") + 3);
    int slash = afterScheme.indexOf('/');
    if (slash < 0) {
      return !sample.contains("\u0001");
    }
    String authority = afterScheme.substring(0, slash);
    String rest = afterScheme.substring(slash);
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    if (authority.contains("\u0001") || (q >= 0 && rest.substring(q).contains("\u0001"))) {
      return false;
    }
    for (String segment : path.split("/")) {
      if (segment.contains("\u0001") && !segment.equals("\u0001")) {
        return false;
      }
    }
    return true;
  }

  private static String methodNameFor(String id) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : id.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(upper ? Character.toUpperCase(c) : sb.length() == 0 ? Character.toLowerCase(c) : c);
        upper = false;
      } else {
        upper = sb.length() > 0;
      }
    }
    String name = sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0)) ? "action" + sb : sb.toString();
    return name.equals("fetch") ? "fetchAgain" : name;
  }

  private static String orDefault(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }
}

package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.UriTemplate;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.RuntimeApi.Action;
import dev.crmcards.processor.read.RuntimeApi.ActionPlacement;
import dev.crmcards.processor.read.RuntimeApi.ActionType;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks the {@code @Action}s of a card: ids, URIs, placeholders, type-specific attributes. */
final class ActionValidator {
  private final Reporter reporter;
  private final Annotations annotations;
  private final OptionResolver resolver;

  ActionValidator(Reporter reporter, Annotations annotations, OptionResolver resolver) {
    this.reporter = reporter;
    this.annotations = annotations;
    this.resolver = resolver;
  }

  List<ActionModel> validate(TypeElement type, List<Member> members, List<String> baseUrls, String targetUrl) {
    Map<String, Member> byName = CardValidator.byName(members);
    List<ActionModel> actions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> routes = new HashMap<>();
    if (targetUrl != null) {
      routes.put("GET " + routeShape(UriTemplate.parse(UrlRules.path(targetUrl))), "the data fetch (targetUrl)");
    }
    String primary = null;
    String settings = null;
    for (AnnotationMirror a : annotations.actions(type)) {
      String id = annotations.string(a, Action.ID);
      String actionType = annotations.enumConstant(a, Action.TYPE);
      String placement = annotations.enumConstant(a, Action.PLACEMENT);
      String method = annotations.enumConstant(a, Action.METHOD);
      AnnotationValue idValue = annotations.value(a, Action.ID);

      if (id.isBlank()) {
        reporter.error("@Action id must not be blank: it names the action's handler method.", type, a, idValue);
      } else if (!Names.isMethodName(id) || id.equals("fetch")) {
        reporter.error(
            "@Action id \"" + id + "\" must be a Java method name other than fetch (it names the "
                + "Handler method for the action), e.g. \"" + methodNameFor(id) + "\".",
            type, a, idValue);
      } else if (!ids.add(id)) {
        reporter.error("@Action id \"" + id + "\" is used twice; action ids must be unique within a card.", type, a, idValue);
      }
      if (annotations.string(a, Action.LABEL).isBlank()) {
        reporter.error("@Action label must not be blank: it is the button's text.", type, a, annotations.value(a, Action.LABEL));
      }

      checkAttributesOfType(type, a, actionType);

      if (placement.equals(ActionPlacement.PRIMARY)) {
        if (primary != null) {
          reporter.error(
              "Only one action can be PRIMARY; \"" + primary + "\" already is.", type, a, annotations.value(a, Action.PLACEMENT));
        }
        primary = id;
      } else if (placement.equals(ActionPlacement.SETTINGS)) {
        if (settings != null) {
          reporter.error(
              "Only one action can be SETTINGS; \"" + settings + "\" already is.", type, a, annotations.value(a, Action.PLACEMENT));
        }
        settings = id;
        if (!actionType.equals(ActionType.IFRAME)) {
          reporter.error(
              "The SETTINGS action must be an IFRAME: HubSpot opens settings in a modal.",
              type, a, annotations.value(a, Action.TYPE));
        }
      }

      Member when = when(type, a, placement, byName);
      UriTemplate uri = uri(type, a, actionType, placement, baseUrls);
      List<Member> placeholderMembers = uri == null ? List.of() : placeholders(type, a, uri, byName);
      if (uri != null && !actionType.equals(ActionType.IFRAME)) {
        String route = method + " " + routeShape(UriTemplate.parse(uri.path()));
        String previous = routes.putIfAbsent(route, "action \"" + id + "\"");
        if (previous != null) {
          reporter.error(
              "Action \"" + id + "\" has the same method and path as " + previous + ", so the servlet "
                  + "could not tell their requests apart. Give it its own path.",
              type, a, annotations.value(a, Action.URI));
        }
      }

      List<String> associated = associatedObjectProperties(type, a);
      actions.add(
          new ActionModel(
              id,
              actionType,
              annotations.string(a, Action.LABEL),
              uri,
              method,
              annotations.integer(a, Action.WIDTH),
              annotations.integer(a, Action.HEIGHT),
              associated,
              annotations.string(a, Action.CONFIRMATION_MESSAGE),
              orDefault(annotations.string(a, Action.CONFIRM_BUTTON_TEXT), ActionShapes.DEFAULT_CONFIRM_BUTTON_TEXT),
              orDefault(annotations.string(a, Action.CANCEL_BUTTON_TEXT), ActionShapes.DEFAULT_CANCEL_BUTTON_TEXT),
              when,
              placement,
              placeholderMembers));
    }
    return List.copyOf(actions);
  }

  private void checkAttributesOfType(TypeElement type, AnnotationMirror a, String actionType) {
    boolean iframe = actionType.equals(ActionType.IFRAME);
    boolean confirmation = actionType.equals(ActionType.CONFIRMATION_ACTION_HOOK);
    if (iframe) {
      Annotations.explicit(a, Action.METHOD).ifPresent(v ->
          reporter.error("method is for hooks; an IFRAME action opens its uri in a modal. Remove method.", type, a, v));
    } else {
      for (String attribute : Action.IFRAME_ONLY) {
        Annotations.explicit(a, attribute).ifPresent(v ->
            reporter.error(attribute + " is for IFRAME actions only; a hook opens no modal. Remove " + attribute + ".", type, a, v));
      }
    }
    if (!confirmation) {
      for (String attribute : Action.CONFIRMATION_ONLY) {
        Annotations.explicit(a, attribute).ifPresent(v ->
            reporter.error(
                attribute + " is for CONFIRMATION_ACTION_HOOK actions only; use type = "
                    + "ActionType.CONFIRMATION_ACTION_HOOK to ask the user first, or remove " + attribute + ".",
                type, a, v));
      }
    } else if (annotations.string(a, Action.CONFIRMATION_MESSAGE).isBlank()) {
      reporter.error(
          "A CONFIRMATION_ACTION_HOOK needs confirmationMessage, the question HubSpot asks before "
              + "calling the hook, e.g. confirmationMessage = \"Are you sure?\".",
          type, a, Annotations.explicit(a, Action.CONFIRMATION_MESSAGE).orElse(annotations.value(a, Action.TYPE)));
    }
    if (iframe) {
      for (String attribute : Action.IFRAME_ONLY) {
        if (annotations.integer(a, attribute) <= 0) {
          reporter.error(attribute + " must be a positive number of pixels.", type, a, annotations.value(a, attribute));
        }
      }
    }
  }

  private Member when(TypeElement type, AnnotationMirror a, String placement, Map<String, Member> byName) {
    Optional<AnnotationValue> whenValue = Annotations.explicit(a, Action.WHEN);
    if (whenValue.isEmpty()) {
      return null;
    }
    String name = (String) whenValue.get().getValue();
    if (!placement.equals(ActionPlacement.OBJECT)) {
      reporter.error(
          "when applies to OBJECT actions only; a " + placement + " action is not tied to one object.",
          type, a, whenValue.get());
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
          type, a, whenValue.get());
      return null;
    }
    if (!readable(member, type)) {
      reporter.error(
          "when = \"" + name + "\" names a private member; make it package-private or public.", type, a, whenValue.get());
      return null;
    }
    return member;
  }

  private UriTemplate uri(TypeElement type, AnnotationMirror a, String actionType, String placement, List<String> baseUrls) {
    AnnotationValue value = annotations.value(a, Action.URI);
    String resolved = resolver.resolve((String) value.getValue(), type, a, value);
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
    if (!template.placeholders().isEmpty() && !placement.equals(ActionPlacement.OBJECT)) {
      reporter.error(
          "{placeholders} are filled from one object, so only OBJECT actions may use them; this "
              + placement + " action must have a fixed uri.",
          type, a, value);
      return null;
    }
    if (!actionType.equals(ActionType.IFRAME) && !placeholdersAreWholeSegments(template)) {
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

  private List<Member> placeholders(TypeElement type, AnnotationMirror a, UriTemplate uri, Map<String, Member> byName) {
    AnnotationValue value = annotations.value(a, Action.URI);
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
      if (!readable(member, type)) {
        reporter.error("uri placeholder {" + name + "} names a private member; make it package-private or public.", type, a, value);
        ok = false;
        continue;
      }
      result.add(member);
    }
    return ok ? List.copyOf(result) : List.of();
  }

  private List<String> associatedObjectProperties(TypeElement type, AnnotationMirror a) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnnotationValue v : annotations.array(a, Action.ASSOCIATED_OBJECT_PROPERTIES)) {
      String name = (String) v.getValue();
      if (name.isBlank()) {
        reporter.error("associatedObjectProperties contains a blank name.", type, a, v);
      } else if (!seen.add(name)) {
        reporter.error("associatedObjectProperties lists \"" + name + "\" twice.", type, a, v);
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

  private static boolean readable(Member m, TypeElement type) {
    return m.kind() == Member.Kind.RECORD_COMPONENT || !m.element().getModifiers().contains(Modifier.PRIVATE);
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

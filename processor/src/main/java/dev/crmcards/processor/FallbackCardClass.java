package dev.crmcards.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.UriTemplate;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.MemberScanner;
import dev.crmcards.processor.read.RuntimeApi;
import dev.crmcards.processor.validate.Names;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * The {@code <Card>CrmCard} written for a card that has errors: the same public members as the
 * real one, as far as the annotations tell, each throwing when called. The build fails on the
 * card's errors anyway; this class only spares the user a "cannot find symbol BugCrmCard" at
 * every use of the card class on top of them.
 */
final class FallbackCardClass {
  private static final String RUNTIME = "dev.crmcards";
  private static final ClassName CARD_RESPONSE = ClassName.get(RUNTIME, "CardResponse");
  private static final ClassName FETCH_REQUEST = ClassName.get(RUNTIME, "FetchRequest");
  private static final ClassName ACTION_REQUEST = ClassName.get(RUNTIME, "ActionRequest");
  private static final ClassName ACTION_RESULT = ClassName.get(RUNTIME, "ActionResult");
  private static final ClassName JSON_OUTPUT = ClassName.get(RUNTIME + ".json", "JsonOutput");
  private static final ClassName CARD_ROUTES = ClassName.get(RUNTIME + ".core", "CardRoutes");
  private static final ClassName CARD_SETTINGS = ClassName.get(RUNTIME + ".servlet", "CardSettings");
  private static final ClassName HTTP_SERVLET = ClassName.get("jakarta.servlet.http", "HttpServlet");

  private final Elements elements;
  private final Annotations annotations;
  private final MemberScanner scanner;

  FallbackCardClass(Elements elements) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.scanner = new MemberScanner(elements);
  }

  /** Empty when the card class itself cannot be named from its package (local, private, generic). */
  Optional<JavaFile> write(TypeElement card, boolean servletApiPresent) {
    if (!nameable(card)) {
      return Optional.empty();
    }
    ClassName cardClass = ClassName.get(card);
    ClassName generated =
        ClassName.get(cardClass.packageName(), String.join("_", cardClass.simpleNames()) + "CrmCard");
    ClassName handler = generated.nestedClass("Handler");
    TypeName response = ParameterizedTypeName.get(CARD_RESPONSE, cardClass);
    String name = cardName(card);
    String failure = cardClass.canonicalName() + " has crmcards compile errors; " + generated.simpleName()
        + " is a stand-in until they are fixed";

    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addOriginatingElement(card)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("Stands in for the card class while {@link $T} has errors; every method throws.\n", cardClass)
            .addField(constant("NAME", name))
            .addField(constant("DEFINITION_RESOURCE", "META-INF/crmcards/" + name + ".json"))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(failing("definitionJson", failure).returns(String.class).build())
            .addMethod(
                failing("writeJson", failure)
                    .addParameter(response, "response")
                    .addParameter(OutputStream.class, "out")
                    .addException(IOException.class)
                    .build())
            .addMethod(failing("toJson", failure).addParameter(response, "response").returns(String.class).build())
            .addMethod(
                failing("write", failure)
                    .addParameter(response, "response")
                    .addParameter(JSON_OUTPUT, "json")
                    .build())
            .addMethod(failing("routes", failure).addParameter(handler, "handler").returns(CARD_ROUTES).build())
            .addType(handlerInterface(card, handler, response));
    if (servletApiPresent) {
      type.addMethod(
          failing("servlet", failure)
              .addParameter(handler, "handler")
              .addParameter(CARD_SETTINGS, "settings")
              .returns(HTTP_SERVLET)
              .build());
    }
    return Optional.of(
        JavaFile.builder(generated.packageName(), type.build())
            .addFileComment("Generated by crmcards from $L, which has errors. Do not edit.", cardClass.canonicalName())
            .skipJavaLangImports(true)
            .indent("  ")
            .build());
  }

  /** fetch, and one method per hook action whose id and placeholders can be read. */
  private TypeSpec handlerInterface(TypeElement card, ClassName handler, TypeName response) {
    TypeSpec.Builder iface =
        TypeSpec.interfaceBuilder(handler)
            .addModifiers(Modifier.PUBLIC)
            .addMethod(
                MethodSpec.methodBuilder("fetch")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addParameter(FETCH_REQUEST, "request")
                    .returns(response)
                    .addException(Exception.class)
                    .build());
    Map<String, Member> members = new HashMap<>();
    for (Member m : scanner.scan(card)) {
      members.putIfAbsent(m.javaName(), m);
    }
    Set<String> ids = new HashSet<>();
    for (AnnotationMirror action : annotations.actions(card)) {
      String type = Annotations.explicit(action, RuntimeApi.Action.TYPE).map(FallbackCardClass::constantName).orElse("");
      String id = Annotations.explicit(action, RuntimeApi.Action.ID).map(v -> String.valueOf(v.getValue())).orElse("");
      boolean hook = RuntimeApi.ActionType.CONSTANTS.contains(type) && !type.equals(RuntimeApi.ActionType.IFRAME);
      if (!hook || !Names.isMethodName(id) || !ids.add(id)) {
        continue;
      }
      String uri = annotations.string(action, RuntimeApi.Action.URI).replaceAll("\\$\\{[^}]*}", "x");
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(id)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addParameter(ACTION_REQUEST, "request")
              .returns(ACTION_RESULT)
              .addException(Exception.class);
      if (addPathParameters(method, UriTemplate.parse(uri).placeholders(), members)) {
        iface.addMethod(method.build());
      }
    }
    return iface.build();
  }

  private static boolean addPathParameters(MethodSpec.Builder method, List<String> names, Map<String, Member> members) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      Member m = members.get(name);
      if (m == null || m.type().getKind() == TypeKind.ERROR || !Names.isMethodName(name) || !seen.add(name)) {
        return false;
      }
      method.addParameter(TypeName.get(m.type()), name);
    }
    return true;
  }

  /** An enum attribute's constant, "" when javac could not resolve it. */
  private static String constantName(AnnotationValue value) {
    return value.getValue() instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  private String cardName(TypeElement card) {
    AnnotationMirror crmCard = Annotations.find(card, Annotations.CRM_CARD).orElseThrow();
    return Annotations.explicit(crmCard, RuntimeApi.CrmCard.NAME)
        .map(v -> String.valueOf(v.getValue()))
        .filter(Names::isCardName)
        .orElse(Names.kebabCase(card.getSimpleName().toString()));
  }

  private static boolean nameable(TypeElement card) {
    if (card.getKind() != ElementKind.CLASS && card.getKind() != ElementKind.RECORD
        || !card.getTypeParameters().isEmpty()) {
      return false;
    }
    for (Element e = card; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)
          || (t.getNestingKind() != NestingKind.TOP_LEVEL && t.getNestingKind() != NestingKind.MEMBER)) {
        return false;
      }
    }
    return true;
  }

  private static FieldSpec constant(String name, String value) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", value)
        .build();
  }

  private static MethodSpec.Builder failing(String name, String failure) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addStatement("throw new $T($S)", IllegalStateException.class, failure);
  }
}

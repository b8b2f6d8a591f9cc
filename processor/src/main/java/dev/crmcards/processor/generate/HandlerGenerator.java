package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.ACTION_REQUEST;
import static dev.crmcards.processor.RuntimeTypes.ACTION_RESULT;
import static dev.crmcards.processor.RuntimeTypes.CARD_RESPONSE;
import static dev.crmcards.processor.RuntimeTypes.CARD_ROUTES;
import static dev.crmcards.processor.RuntimeTypes.CARD_SERVLET;
import static dev.crmcards.processor.RuntimeTypes.CARD_SETTINGS;
import static dev.crmcards.processor.RuntimeTypes.FETCH_REQUEST;
import static dev.crmcards.processor.RuntimeTypes.HTTP_SERVLET;
import static dev.crmcards.processor.RuntimeTypes.RESULT_LIMIT;
import static dev.crmcards.processor.RuntimeTypes.TABLE_PARAMETERS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.crmcards.HttpMethod;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.UriTemplate;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.model.ViewModel;
import dev.crmcards.processor.validate.TypeRules;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the card's {@code Handler} interface (fetch plus one method per hook action), the
 * route table that connects HubSpot's requests to it, and, when the Servlet API is on the class
 * path, the {@code servlet(...)} factory.
 */
final class HandlerGenerator {
  private HandlerGenerator() {}

  /** Adds the {@code Handler} interface, {@code routes(handler)} and {@code servlet(...)}, in this order. */
  static void addTo(CardModel card, ClassLayout layout, boolean servletApiPresent) {
    ClassName handler = card.handlerClass();
    layout.add(handlerInterface(card, handler));
    layout.add(routes(card, handler));
    if (servletApiPresent) {
      layout.add(
          MethodSpec.methodBuilder("servlet")
              .addJavadoc(
                  "A servlet serving this card: it verifies HubSpot's signatures, answers the data fetch\n"
                      + "with {@code handler.fetch} and routes each action hook to its handler method.\n"
                      + "Mount it at {@code /*} of any context.\n")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addParameter(handler, "handler")
              .addParameter(CARD_SETTINGS, "settings")
              .returns(HTTP_SERVLET)
              .addStatement("return new $T(routes(handler), settings)", CARD_SERVLET)
              .build());
    }
  }

  private static TypeSpec handlerInterface(CardModel card, ClassName handler) {
    TypeSpec.Builder iface =
        TypeSpec.interfaceBuilder(handler)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "What the card does on HubSpot's requests. Exceptions become a 500 answer that\n"
                    + "reveals nothing of them; use {@link $T#error} for answers the user should see.\n",
                ACTION_RESULT);
    iface.addMethod(
        MethodSpec.methodBuilder("fetch")
            .addJavadoc(
                "Answers HubSpot's signed data fetch ({@code GET $L}) for the record in {@code request}.\n",
                JavaText.inJavadoc(card.targetUrl()))
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addParameter(FETCH_REQUEST, "request")
            .returns(ParameterizedTypeName.get(CARD_RESPONSE, card.cardClass()))
            .addException(Exception.class)
            .build());
    if (card.view().hasSummary()) {
      iface.addMethod(
          MethodSpec.methodBuilder("summary")
              .addJavadoc(
                  "The figures and charts above the card's objects: called after {@link #fetch} for the first\n"
                      + "page only ({@code request.page() == 1}, whatever its sort and search), under the same\n"
                      + "deadline. Never null: a figure or chart whose member is null is left out instead.\n")
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addParameter(FETCH_REQUEST, "request")
              .returns(card.view().summary().type())
              .addException(Exception.class)
              .build());
    }
    for (ActionModel a : card.actions()) {
      if (!a.isHook()) {
        continue;
      }
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(a.id())
              .addJavadoc(
                  "The \"$L\" action: {@code $L $L}.\n",
                  JavaText.inJavadoc(a.label()), a.method(), JavaText.inJavadoc(a.uri().text()))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addParameter(ACTION_REQUEST, HookParameters.REQUEST)
              .returns(ACTION_RESULT)
              .addException(Exception.class);
      List<String> names = HookParameters.placeholders(a.uri().placeholders());
      for (int i = 0; i < a.placeholderMembers().size(); i++) {
        method.addParameter(TypeName.get(a.placeholderMembers().get(i).type()), names.get(i));
      }
      if (a.isForm()) {
        method.addJavadoc(
            "{@code $L} is the filled-in form, every {@code @Input} rule met; a value the handler refuses\n"
                + "can still be answered with {@link $T#invalid}.\n",
            formParameter(a), ACTION_RESULT);
        method.addParameter(a.form().formClass(), formParameter(a));
      }
      iface.addMethod(method.build());
    }
    return iface.build();
  }

  private static MethodSpec routes(CardModel card, ClassName handler) {
    CodeBlock.Builder chain = CodeBlock.builder();
    chain.add("return $T.builder(NAME)\n", CARD_ROUTES).indent().indent();
    fetch(card, chain);
    for (ActionModel a : card.actions()) {
      if (!a.isHook()) {
        continue;
      }
      CodeBlock.Builder args = CodeBlock.builder().add("request");
      for (int i = 0; i < a.placeholderMembers().size(); i++) {
        args.add(", ").add(pathParameter(a.uri().placeholders().get(i), a.placeholderMembers().get(i)));
      }
      if (a.isForm()) {
        chain.add(
            ".form($T.$L, $L, (request, path, body) ->\n", HttpMethod.class, a.method(), JavaText.literal(a.uri().withoutQuery()));
        chain.indent().indent();
        chain.add("handler.$L($L, $T.read(body)))\n", a.id(), args.build(), FormReaderGenerator.readerOf(card, a));
        chain.unindent().unindent();
        continue;
      }
      chain.add(
          ".hook($T.$L, $L, (request, path) -> handler.$L($L))\n",
          HttpMethod.class,
          a.method(),
          JavaText.literal(a.uri().withoutQuery()),
          a.id(),
          args.build());
    }
    chain.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder("routes")
        .addJavadoc(
            "The card's routes: the data fetch and its action hooks, for {@link $T} or for\n"
                + "several cards behind one servlet.\n",
            CARD_SERVLET)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(handler, "handler")
        .returns(CARD_ROUTES)
        .addStatement("$T.requireNonNull(handler, $S)", Objects.class, "handler")
        .addCode(chain.build())
        .build();
  }

  private static String formParameter(ActionModel a) {
    return HookParameters.form(a.uri().placeholders());
  }

  /**
   * The fetch route: the handler's response, written after it returns. A TABLE card's route reads
   * the page parameters first; a card with a summary asks for it on the first page.
   */
  private static void fetch(CardModel card, CodeBlock.Builder chain) {
    ViewModel view = card.view();
    String url = UriTemplate.parse(card.targetUrl()).withoutQuery();
    if (view.isTable()) {
      CodeBlock.Builder table =
          CodeBlock.builder().add("$T.of($L, $L", TABLE_PARAMETERS, view.pageSize(), view.searchable());
      for (String name : view.sortable()) {
        table.add(", $L", JavaText.literal(name));
      }
      chain.add(".fetch($L, $L), request -> {\n", JavaText.literal(url), table.build());
    } else {
      chain.add(".fetch($L, request -> {\n", JavaText.literal(url));
    }
    chain.indent();
    chain.addStatement(
        "$T response = $T.requireNonNull(handler.fetch(request), $S)",
        ParameterizedTypeName.get(CARD_RESPONSE, card.cardClass()),
        Objects.class,
        "Handler.fetch returned null");
    if (view.isTable()) {
      chain.addStatement(
          "$T.checkTotal(NAME, request.page(), request.pageSize(), response.results().size(), response.total())",
          RESULT_LIMIT);
    }
    CodeBlock.Builder arguments = CodeBlock.builder().add("response");
    if (view.hasSummary()) {
      chain.addStatement(
          "$T summary = request.page() == 1 ? $T.requireNonNull(handler.summary(request), $S) : null",
          view.summary().type(),
          Objects.class,
          "Handler.summary returned null");
      arguments.add(", summary");
    }
    if (view.isTable()) {
      chain.addStatement("int pageSize = request.pageSize()");
      arguments.add(", pageSize");
    }
    chain.addStatement("return $L -> write($L, $L)", JsonWrite.TARGET, arguments.build(), JsonWrite.TARGET);
    chain.unindent();
    chain.add("})\n");
  }

  private static CodeBlock pathParameter(String name, Member m) {
    ValueKind kind = TypeRules.classify(m.type());
    switch (kind) {
      case PRIMITIVE_LONG:
        return CodeBlock.of("path.longValue($S)", name);
      case PRIMITIVE_INT:
        return CodeBlock.of("path.intValue($S)", name);
      case BOXED_LONG:
        return CodeBlock.of("path.longObject($S)", name);
      case BOXED_INT:
        return CodeBlock.of("path.intObject($S)", name);
      case UUID:
        return CodeBlock.of("path.uuid($S)", name);
      case BIG_INTEGER:
        return CodeBlock.of("path.bigInteger($S)", name);
      case ENUM:
        return CodeBlock.of("path.enumValue($S, $T.class)", name, TypeName.get(m.type()));
      default:
        return CodeBlock.of("path.string($S)", name);
    }
  }
}

package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.CARD_ROUTES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.crmcards.processor.model.CardModel;
import javax.lang.model.element.Modifier;

/**
 * The instance side of a generated card class: a public constructor for ServiceLoader and the
 * methods of the runtime's {@code GeneratedCard}, each answering with its static namesake, so the
 * Spring Boot starter and the test kit find cards through the services file the processor writes,
 * not by their names.
 */
final class GeneratedCardMethods {
  private GeneratedCardMethods() {}

  static void addTo(CardModel card, ClassLayout layout) {
    ClassName handler = card.handlerClass();
    layout.add(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "For {@link java.util.ServiceLoader}, which finds the card as a {@code GeneratedCard}; the\n"
                    + "card's own members are static.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    layout.add(
        override("cardName")
            .returns(String.class)
            .addStatement("return NAME")
            .build());
    layout.add(
        override("handlerType")
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), handler))
            .addStatement("return $T.class", handler)
            .build());
    layout.add(
        override("routesFor")
            .addParameter(handler, "handler")
            .returns(CARD_ROUTES)
            .addStatement("return routes(handler)")
            .build());
    layout.add(
        override("definitionResource")
            .returns(String.class)
            .addStatement("return DEFINITION_RESOURCE")
            .build());
    layout.add(
        override("definition")
            .returns(String.class)
            .addStatement("return definitionJson()")
            .build());
  }

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
  }
}

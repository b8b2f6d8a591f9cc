package dev.crmcards.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

class ClassLayoutTest {

  private static FieldSpec constant(String name, int value) {
    return FieldSpec.builder(int.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value)
        .build();
  }

  @Test
  void membersComeInTheOrderTheyWereAdded() {
    ClassLayout layout = new ClassLayout(TypeSpec.classBuilder("Card").addModifiers(Modifier.PUBLIC, Modifier.FINAL));
    layout.add(
        FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The name.\n")
            .initializer("$S", "card")
            .build());
    layout.add(
        TypeSpec.interfaceBuilder("Handler")
            .addModifiers(Modifier.PUBLIC)
            .addMethod(MethodSpec.methodBuilder("a").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build())
            .addMethod(MethodSpec.methodBuilder("b").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build())
            .build());
    layout.add(
        MethodSpec.methodBuilder("sum")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(int.class)
            .addStatement("return ONE + TWO + THREE")
            .build());
    layout.add(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    layout.addGroup("Small numbers", List.of(constant("ONE", 1), constant("TWO", 2)));
    layout.addGroup("Nothing", List.of());
    layout.addGroup("Larger numbers", List.of(constant("THREE", 3)));

    JavaFile file = JavaFile.builder("test", layout.build()).skipJavaLangImports(true).indent("  ").build();
    assertThat(layout.arrange(file))
        .isEqualTo(
            "package test;\n"
                + "\n"
                + "public final class Card {\n"
                + "  /**\n"
                + "   * The name.\n"
                + "   */\n"
                + "  public static final String NAME = \"card\";\n"
                + "\n"
                + "  public interface Handler {\n"
                + "    void a();\n"
                + "\n"
                + "    void b();\n"
                + "  }\n"
                + "\n"
                + "  public static int sum() {\n"
                + "    return ONE + TWO + THREE;\n"
                + "  }\n"
                + "\n"
                + "  private Card() {\n"
                + "  }\n"
                + "\n"
                + "  // Small numbers\n"
                + "  private static final int ONE = 1;\n"
                + "  private static final int TWO = 2;\n"
                + "\n"
                + "  // Larger numbers\n"
                + "  private static final int THREE = 3;\n"
                + "}\n");
  }

  @Test
  void importsStayThoseJavaPoetChose() {
    ClassLayout layout = new ClassLayout(TypeSpec.classBuilder("Card"));
    layout.add(
        MethodSpec.methodBuilder("names")
            .returns(ClassName.get("java.util", "List"))
            .addStatement("return $T.of()", ClassName.get("java.util", "List"))
            .build());
    layout.addGroup("A list", List.of(FieldSpec.builder(ClassName.get("java.util", "Set"), "EMPTY").build()));
    JavaFile file = JavaFile.builder("test", layout.build()).build();
    assertThat(layout.arrange(file)).startsWith("package test;\n\nimport java.util.List;\nimport java.util.Set;\n");
    assertThat(layout.arrange(file)).contains("  // A list\n  Set EMPTY;\n}\n");
  }
}

package dev.crmcards.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The members of a generated class in the order its reader wants them: what the user calls first,
 * the private machinery last, the constant fields in commented groups. JavaPoet always writes
 * fields first and nested types last, so the class is rendered by JavaPoet (which also settles
 * the imports) and its members' text is then put in this order.
 */
final class ClassLayout {

  /** Where one member of the class body ends and the next begins in JavaPoet's output. */
  private static final Pattern BETWEEN_MEMBERS = Pattern.compile("\n\n(?=  \\S)");

  private static final String INDENT = "  ";

  /** Members on their own, or a commented group of fields written without blank lines between. */
  private record Block(String comment, List<Object> members) {}

  private final TypeSpec.Builder type;
  private final List<Block> blocks = new ArrayList<>();

  ClassLayout(TypeSpec.Builder type) {
    this.type = type;
  }

  ClassLayout add(FieldSpec field) {
    type.addField(field);
    blocks.add(new Block(null, List.of(field)));
    return this;
  }

  ClassLayout add(MethodSpec method) {
    type.addMethod(method);
    blocks.add(new Block(null, List.of(method)));
    return this;
  }

  ClassLayout add(TypeSpec nested) {
    type.addType(nested);
    blocks.add(new Block(null, List.of(nested)));
    return this;
  }

  /** Fields under a {@code // comment}, one a line. */
  ClassLayout addGroup(String comment, List<FieldSpec> fields) {
    if (!fields.isEmpty()) {
      fields.forEach(type::addField);
      blocks.add(new Block(comment, List.copyOf(fields)));
    }
    return this;
  }

  TypeSpec build() {
    return type.build();
  }

  /**
   * The text of {@code file}, whose type is this layout's {@link #build()}, with the type's
   * members in the order they were added here.
   */
  String arrange(JavaFile file) {
    String source = file.toString();
    TypeSpec built = file.typeSpec();
    String opening = "class " + built.name() + " {\n";
    int bodyStart = source.indexOf(opening) + opening.length();
    int bodyEnd = source.lastIndexOf("}\n");
    String[] texts = BETWEEN_MEMBERS.split(source.substring(bodyStart, bodyEnd - 1));

    List<Object> written = writtenOrder(built);
    if (texts.length != written.size()) {
      throw new IllegalStateException(
          "expected " + written.size() + " members in the generated " + built.name() + ", found " + texts.length);
    }
    Map<Object, String> textOf = new IdentityHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      checkIsMember(texts[i], written.get(i));
      textOf.put(written.get(i), texts[i]);
    }

    StringBuilder body = new StringBuilder();
    for (Block block : blocks) {
      if (body.length() > 0) {
        body.append('\n');
      }
      if (block.comment() != null) {
        body.append(INDENT).append("// ").append(block.comment()).append('\n');
      }
      for (Object member : block.members()) {
        body.append(textOf.get(member)).append('\n');
      }
    }
    return source.substring(0, bodyStart) + body + source.substring(bodyEnd);
  }

  /** The members in the order JavaPoet writes them. */
  private static List<Object> writtenOrder(TypeSpec type) {
    List<Object> order = new ArrayList<>();
    for (FieldSpec f : type.fieldSpecs()) {
      if (f.modifiers().contains(Modifier.STATIC)) {
        order.add(f);
      }
    }
    for (FieldSpec f : type.fieldSpecs()) {
      if (!f.modifiers().contains(Modifier.STATIC)) {
        order.add(f);
      }
    }
    for (MethodSpec m : type.methodSpecs()) {
      if (m.isConstructor()) {
        order.add(m);
      }
    }
    for (MethodSpec m : type.methodSpecs()) {
      if (!m.isConstructor()) {
        order.add(m);
      }
    }
    order.addAll(type.typeSpecs());
    return order;
  }

  /** Guards against a JavaPoet that orders members otherwise: the text must declare the member. */
  private static void checkIsMember(String text, Object member) {
    boolean declares;
    if (member instanceof FieldSpec f) {
      declares = text.contains(" " + f.name() + " =") || text.contains(" " + f.name() + ";");
    } else if (member instanceof MethodSpec m) {
      declares = text.contains((m.isConstructor() ? "" : " " + m.name()) + "(");
    } else {
      declares = text.contains(" " + ((TypeSpec) member).name() + " {");
    }
    if (!declares) {
      throw new IllegalStateException("the generated class's members are not in the expected order at\n" + text);
    }
  }
}

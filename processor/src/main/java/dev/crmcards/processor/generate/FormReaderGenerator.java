package dev.crmcards.processor.generate;

import static dev.crmcards.processor.RuntimeTypes.FORM_INPUT;
import static dev.crmcards.processor.RuntimeTypes.FORM_READER;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.FormModel;
import dev.crmcards.processor.model.InputModel;
import dev.crmcards.rules.FormInputs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * For each FORM action, a nested class that reads the submitted body into the form record: one
 * {@code FormInput} constant per member with its rules, then a {@code read(body)} that takes each
 * value in member order, throws the field errors if there are any, and calls the form's
 * constructor. No reflection: every member is named in the code.
 */
final class FormReaderGenerator {
  private FormReaderGenerator() {}

  /** The nested class reading the form of {@code action}, e.g. {@code ReportFormReader}. */
  static ClassName readerOf(CardModel card, ActionModel action) {
    return card.generatedClass().nestedClass(ActionModel.formReaderName(action.id()));
  }

  /** Adds a reader class per FORM action, in declaration order; nothing for a card without one. */
  static void addTo(CardModel card, ClassLayout layout) {
    for (ActionModel a : card.actions()) {
      if (a.isForm()) {
        layout.add(reader(readerOf(card, a), a));
      }
    }
  }

  private static TypeSpec reader(ClassName name, ActionModel action) {
    FormModel form = action.form();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Reads the body of the $S form into a {@link $T}, checking every input's rules.\n",
                action.id(), form.formClass());
    Names names = new Names(form.inputs());
    List<CodeBlock> all = new ArrayList<>();
    for (InputModel input : form.inputs()) {
      type.addField(
          FieldSpec.builder(FORM_INPUT, names.input(input), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(declaration(input))
              .build());
      all.add(CodeBlock.of("$L", names.input(input)));
    }
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(FORM_INPUT), "INPUTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("In member order: the order of the field errors.\n")
            .initializer("{$L}", CodeBlock.join(all, ", "))
            .build());
    for (InputModel input : form.inputs()) {
      if (input.enumType() != null) {
        type.addField(
            FieldSpec.builder(
                    ArrayTypeName.of(input.enumType()), names.options(input),
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.values()", input.enumType())
                .build());
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    MethodSpec.Builder read =
        MethodSpec.methodBuilder("read")
            .addJavadoc(
                "The filled-in form.\n\n"
                    + "@throws dev.crmcards.form.InvalidFormException if a value breaks its input's rules\n"
                    + "@throws dev.crmcards.InvalidRequestException if the body is not a JSON object\n")
            .addModifiers(Modifier.STATIC)
            .addParameter(byte[].class, names.body)
            .returns(form.formClass())
            .addStatement("$T $L = $T.read($L, INPUTS)", FORM_READER, names.reader, FORM_READER, names.body);
    List<CodeBlock> arguments = new ArrayList<>();
    for (InputModel input : form.inputs()) {
      read.addStatement("$T $L = $L", input.javaType(), input.name(), value(input, names));
      arguments.add(CodeBlock.of("$L", input.name()));
    }
    read.addStatement("$L.check()", names.reader);
    read.addStatement("return new $T($L)", form.formClass(), CodeBlock.join(arguments, ", "));
    return type.addMethod(read.build()).build();
  }

  /** {@code FormInput.text("title", true).maxLength(120)}. */
  private static CodeBlock declaration(InputModel input) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("$T.$L($S, $L)", FORM_INPUT, factory(input), input.name(), input.required());
    if (input.min() != null) {
      code.add(".min($L)", literal(input.min()));
    }
    if (input.max() != null) {
      code.add(".max($L)", literal(input.max()));
    }
    if (input.maxLength() != null) {
      code.add(".maxLength($L)", input.maxLength());
    }
    if (input.pattern() != null) {
      code.add(".pattern($L)", JavaText.literal(input.pattern()));
    }
    return code.build();
  }

  private static String factory(InputModel input) {
    switch (input.type()) {
      case FormInputs.TEXT:
        return "text";
      case FormInputs.INTEGER:
        return input.kind().isLong() ? "longInteger" : "integer";
      case FormInputs.DECIMAL:
        return "decimal";
      case FormInputs.BOOLEAN:
        return "bool";
      case FormInputs.DATE:
        return "date";
      case FormInputs.SELECT:
        return "select";
      default:
        return "multiSelect";
    }
  }

  /** The reader's call that gives the member's value. */
  private static CodeBlock value(InputModel input, Names names) {
    String reader = names.reader;
    String constant = names.input(input);
    switch (input.collection()) {
      case SET:
        return CodeBlock.of("$L.optionSet($L, $L)", reader, constant, names.options(input));
      case LIST:
        return CodeBlock.of("$L.optionList($L, $L)", reader, constant, names.options(input));
      default:
        break;
    }
    String method;
    switch (input.kind()) {
      case STRING:
        method = "text";
        break;
      case PRIMITIVE_INT:
        method = "intValue";
        break;
      case BOXED_INT:
        method = "intObject";
        break;
      case PRIMITIVE_LONG:
        method = "longValue";
        break;
      case BOXED_LONG:
        method = "longObject";
        break;
      case PRIMITIVE_DOUBLE:
        method = "doubleValue";
        break;
      case BOXED_DOUBLE:
        method = "doubleObject";
        break;
      case BIG_DECIMAL:
        method = "decimal";
        break;
      case PRIMITIVE_BOOLEAN:
        method = "booleanValue";
        break;
      case BOXED_BOOLEAN:
        method = "booleanObject";
        break;
      case LOCAL_DATE:
        method = "date";
        break;
      case ENUM:
        return CodeBlock.of("$L.option($L, $L)", reader, constant, names.options(input));
      default:
        throw new IllegalArgumentException("no form input of kind " + input.kind());
    }
    return CodeBlock.of("$L.$L($L)", reader, method, constant);
  }

  /** A limit as a Java literal: a whole int as such, any other as a double. */
  private static String literal(double value) {
    return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** The names in one reader: constants per member, and locals that no member's name takes. */
  private static final class Names {
    private final Map<InputModel, String> inputs = new LinkedHashMap<>();
    private final Map<InputModel, String> options = new LinkedHashMap<>();
    final String reader;
    final String body;

    Names(List<InputModel> members) {
      Set<String> taken = new HashSet<>(List.of("INPUTS"));
      Set<String> locals = new HashSet<>();
      for (InputModel input : members) {
        inputs.put(input, unused("INPUT_" + JsonFragments.identifier(input.name()), taken));
        if (input.enumType() != null) {
          options.put(input, unused("OPTIONS_" + JsonFragments.identifier(input.name()), taken));
        }
        locals.add(input.name());
      }
      reader = unused("form", locals);
      body = unused("body", locals);
    }

    String input(InputModel input) {
      return inputs.get(input);
    }

    String options(InputModel input) {
      return options.get(input);
    }

    /** {@code wanted}, or {@code wanted_2}, ... whichever is not taken yet; then taken. */
    private static String unused(String wanted, Set<String> taken) {
      String name = wanted;
      for (int i = 2; taken.contains(name); i++) {
        name = wanted + "_" + i;
      }
      taken.add(name);
      return name;
    }
  }
}

package dev.crmcards.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The parameter names of a generated {@code Handler}'s hook method: the request, one per
 * placeholder of the action's URL, and a form action's filled-in form. A placeholder is named
 * after the member it takes, except where that name is the request's, the form's, another
 * placeholder's or a Java keyword (a getter's property such as {@code default}), which a parameter
 * cannot be; the names do not matter to callers, only that the method compiles. Shared by the
 * real class and its stand-in, so that both declare the same method.
 */
public final class HookParameters {
  private HookParameters() {}

  /** The {@code ActionRequest} parameter. */
  public static final String REQUEST = "request";

  /** The placeholders' parameters, in the placeholders' order. */
  public static List<String> placeholders(List<String> placeholders) {
    GeneratedLocals names = new GeneratedLocals(Set.of(REQUEST, form(placeholders)));
    List<String> parameters = new ArrayList<>(placeholders.size());
    for (String placeholder : placeholders) {
      parameters.add(names.take(SourceVersion.isKeyword(placeholder) ? placeholder + "Value" : placeholder));
    }
    return parameters;
  }

  /** The form's parameter: {@code form}, unless a placeholder has that name. */
  public static String form(List<String> placeholders) {
    return placeholders.contains("form") ? "filledIn" : "form";
  }
}

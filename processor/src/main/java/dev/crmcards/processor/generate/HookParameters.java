package dev.crmcards.processor.generate;

import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * The parameter names of a generated {@code Handler}'s hook method: the request, one per
 * placeholder of the action's URL, and a form action's filled-in form. A placeholder is named
 * after the member it takes, except where that name is the request's or a Java keyword (a
 * getter's property such as {@code default}), which a parameter cannot be; the name does not
 * matter to callers, only that the method compiles. Shared by the real class and its stand-in.
 */
public final class HookParameters {
  private HookParameters() {}

  /** The {@code ActionRequest} parameter. */
  public static final String REQUEST = "request";

  /** The parameter of the placeholder {@code name}. */
  public static String placeholder(String name) {
    return name.equals(REQUEST) || SourceVersion.isKeyword(name) ? name + "Value" : name;
  }

  /** The form's parameter: {@code form}, unless a placeholder has that name. */
  public static String form(List<String> placeholders) {
    return placeholders.contains("form") ? "filledIn" : "form";
  }
}

package dev.crmcards.processor;

import com.google.testing.compile.Compilation;
import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Method;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The TABLE card {@code test.Order} ({@link ViewErrorsTest#order}) with a summary, compiled and
 * loaded: for tests of what its generated writer puts in the answer's {@code summary}.
 */
record SummaryCard(Compilation compilation, ClassLoader loader, Class<?> summary, Method write) {

  /** The card with the summary {@code test.<summary>}, declared in {@code sources}; compiled without warnings. */
  static SummaryCard compile(String summary, JavaFileObject... sources) throws ReflectiveOperationException {
    JavaFileObject[] all = new JavaFileObject[sources.length + 1];
    all[0] = ViewErrorsTest.order("  layout = CardLayout.TABLE,\n  summary = " + summary + ".class", ViewErrorsTest.TOTAL);
    System.arraycopy(sources, 0, all, 1, sources.length);
    Compilation c = Cards.compile(all);
    Cards.assertSucceededWithoutWarnings(c);
    ClassLoader loader = new GeneratedClassLoader(c);
    Class<?> type = loader.loadClass("test." + summary);
    Method write =
        loader.loadClass("test.OrderCrmCard").getMethod("write", CardResponse.class, type, int.class, JsonOutput.class);
    return new SummaryCard(c, loader, type, write);
  }

  /** The JSON text of {@code summary} in the answer to an empty page. */
  String written(Object summary) throws Exception {
    JsonOutput json = new JsonOutput(256);
    write.invoke(null, CardResponse.of(List.of()), summary, 10, json);
    String text = json.toString();
    String key = "\"summary\":";
    return text.substring(text.indexOf(key) + key.length(), text.length() - 1);
  }
}

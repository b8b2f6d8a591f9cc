package dev.crmcards.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics at the most precise position known (element, annotation, attribute) and
 * counts errors, so a card is generated only when its validation printed none.
 *
 * <p>Errors and warnings are held until {@link #flush()} and then printed in source order (file,
 * then position), whatever order the rules found them in.
 */
public final class Reporter {
  private final Messager messager;
  private final RepeatedAnnotationPositions positions;
  private final List<Held> held = new ArrayList<>();
  /** Per element, how many errors had been reported when its latest one was. */
  private final Map<Element, Integer> errorsOn = new HashMap<>();
  /**
   * What has been printed, by kind, text and position: a rule that runs once per use of a shared
   * declaration (an enum several inputs take) finds the same mistake at the same place each time.
   */
  private final Set<List<Object>> printed = new HashSet<>();
  private int errors;

  /**
   * A diagnostic waiting for {@link #flush()}, with where it points for sorting, and what makes it
   * the same as another.
   */
  private record Held(String file, long position, int sequence, List<Object> identity, Runnable print) {}

  private static final Comparator<Held> SOURCE_ORDER =
      Comparator.comparing(Held::file).thenComparingLong(Held::position).thenComparingInt(Held::sequence);

  public Reporter(Messager messager, RepeatedAnnotationPositions positions) {
    this.messager = messager;
    this.positions = positions;
  }

  /** An error about the compilation as a whole, at no source position. */
  public void error(String message) {
    hold(Diagnostic.Kind.ERROR, message, null, null, null);
  }

  public void error(String message, Element element) {
    hold(Diagnostic.Kind.ERROR, message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    hold(Diagnostic.Kind.ERROR, message, element, annotation, null);
  }

  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    hold(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public void warning(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    hold(Diagnostic.Kind.WARNING, message, element, annotation, value);
  }

  /** Prints a note at once (after {@link #flush() flushing} what is held, so it reads in order). */
  public void note(String message, Element element) {
    flush();
    messager.printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  /**
   * Whether an error has been reported on {@code element} itself since {@link #errorCount()} was
   * {@code errorCount}: a card's own errors, not another card's on a base class they share.
   */
  public boolean hadErrorOnSince(Element element, int errorCount) {
    return errorsOn.getOrDefault(element, 0) > errorCount;
  }

  /** How many errors have been reported so far; compare before and after a card. */
  public int errorCount() {
    return errors;
  }

  /** Prints every held diagnostic, in source order. */
  public void flush() {
    held.sort(SOURCE_ORDER);
    for (Held h : held) {
      if (printed.add(h.identity())) {
        h.print().run();
      }
    }
    held.clear();
  }

  private void hold(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
      if (element != null) {
        errorsOn.put(element, errors);
      }
    }
    String text = "[crmcards] " + message;
    Optional<RepeatedAnnotationPositions.Position> repeated =
        annotation == null ? Optional.empty() : positions.find(element, annotation, value);
    if (repeated.isPresent()) {
      Tree tree = repeated.get().tree();
      CompilationUnitTree file = repeated.get().file();
      held.add(sorted(file, tree, kind, text, () -> positions.trees().printMessage(kind, text, tree, file)));
      return;
    }
    Runnable print;
    if (annotation == null) {
      print = () -> messager.printMessage(kind, text, element);
    } else if (value == null) {
      print = () -> messager.printMessage(kind, text, element, annotation);
    } else {
      print = () -> messager.printMessage(kind, text, element, annotation, value);
    }
    TreePath path = path(element, annotation, value);
    held.add(path == null
        ? unsorted(Arrays.asList(kind, text, element, annotation, value), print)
        : sorted(path.getCompilationUnit(), path.getLeaf(), kind, text, print));
  }

  private TreePath path(Element element, AnnotationMirror annotation, AnnotationValue value) {
    Trees trees = positions.trees();
    if (trees == null) {
      return null;
    }
    try {
      if (annotation == null) {
        return trees.getPath(element);
      }
      return value == null ? trees.getPath(element, annotation) : trees.getPath(element, annotation, value);
    } catch (RuntimeException e) {
      return null; // an element from a class file: no source to sort by
    }
  }

  private Held sorted(CompilationUnitTree file, Tree tree, Diagnostic.Kind kind, String text, Runnable print) {
    long start = positions.trees().getSourcePositions().getStartPosition(file, tree);
    String uri = file.getSourceFile().toUri().toString();
    return new Held(uri, start, held.size(), List.of(kind, text, uri, start), print);
  }

  /** Without a source position: after the positioned ones, in the order reported. */
  private Held unsorted(List<Object> identity, Runnable print) {
    return new Held("\uffff", Long.MAX_VALUE, held.size(), identity, print);
  }
}

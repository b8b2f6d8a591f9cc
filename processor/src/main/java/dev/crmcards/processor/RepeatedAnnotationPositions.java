package dev.crmcards.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;


/**
 * Finds the source of one annotation among repeated ones. javac's Messager cannot place a
 * diagnostic on the second {@code @Action} of a class (it only sees the synthesized container),
 * so we look the annotation up in the syntax tree ourselves. Under compilers without the
 * com.sun.source API this finds nothing and the caller falls back to the Messager.
 */
final class RepeatedAnnotationPositions {
  /** A tree and the file it is in. */
  record Position(Tree tree, CompilationUnitTree file) {}

  private final Trees trees;

  private RepeatedAnnotationPositions(Trees trees) {
    this.trees = trees;
  }

  static RepeatedAnnotationPositions create(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationPositions(Trees.instance(env));
    } catch (RuntimeException | LinkageError e) {
      return new RepeatedAnnotationPositions(null);
    }
  }

  Trees trees() {
    return trees;
  }

  /**
   * The position of {@code annotation} (or of its {@code value}) when it is one of several
   * repeated annotations on {@code element}; empty when javac can place it itself.
   */
  Optional<Position> find(Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (trees == null || element.getAnnotationMirrors().contains(annotation)) {
      return Optional.empty();
    }
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    int index = indexInContainer(element, annotation);
    if (index < 0) {
      return Optional.empty();
    }
    TreePath path = trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof ClassTree classTree)) {
      return Optional.empty();
    }
    int seen = 0;
    for (AnnotationTree tree : classTree.getModifiers().getAnnotations()) {
      if (!lastName(tree.getAnnotationType()).equals(simpleName)) {
        continue;
      }
      if (seen++ == index) {
        Tree target = value == null ? tree : valueTree(tree, annotation, value).orElse(tree);
        return Optional.of(new Position(target, path.getCompilationUnit()));
      }
    }
    return Optional.empty();
  }

  /** Where {@code annotation} stands among the values of the container annotation on {@code element}. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue v : container.getElementValues().values()) {
        if (v.getValue() instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            if (((AnnotationValue) list.get(i)).getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static Optional<Tree> valueTree(AnnotationTree tree, AnnotationMirror annotation, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      int arrayIndex = -1;
      if (e.getValue() != value) {
        if (!(e.getValue().getValue() instanceof List<?> list) || !list.contains(value)) {
          continue;
        }
        arrayIndex = list.indexOf(value);
      }
      for (ExpressionTree argument : tree.getArguments()) {
        if (argument instanceof AssignmentTree assignment
            && lastName(assignment.getVariable()).equals(attribute)) {
          ExpressionTree expression = assignment.getExpression();
          if (arrayIndex >= 0 && expression instanceof NewArrayTree array
              && array.getInitializers() != null && arrayIndex < array.getInitializers().size()) {
            return Optional.of(array.getInitializers().get(arrayIndex));
          }
          return Optional.of(expression);
        }
      }
    }
    return Optional.empty();
  }

  private static String lastName(Tree tree) {
    if (tree instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    String text = tree.toString();
    return text.substring(text.lastIndexOf('.') + 1);
  }

}

package dev.crmcards.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles several units one after the other in this one JVM, through {@code javax.tools}, the way
 * Maven's compiler plugin compiles module after module in its own JVM: javac itself warms up from
 * unit to unit (the processor, loaded afresh for each unit, does not).
 *
 * <p>{@code CompileUnits OUT_DIR CLASSPATH PROCESSOR_JAR|none LIST_FILE...}: each list file names
 * a unit's sources, one per line; with {@code none} the compilation runs with {@code -proc:none}.
 */
public final class CompileUnits {
  private CompileUnits() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: CompileUnits OUT_DIR CLASSPATH PROCESSOR_JAR|none LIST_FILE...");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      for (int i = 3; i < args.length; i++) {
        Path list = Path.of(args[i]);
        String unit = list.getFileName().toString().replaceAll("\\..*", "");
        Path classes = Files.createDirectories(out.resolve(unit).resolve("classes"));
        Path generated = Files.createDirectories(out.resolve(unit).resolve("generated"));
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
            "-nowarn", "-implicit:none", "-cp", args[1], "-d", classes.toString()));
        if (args[2].equals("none")) {
          options.add("-proc:none");
        } else {
          options.addAll(List.of("-processorpath", args[2], "-s", generated.toString()));
        }
        List<Path> sources = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
          if (!line.isBlank()) {
            sources.add(Path.of(line.strip()));
          }
        }
        boolean ok =
            javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
                .call();
        if (!ok) {
          System.err.println("compilation of " + list + " failed");
          System.exit(1);
        }
      }
    }
  }
}

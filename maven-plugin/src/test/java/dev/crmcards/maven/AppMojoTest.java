package dev.crmcards.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app goal on the example build's classes; the invoker projects run it inside Maven. */
class AppMojoTest {
  private static final File EXAMPLES = new File(System.getProperty("crmcards.examples", "../examples/target/classes"));

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  private AppMojo mojo(Path out) {
    AppMojo mojo = new AppMojo();
    mojo.setLog(log);
    mojo.classesDirectory = EXAMPLES;
    mojo.outputDirectory = out.toFile();
    mojo.distribution = "private";
    mojo.platformVersion = "2026.03";
    return mojo;
  }

  @Test
  void writesTheProjectAndRunningAgainChangesNothing() throws Exception {
    Path out = dir.resolve("hubspot-project");
    mojo(out).execute();
    assertThat(out.resolve("hsproject.json")).exists();
    assertThat(out.resolve("src/app/cards/BugTracker-hsmeta.json")).exists();
    assertThat(log.lines).contains("[info] wrote " + out.resolve("hsproject.json"));
    log.lines.clear();
    mojo(out).execute();
    assertThat(log.lines).singleElement().asString().startsWith("[info] 2 card(s) in " + out + " (0 written, ");
  }

  @Test
  void aSettingHubSpotWouldRefuseFailsTheBuildNamingTheParameter() {
    Path out = dir.resolve("hubspot-project");
    AppMojo mojo = mojo(out);
    mojo.platformVersion = "2025.1";
    mojo.localUrl = "http://localhost:8080/demo-fetch";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("HubSpot would refuse this app; nothing was written (2 problems, listed above).");
    // Each problem once, as an error naming the parameter.
    assertThat(log.lines)
        .hasSize(2)
        .anySatisfy(line -> assertThat(line)
            .startsWith("[error] <platformVersion>: platform version \"2025.1\" is not one HubSpot supports"))
        .anySatisfy(line -> assertThat(line).startsWith("[error] <localUrl>: the local proxy maps origins only"));
    assertThat(out).doesNotExist();
  }

  @Test
  void aFileInTheWayNamesTheParameterToChange() throws Exception {
    Path out = dir.resolve("hubspot-project");
    Files.createDirectories(out.resolve("src/app"));
    Files.writeString(out.resolve("src/app/app-hsmeta.json"), "{}");
    assertThatThrownBy(() -> mojo(out).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("refusing to overwrite")
        .hasMessageContaining("choose another <outputDirectory>");
  }

  @Test
  void aModuleWithoutCardsIsToldWhatToDo() {
    AppMojo mojo = mojo(dir.resolve("out"));
    mojo.classesDirectory = dir.resolve("classes").toFile();
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("annotationProcessorPaths")
        .hasMessageContaining("<skip>");
    mojo.skip = true;
    assertThatCode(mojo::execute).doesNotThrowAnyException();
    assertThat(log.lines).containsExactly("[info] crmcards app: skipped");
  }
}

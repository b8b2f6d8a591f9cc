package dev.crmcards.maven;

import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.app.AppBuild;
import dev.crmcards.cli.app.AppChoices;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.app.GeneratedFiles;
import dev.crmcards.cli.app.OptionNames;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.rules.AppProjects;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the HubSpot developer-platform project (app cards) for the module's own cards, as {@code
 * crmcards-cli app} does, with the same checks and re-run rules: {@code hsproject.json}, {@code
 * src/app/app-hsmeta.json}, per card its {@code *-hsmeta.json}, entry point and definition, and
 * crmcards' card UI. A card or setting HubSpot would refuse fails the build, naming the file and
 * JSON path or the parameter, and nothing is written.
 */
@Mojo(name = "app", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class AppMojo extends AbstractMojo {
  /** Where the module's card definitions are: its classes, with {@code META-INF/crmcards/*.json}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  File classesDirectory;

  /** The project folder to write. */
  @Parameter(property = "crmcards.outputDirectory", defaultValue = "${project.build.directory}/hubspot-project", required = true)
  File outputDirectory;

  /** The app's name in HubSpot; by default the only card's title, or "CRM cards". */
  @Parameter(property = "crmcards.appName")
  String appName;

  /** The app's description; by default the cards' titles. */
  @Parameter(property = "crmcards.description")
  String description;

  /** {@code private} (one account, static auth) or {@code marketplace} (OAuth). */
  @Parameter(property = "crmcards.distribution", defaultValue = "private")
  String distribution;

  /** The OAuth redirect URLs of a marketplace app. */
  @Parameter
  List<String> redirectUrls;

  /** Where the app's users get help (required for a marketplace app). */
  @Parameter(property = "crmcards.supportEmail")
  String supportEmail;

  /** The app's support page. */
  @Parameter(property = "crmcards.supportUrl")
  String supportUrl;

  /** The app's documentation. */
  @Parameter(property = "crmcards.documentationUrl")
  String documentationUrl;

  /** The project's HubSpot platform version: 2025.2, 2026.03 or 2026.09. */
  @Parameter(property = "crmcards.platformVersion", defaultValue = AppProjects.PLATFORM_VERSION)
  String platformVersion;

  /**
   * A local server for {@code hs project dev}, such as {@code http://localhost:8080}: also writes
   * {@code src/app/local.json}, mapping every permitted fetch origin to it.
   */
  @Parameter(property = "crmcards.localUrl")
  String localUrl;

  /** Skips the goal, e.g. in a module without cards. */
  @Parameter(property = "crmcards.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("crmcards app: skipped");
      return;
    }
    if (!Files.isDirectory(classesDirectory.toPath().resolve(DefinitionLoader.RESOURCE_DIRECTORY))) {
      throw new MojoFailureException(
          "no card definitions in " + classesDirectory + File.separator + DefinitionLoader.RESOURCE_DIRECTORY
              + ": the app goal runs after compile (mvn package), and the cards are compiled with"
              + " crmcards-processor on the compiler's annotationProcessorPaths; <skip> a module without cards");
    }
    AppChoices choices =
        new AppChoices(
            appName, description, distribution(), redirectUrls, supportEmail, supportUrl, documentationUrl,
            platformVersion, localUrl);
    AppBuild.Result result;
    try {
      result = AppBuild.run(classesDirectory.toPath(), outputDirectory.toPath(), choices, OptionNames.MAVEN);
    } catch (UsageException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    result.notes().forEach(getLog()::warn);
    if (result.refused()) {
      result.problems().forEach(getLog()::error);
      // Each problem is logged once, above; the failure only counts them.
      int count = result.problems().size();
      throw new MojoFailureException("HubSpot would refuse this app; nothing was written (" + count
          + (count == 1 ? " problem" : " problems") + ", listed above).");
    }
    GeneratedFiles.report(result.out(), result.outcome(), getLog()::info);
    getLog().info(result.summary() + " " + result.nextSteps());
  }

  private AppSettings.Distribution distribution() throws MojoFailureException {
    try {
      return AppSettings.Distribution.valueOf(distribution.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "<distribution>: use private (one account, static auth) or marketplace (OAuth), got \""
              + distribution + "\"");
    }
  }
}

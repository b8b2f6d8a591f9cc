package dev.crmcards.cli.app;

import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardViewFile;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.rules.LocalDevelopment;
import dev.crmcards.rules.Urls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code app} does, for the command line and the Maven plugin's {@code app} goal alike:
 * reads a build's card definitions, checks them and the user's choices against HubSpot's rules,
 * and writes the HubSpot project ({@link AppProject}) with the re-run rules of {@link
 * GeneratedFiles}. Nothing is written when anything is wrong.
 */
public final class AppBuild {
  private AppBuild() {}

  /**
   * What a run found and did.
   *
   * @param problems what HubSpot would refuse, one line each naming the file and JSON path or the
   *     option; nothing was written when there is any
   * @param outcome what was written, or {@code null} when there were problems
   * @param notes what the user may not expect of a project written anyway, one line each
   */
  public record Result(
      Path out, List<CardDefinition> cards, AppSettings settings, String localUrl, List<String> problems,
      GeneratedFiles.Outcome outcome, List<String> notes) {
    public Result {
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }

    /** Whether the project was refused, and so not written. */
    public boolean refused() {
      return !problems.isEmpty();
    }

    /** {@code 1 card(s) in <out> (3 written, 40 unchanged, 0 removed).} */
    public String summary() {
      return cards.size() + " card(s) in " + out + " (" + outcome.written().size() + " written, "
          + outcome.unchanged().size() + " unchanged, " + outcome.removed().size() + " removed).";
    }

    /** What to do with the project next: install, then upload, or run it locally with a local URL. */
    public String nextSteps() {
      String install = "npm install in " + out.resolve("src/app/cards");
      if (localUrl == null) {
        return "Next: " + install + ", then hs project upload in " + out + ".";
      }
      return "Next: " + install + ", then CLIENT_SECRET=<the app's client secret> hs project dev in " + out
          + " (its proxy sends the cards' requests to " + Urls.origin(localUrl) + ", signed its own way: that"
          + " server accepts them only with CardSettings.builder().acceptLocalProxy(true), Spring Boot"
          + " crmcards.accept-local-proxy=true), and hs project upload to deploy.";
    }
  }

  /**
   * @param definitions a build output directory, a directory of definitions or a jar
   * @param out the project folder
   * @param names how the user spells the options, for messages
   * @throws UsageException if the definitions or the project folder cannot be read, or a file is
   *     in the way (nothing is written)
   */
  public static Result run(Path definitions, Path out, AppChoices choices, OptionNames names) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException(out + " is a file; " + names.out() + " must be a directory");
    }
    List<CardDefinition> cards = DefinitionLoader.load(definitions);
    AppSettings settings = AppSettings.of(cards, choices);
    List<String> problems = new ArrayList<>();
    Map<String, AppCardView> views = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (CardDefinition card : cards) {
      AppCardView view = AppCardView.of(card, problems);
      views.put(card.name(), view);
      if (view.bytes() == null) {
        notes.add(withoutView(card));
      }
    }
    problems.addAll(AppInput.problems(cards, views, settings, names));
    String localUrl = AppChoices.given(choices.localUrl()).orElse(null);
    if (localUrl != null) {
      LocalDevelopment.localUrlProblem(localUrl).ifPresent(p -> problems.add(names.localUrl() + ": " + p));
    }
    if (!problems.isEmpty()) {
      return new Result(out, cards, settings, localUrl, problems, null, notes);
    }
    SortedMap<String, byte[]> files = AppProject.files(cards, views, settings, CardUiSources.load());
    if (localUrl != null) {
      AppProject.putLocalProxy(files, cards, localUrl);
    }
    GeneratedFiles generated = new GeneratedFiles(out, files, names.out());
    try {
      problems.addAll(UidClashes.in(out, files, generated.stale()));
    } catch (IOException e) {
      throw new UsageException("cannot read " + out + ": " + IoFailures.describe(e), e);
    }
    if (!problems.isEmpty()) {
      return new Result(out, cards, settings, localUrl, problems, null, notes);
    }
    GeneratedFiles.Outcome outcome = generated.write();
    return new Result(out, cards, settings, localUrl, problems, outcome, notes);
  }

  /**
   * A card without a view file is drawn as a card from before views: legacy tiles on the record
   * sidebar. That is right for a definition written by hand or migrated, and a surprise for a
   * card whose view was left behind, whose forms, summary and locations then silently go.
   */
  private static String withoutView(CardDefinition card) {
    return "note: " + card.source() + " has no view beside it (" + CardViewFile.relativePath(card)
        + "), so card '" + card.name() + "' shows as legacy tiles on the record sidebar, without forms or a"
        + " summary. The processor writes each card's view there: give the build's classes folder or jar to"
        + " keep them.";
  }
}

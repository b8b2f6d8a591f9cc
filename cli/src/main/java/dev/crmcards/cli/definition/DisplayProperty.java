package dev.crmcards.cli.definition;

import java.util.List;
import java.util.Optional;

/** One entry of {@code display.properties}: a property every object of the card may fill. */
public record DisplayProperty(
    String name, String label, String dataType, List<StatusOption> options) {
  public DisplayProperty {
    options = List.copyOf(options);
  }

  /** The STATUS option with this name. */
  public Optional<StatusOption> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }
}

package dev.crmcards.processor.read;

import dev.crmcards.Action;
import dev.crmcards.Actions;
import dev.crmcards.CardProperty;
import dev.crmcards.Chart;
import dev.crmcards.CrmCard;
import dev.crmcards.Input;
import dev.crmcards.OptionLabel;
import dev.crmcards.ObjectType;
import dev.crmcards.Statistic;
import dev.crmcards.StatusOption;
import org.mapstruct.tools.gem.GemDefinition;

/**
 * The annotations with attributes that the processor reads. For each, the build writes a typed
 * reader next to this class ({@code CrmCardGem}, {@code ActionGem}, ...): one accessor per
 * attribute, giving the value as written, the declared default and the source position. A new
 * attribute needs no line here; a new annotation needs one.
 */
@GemDefinition(CrmCard.class)
@GemDefinition(ObjectType.class)
@GemDefinition(Action.class)
@GemDefinition(Actions.class)
@GemDefinition(CardProperty.class)
@GemDefinition(StatusOption.class)
@GemDefinition(Statistic.class)
@GemDefinition(Chart.class)
@GemDefinition(Input.class)
@GemDefinition(OptionLabel.class)
final class Gems {
  private Gems() {}
}

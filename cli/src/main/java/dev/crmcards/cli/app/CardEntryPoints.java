package dev.crmcards.cli.app;

/**
 * The entry point of a card component whose card has a view: it hands crmcards' card UI the
 * definition, the view and where HubSpot shows this copy of the card.
 */
final class CardEntryPoints {
  private CardEntryPoints() {}

  static String withView(CardComponent component) {
    String name = AppProject.componentName(component.card());
    String exported = component.entryName() + "Card";
    return "// " + AppProject.GENERATED_NOTE + "\n"
        + "// The card \"" + component.card().name().replaceAll("[\\r\\n]", " ") + "\" at "
        + component.hubspotLocation() + ": its definition and view, rendered by crmcards' card UI.\n"
        + "import { hubspot } from '@hubspot/ui-extensions';\n"
        + "\n"
        + "import { AppCard, type CardHostProps } from './crmcards/AppCard';\n"
        + "import type { CardDefinition } from './crmcards/types';\n"
        + "import type { CardView } from './crmcards/viewTypes';\n"
        + "import definitionJson from './" + name + ".definition.json';\n"
        + "import viewJson from './" + name + ".view.json';\n"
        + "\n"
        + "// Checked against HubSpot's rules by crmcards-cli app before it was written.\n"
        + "const definition = definitionJson as CardDefinition;\n"
        + "// Written by crmcards' annotation processor beside the definition.\n"
        + "const view = viewJson as CardView;\n"
        + "\n"
        + "export const " + exported + " = ({ context, actions }: CardHostProps) => (\n"
        + "  <AppCard definition={definition} view={view} location=\"" + component.location() + "\""
        + " context={context} actions={actions} />\n"
        + ");\n"
        + "\n"
        + "hubspot.extend<'" + component.hubspotLocation() + "'>(({ context, actions }) => (\n"
        + "  <" + exported + " context={context} actions={actions} />\n"
        + "));\n";
  }
}

package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;

/**
 * An action button. The three kinds order their keys differently (as in HubSpot's example), so
 * each is its own class. Jackson writes each by its runtime class, {@code type} being an ordinary
 * field; dsl-json writes {@code type} as the discriminator of this interface.
 */
@CompiledJson(discriminator = "type")
public interface ActionDto {}

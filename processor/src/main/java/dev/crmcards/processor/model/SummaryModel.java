package dev.crmcards.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A card's summary class ({@code CrmCard.summary}): what the handler's {@code summary(request)}
 * returns, its figures and its charts, each in member order.
 */
public record SummaryModel(TypeName type, List<StatisticModel> statistics, List<ChartModel> charts) {}

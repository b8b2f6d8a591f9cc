/**
 * Plain data classes mirroring the v1 data-fetch response, annotated for Jackson databind and for
 * dsl-json's compile-time converters, so that both write the same JSON as the generated card
 * writer: same keys, same order, absent values left out, {@code link} written even when null.
 *
 * <p>They hold the wire values already worked out (action URIs with the object's id filled in,
 * actions chosen by ticket state); {@link dev.crmcards.benchmarks.GuideDtos} builds them from the
 * tickets once, outside the measured code.
 */
package dev.crmcards.benchmarks.dto;

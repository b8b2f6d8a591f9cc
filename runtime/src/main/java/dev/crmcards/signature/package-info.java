/**
 * HubSpot request signatures (v1, v2, v3): verification with a configurable policy, and signing
 * for tests and tools. Needs no servlet API.
 *
 * <pre>{@code
 * SignatureVerifier verifier = SignatureVerifier.builder().secret(clientSecret).build();
 * try {
 *   verifier.verify(method, urlAsRequested, rawBody, headerLookup);
 * } catch (SignatureException e) {
 *   // answer 401; e.getMessage() is safe to log
 * }
 * }</pre>
 */
package dev.crmcards.signature;

package dev.crmcards.benchmarks;

import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.RawRequest;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.util.Map;

/**
 * The request the pipeline benchmarks send: the data fetch of HubSpot's guide to the example's
 * bug-tracker card, signed for the card's declared fetch URL, and a pipeline that answers it.
 */
final class GuideFetch {
  static final String SECRET = "benchmark-secret";

  /** HubSpot's example request, as the guide gives it, for the card's declared fetch URL. */
  static final String URL =
      "https://www.example.com/demo-fetch?userId=12345&userEmail=loggedinuser@hubspot.com"
          + "&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654"
          + "&firstname=Tim&email=timrobinson@itysl.com&lastname=Robinson";

  private GuideFetch() {}

  /**
   * The benchmarks' settings: their secret, and v2 alone verifying too, unlike the default, since
   * they measure v2 beside v3 (a v3 request is judged by v3 first either way).
   */
  static CardSettings.Builder settings() {
    return CardSettings.builder().clientSecret(SECRET).requireV3(false);
  }

  /** The bug-tracker card's pipeline with {@code settings} ({@link #settings()} and more). */
  static CardPipeline pipeline(CardSettings.Builder settings) {
    return CardPipeline.create(
        settings.build(),
        BugTicketCrmCard.routes(new BugTrackerHandler(TicketStore.withGuideTickets())));
  }

  /** The guide's fetch, signed with {@code version}; checks that {@code pipeline} answers 200. */
  static RawRequest signedRequest(CardPipeline pipeline, SignatureVersion version) {
    return signedRequest(pipeline, URL, version);
  }

  /** A fetch of {@code url}, signed with {@code version}; checks that {@code pipeline} answers 200. */
  static RawRequest signedRequest(CardPipeline pipeline, String url, SignatureVersion version) {
    Map<String, String> headers =
        SignatureVerifier.signedHeaders(
            SECRET, "GET", url, new byte[0], System.currentTimeMillis(), version);
    RawRequest request = RawRequest.of("GET", url, headers, new byte[0]);
    int status = pipeline.handle(request).status();
    if (status != 200) {
      throw new IllegalStateException("the benchmark request is answered " + status);
    }
    return request;
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.deploy.ApiClient;
import dev.crmcards.cli.deploy.ApiVersion;
import dev.crmcards.cli.deploy.CardsApi;
import dev.crmcards.cli.deploy.Credentials;
import dev.crmcards.cli.deploy.RetryPolicy;
import dev.crmcards.rules.Urls;
import java.net.URI;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the commands that call HubSpot's card-definition API for an app; the credential
 * comes from the environment ({@link Credentials#fromEnvironment}).
 */
final class HubSpotApiOptions {
  @Option(names = "--app-id", required = true, paramLabel = "N", description = "The HubSpot app's id.")
  int appId;

  @Option(
      names = "--api-base",
      paramLabel = "URL",
      defaultValue = "https://api.hubapi.com",
      description = "HubSpot's API origin (default: ${DEFAULT-VALUE}).")
  String apiBase;

  @Option(
      names = "--api-version",
      paramLabel = "2026-03|v3",
      defaultValue = "2026-03",
      converter = VersionConverter.class,
      description = "Which of HubSpot's API paths to call: 2026-03 (/crm/extensions/cards-dev/2026-03/...,"
          + " the default) or v3 (/crm/v3/extensions/cards-dev/..., unsupported from September 2027).")
  ApiVersion apiVersion;

  /**
   * The app's cards API, authenticated from the environment, waiting as {@code cli} does.
   *
   * @throws UsageException for a bad --api-base or missing credentials
   */
  CardsApi open(CrmCardsCli cli, Credentials credentials) {
    requireId("--app-id", appId);
    if (!Urls.isHttpUrl(apiBase)) {
      throw new UsageException("--api-base must be an http(s) URL, got " + apiBase);
    }
    if (Urls.isPlainHttpOffThisMachine(URI.create(apiBase))) {
      // The key goes in the query and the token in a header: never in the clear over a network.
      throw new UsageException("--api-base must use https, since every call carries "
          + credentials.variable() + "; plain http only for a server on this machine, got " + apiBase);
    }
    ApiClient client =
        new ApiClient(apiBase, credentials, RetryPolicy.DEFAULT, cli.clock(), cli.sleeper(), cli.err()::println);
    return new CardsApi(client, apiVersion, appId);
  }

  /**
   * HubSpot's ids are positive: a zero or negative one is a typo, told before any call goes out
   * rather than as HubSpot's 404.
   *
   * @throws UsageException if {@code id} is not positive
   */
  static void requireId(String option, long id) {
    if (id <= 0) {
      throw new UsageException(option + " must be a HubSpot id, a whole number above 0, got " + id);
    }
  }

  static final class VersionConverter implements ITypeConverter<ApiVersion> {
    @Override
    public ApiVersion convert(String value) {
      try {
        return ApiVersion.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

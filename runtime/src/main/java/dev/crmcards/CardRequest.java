package dev.crmcards;

import dev.crmcards.rules.RequestParameterNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What HubSpot tells a card about the record being viewed and the user viewing it: the parameters
 * common to data fetch ({@link FetchRequest}) and action hook ({@link ActionRequest}) requests.
 *
 * <p>The five default parameters, {@code userId}, {@code userEmail}, {@code associatedObjectId},
 * {@code associatedObjectType} and {@code portalId}, are required; {@code appId} is optional (only
 * HubSpot's app-card converter sends it). Every other parameter is a record property the card asked
 * for ({@code propertiesToSend}, or an action's {@code associatedObjectProperties}) and is available
 * through {@link #property(String)} and {@link #properties()}.
 *
 * <p>Instances are immutable.
 */
public abstract sealed class CardRequest permits FetchRequest, ActionRequest {

  static final String USER_ID = RequestParameterNames.USER_ID;
  static final String USER_EMAIL = RequestParameterNames.USER_EMAIL;
  static final String ASSOCIATED_OBJECT_ID = RequestParameterNames.ASSOCIATED_OBJECT_ID;
  static final String ASSOCIATED_OBJECT_TYPE = RequestParameterNames.ASSOCIATED_OBJECT_TYPE;
  static final String PORTAL_ID = RequestParameterNames.PORTAL_ID;
  static final String APP_ID = RequestParameterNames.APP_ID;

  /**
   * The parameters with accessors of their own, which {@link #properties()} leaves out.
   */
  static final List<String> NAMED = RequestParameterNames.ALL;

  private final long userId;
  private final String userEmail;
  private final long associatedObjectId;
  private final String associatedObjectType;
  private final long portalId;
  private final Long appId;
  /** The record properties, decoded when first asked for. */
  private final RequestValues parameters;

  /**
   * Reads the parameters.
   *
   * @throws InvalidRequestException if a default parameter is missing or malformed
   */
  CardRequest(RequestValues parameters) {
    this.userId = RequestParameters.requiredLong(parameters, USER_ID);
    this.userEmail = RequestParameters.required(parameters, USER_EMAIL);
    this.associatedObjectId = RequestParameters.requiredLong(parameters, ASSOCIATED_OBJECT_ID);
    this.associatedObjectType = RequestParameters.required(parameters, ASSOCIATED_OBJECT_TYPE);
    this.portalId = RequestParameters.requiredLong(parameters, PORTAL_ID);
    this.appId = RequestParameters.optionalLong(parameters, APP_ID);
    this.parameters = parameters;
  }

  /** The HubSpot user id of the person viewing the record ({@code userId}). */
  public long userId() {
    return userId;
  }

  /** The e-mail address of the person viewing the record ({@code userEmail}). */
  public String userEmail() {
    return userEmail;
  }

  /** The id of the record the card is shown on ({@code associatedObjectId}). */
  public long associatedObjectId() {
    return associatedObjectId;
  }

  /**
   * The type of the record, as sent ({@code associatedObjectType}): {@code CONTACT}, {@code
   * COMPANY}, {@code DEAL} or {@code TICKET}; see {@link CrmObjectType#requestName()}.
   */
  public String associatedObjectType() {
    return associatedObjectType;
  }

  /** The HubSpot account ({@code portalId}). */
  public long portalId() {
    return portalId;
  }

  /** The app id ({@code appId}); sent by HubSpot's app-card converter, not by legacy cards. */
  public OptionalLong appId() {
    return appId == null ? OptionalLong.empty() : OptionalLong.of(appId);
  }

  /** A record property that was sent with the request, if present. */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties().get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Every parameter other than the defaults and {@code appId}, in the order received; unmodifiable.
   */
  public Map<String, String> properties() {
    return parameters.properties();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    CardRequest that = (CardRequest) other;
    return userId == that.userId
        && associatedObjectId == that.associatedObjectId
        && portalId == that.portalId
        && userEmail.equals(that.userEmail)
        && associatedObjectType.equals(that.associatedObjectType)
        && Objects.equals(appId, that.appId)
        && properties().equals(that.properties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        userId, userEmail, associatedObjectId, associatedObjectType, portalId, appId, properties());
  }

  /**
   * Ids, type and the names of the properties; leaves out the e-mail address and property values,
   * which are personal data.
   */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "[" + details()
        + "portalId=" + portalId
        + ", userId=" + userId
        + ", associatedObjectType=" + associatedObjectType
        + ", associatedObjectId=" + associatedObjectId
        + (appId == null ? "" : ", appId=" + appId)
        + ", properties=" + properties().keySet()
        + "]";
  }

  /** Extra leading {@link #toString()} details of a subclass, ending in ", " when not empty. */
  String details() {
    return "";
  }
}

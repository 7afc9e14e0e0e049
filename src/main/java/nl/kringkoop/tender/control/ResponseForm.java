package nl.kringkoop.tender.control;

import java.util.List;
import nl.kringkoop.platform.money.Money;

/**
 * A supplier's submission as JSON: {@code kind} PITCH (default) with vision, expertise, innovation
 * and references, optionally for one lot and with partner firms as a consortium; or OFFER with a
 * price and a description of the final offer. A formed consortium's lead names the consortium
 * ({@code consortiumId}) instead of listing partners: they are taken from the consortium.
 */
public class ResponseForm {
  public String kind;
  public Long lotId;
  public List<Long> partnerIds;
  public Long consortiumId;
  public String vision;
  public String expertise;
  public String innovation;
  public String references;
  public Money price;
  public String offer;

  public boolean isOffer() {
    return kind != null && "OFFER".equalsIgnoreCase(kind.strip());
  }
}

package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;

/**
 * What the tender resources share: who calls (or nobody), in which language, and how a tender is
 * written out with its advice and published CPV codes.
 */
@ApplicationScoped
public class TenderApi {

  @Inject Accounts accounts;

  @Inject Tenders tenders;

  @Inject CpvCatalogue cpv;

  @Inject TenderResponses responses;

  /** The signed-in caller; 401 without a valid token. */
  public SignedInCaller caller(SecurityContext security) {
    return accounts.caller(security.getUserPrincipal());
  }

  /** The caller, or null for an anonymous request to a public resource. */
  public SignedInCaller callerOrAnonymous(SecurityContext security) {
    return accounts.optionalCaller(security.getUserPrincipal()).orElse(null);
  }

  public Locale locale(HttpHeaders headers) {
    return Messages.preferred(headers.getAcceptableLanguages());
  }

  /** The tender in full for the buyer's staff, as the market sees it for everyone else. */
  public TenderView view(Tender tender, HttpHeaders headers, SignedInCaller caller) {
    TenderView.Audience audience =
        TenderAccess.isBuyerStaff(tender, caller)
            ? TenderView.Audience.BUYER
            : responses.participations(tender, caller).isEmpty()
                ? TenderView.Audience.MARKET
                : TenderView.Audience.PARTICIPANT;
    return TenderView.of(
        tender,
        audience,
        () -> tenders.advice(tender, tenders.now()).orElse(null),
        this::published,
        locale(headers));
  }

  private String published(CpvCode code) {
    return cpv.entry(code).map(CpvList.Entry::published).orElse(code.digits());
  }
}

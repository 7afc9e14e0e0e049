package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.EntryPitch;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Suppliers' entries and final offers. A firm has one response per tender, which it leads (alone or
 * for a consortium of up to four firms). Offers are sealed: until the offer deadline their content
 * leaves the server for nobody but the firm that wrote it.
 */
@ApplicationScoped
@Transactional
public class TenderResponses {

  static final int TEXT_MAX = 4000;
  static final int OFFER_MAX = 8000;
  static final int PARTNERS_MAX = 3;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Tenders tenders;

  @Inject TenderTrail trail;

  /** Stores or replaces the caller's pitch or offer, depending on the form's kind. */
  public TenderResponse submit(long tenderId, ResponseForm form, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Tender tender = tenders.visible(tenderId, caller);
    return form.isOffer() ? offer(tender, form, caller) : pitch(tender, form, caller);
  }

  private TenderResponse pitch(Tender tender, ResponseForm form, SignedInCaller caller) {
    Instant now = clock.instant();
    requireEntryOpen(tender, now);
    FieldChecks checks = new FieldChecks();
    EntryPitch pitch =
        new EntryPitch(
            checks.text("vision", form.vision, TEXT_MAX, true),
            checks.text("expertise", form.expertise, TEXT_MAX, true),
            checks.text("innovation", form.innovation, TEXT_MAX, false),
            checks.text("references", form.references, TEXT_MAX, false));
    Lot lot = lot(tender, form.lotId, checks);
    Set<Long> partners = partners(form.partnerIds, caller.organisationId(), checks);
    checks.throwIfAny();
    Optional<TenderResponse> existing = ownResponse(tender, caller.organisationId());
    TenderResponse response;
    if (existing.isPresent()) {
      response = existing.get();
      boolean sameLot =
          form.lotId == null || response.lot().map(l -> l.id().equals(form.lotId)).orElse(false);
      boolean samePartners = form.partnerIds == null || response.partnerIds().equals(partners);
      if (!sameLot || !samePartners) {
        throw new ProblemException(ProblemType.PHASE_CONFLICT, "response.refused.membersFixed");
      }
      response.repitch(pitch, now);
    } else {
      requireNotTakingPartYet(tender, caller.organisationId(), partners);
      Organisation supplier = em.find(Organisation.class, caller.organisationId());
      response = new TenderResponse(tender, supplier, lot, partners, pitch, now);
      em.persist(response);
    }
    em.flush();
    trail.record(tender, caller, "PITCH_SUBMITTED", "response " + response.id());
    return response;
  }

  private TenderResponse offer(Tender tender, ResponseForm form, SignedInCaller caller) {
    Instant now = clock.instant();
    TenderResponse response =
        ownResponse(tender, caller.organisationId())
            .filter(r -> r.isLedBy(caller.organisationId()))
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.PHASE_CONFLICT, "response.refused.notSelected"));
    if (!tender.acceptsOffers(now)) {
      throw new ProblemException(
          ProblemType.DEADLINE_PASSED,
          tender.status() == TenderStatus.OFFERS
              ? "response.refused.offersClosed"
              : "response.refused.notOfferPhase");
    }
    FieldChecks checks = new FieldChecks();
    BigDecimal price = checks.money("price", form.price, true);
    checks.require(price == null || price.signum() > 0, "price", "tender.field.positiveAmount");
    String text = checks.text("offer", form.offer, OFFER_MAX, true);
    checks.throwIfAny();
    response.offer(price, text, now);
    em.flush();
    trail.record(tender, caller, "OFFER_SUBMITTED", "response " + response.id() + " (sealed)");
    return response;
  }

  public TenderResponse withdraw(long tenderId, long responseId, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    TenderResponse response = response(tenderId, responseId, caller);
    if (!response.isLedBy(caller.organisationId())) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    response.withdraw(clock.instant());
    em.flush();
    trail.record(response.tender(), caller, "RESPONSE_WITHDRAWN", "response " + responseId);
    return response;
  }

  /** The buyer's selection of a pitch during the selection phase. */
  public TenderResponse select(
      long tenderId, long responseId, boolean selected, String note, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    TenderResponse response = inTender(tender, responseId);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("note", note, TEXT_MAX, false);
    checks.throwIfAny();
    response.decideSelection(selected, why, clock.instant());
    em.flush();
    trail.record(
        tender,
        caller,
        selected ? "CANDIDATE_SELECTED" : "CANDIDATE_NOT_SELECTED",
        "response " + responseId);
    return response;
  }

  /**
   * The responses the caller may see: all of them for the buyer's staff, otherwise only the
   * caller's own (as lead or partner).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TenderResponse> visibleResponses(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    return TenderAccess.isBuyerStaff(tender, caller) ? all(tender) : participations(tender, caller);
  }

  /** The responses the caller's firm takes part in, as lead or partner (none when anonymous). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TenderResponse> participations(Tender tender, SignedInCaller caller) {
    return all(tender).stream().filter(r -> isParticipant(r, caller)).toList();
  }

  /** One response for its own firm or the buyer's staff; 404 for anyone else. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TenderResponse response(long tenderId, long responseId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    TenderResponse response = inTender(tender, responseId);
    if (!TenderAccess.isBuyerStaff(tender, caller) && !isParticipant(response, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return response;
  }

  /**
   * The offer's content. Its own firm may always read it; the buyer's staff once the offer deadline
   * has passed and the offers were opened by starting the evaluation (an audited act).
   */
  public TenderResponse openOffer(long tenderId, long responseId, SignedInCaller caller) {
    TenderResponse response = response(tenderId, responseId, caller);
    Tender tender = response.tender();
    if (isParticipant(response, caller)) {
      return response;
    }
    Instant now = clock.instant();
    if (tender.offersSealed(now)) {
      throw new ProblemException(
          ProblemType.OFFER_SEALED, "response.refused.sealed", tender.offerDeadline().orElse(null));
    }
    if (tender.offersOpenedAt().isEmpty()) {
      throw new ProblemException(ProblemType.OFFER_SEALED, "response.refused.notOpened");
    }
    return response;
  }

  public static boolean isParticipant(TenderResponse response, SignedInCaller caller) {
    return caller != null && response.isFrom(caller.organisationId());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TenderResponse> all(Tender tender) {
    return em.createQuery(
            "select r from TenderResponse r where r.tender = :tender order by r.id",
            TenderResponse.class)
        .setParameter("tender", tender)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TenderResponse> ownResponse(Tender tender, long organisationId) {
    return em.createQuery(
            "select r from TenderResponse r where r.tender = :tender and r.supplier.id = :org",
            TenderResponse.class)
        .setParameter("tender", tender)
        .setParameter("org", organisationId)
        .getResultStream()
        .findFirst();
  }

  /** A firm takes part once per tender: as a lead or as a partner, never both or twice. */
  private void requireNotTakingPartYet(Tender tender, long lead, Set<Long> partners) {
    Set<Long> firms = new TreeSet<>(partners);
    firms.add(lead);
    if (!responding(tender, firms).isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, "response.refused.alreadyTakingPart");
    }
  }

  /** Which of the firms already respond to the tender, as lead or as partner of a response. */
  public Set<Long> responding(Tender tender, Set<Long> firms) {
    Set<Long> taken = new TreeSet<>();
    taken.addAll(
        em.createQuery(
                "select r.supplier.id from TenderResponse r"
                    + " where r.tender = :tender and r.supplier.id in :firms",
                Long.class)
            .setParameter("tender", tender)
            .setParameter("firms", firms)
            .getResultList());
    taken.addAll(
        em.createQuery(
                "select p from TenderResponse r join r.partnerIds p"
                    + " where r.tender = :tender and p in :firms",
                Long.class)
            .setParameter("tender", tender)
            .setParameter("firms", firms)
            .getResultList());
    return taken;
  }

  TenderResponse inTender(Tender tender, long responseId) {
    TenderResponse response = em.find(TenderResponse.class, responseId);
    if (response == null || !response.tender().id().equals(tender.id())) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return response;
  }

  private static void requireEntryOpen(Tender tender, Instant now) {
    if (!tender.acceptsEntries(now)) {
      throw new ProblemException(
          tender.status() == TenderStatus.PUBLISHED
              ? ProblemType.DEADLINE_PASSED
              : ProblemType.PHASE_CONFLICT,
          "response.refused.entryClosed");
    }
  }

  private static Lot lot(Tender tender, Long lotId, FieldChecks checks) {
    if (lotId == null) {
      return null;
    }
    Optional<Lot> lot = tender.lot(lotId);
    checks.require(lot.isPresent(), "lotId", "response.field.lot");
    return lot.orElse(null);
  }

  private Set<Long> partners(List<Long> written, long lead, FieldChecks checks) {
    Set<Long> partners = new TreeSet<>();
    if (written == null) {
      return partners;
    }
    checks.require(written.size() <= PARTNERS_MAX, "partnerIds", "field.tooMany", PARTNERS_MAX);
    for (int i = 0; i < written.size(); i++) {
      Long id = written.get(i);
      Organisation partner = id == null ? null : em.find(Organisation.class, id);
      boolean valid =
          partner != null
              && partner.kind() == OrganisationKind.SUPPLIER
              && !partner.isRemoved()
              && id != lead;
      checks.require(valid, "partnerIds[" + i + "]", "response.field.partner");
      if (valid) {
        partners.add(id);
      }
    }
    return partners;
  }
}

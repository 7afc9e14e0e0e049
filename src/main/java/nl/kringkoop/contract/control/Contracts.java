package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractOrigin;
import nl.kringkoop.contract.entity.ContractStatus;
import nl.kringkoop.contract.entity.ContractTerms;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.platform.web.StaleChange;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The entry point of the contract component: an officer enters a contract for a purchase made
 * elsewhere, or turns an award into contracts (one per winning offer, with the winner alone or the
 * consortium it leads), changes the terms and closes it. Every change checks the caller and the
 * buyer, compares the version the officer started from, is audited under the contract and told to
 * the contracted firms, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class Contracts {

  public static final String OBJECT_TYPE = "CONTRACT";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject ContractFinder finder;

  @Inject ContractNotices notices;

  @Inject Tenders tenders;

  @Inject AwardContracts award;

  @Inject AuditLog audit;

  @Inject Spend spend;

  /** An officer of a municipality enters a contract made outside the platform. */
  public Contract create(ContractForm form, SignedInCaller caller) {
    Organisation buyer = buyerOf(caller);
    Instant now = clock.instant();
    ContractRules.Agreement agreement = rules(buyer.id(), null).agreement(form, now);
    Tender tender =
        agreement.tenderId() == null ? null : em.find(Tender.class, agreement.tenderId());
    Contract contract =
        new Contract(
            buyer, agreement.terms(), tender, ContractOrigin.MANUAL, caller.username(), now);
    contract.coverLots(agreement.lotIds());
    agreement
        .parties()
        .forEach(p -> contract.share(firm(p.supplierId()), p.role(), p.sharePercent()));
    store(contract);
    record(contract, caller, "CONTRACT_CREATED", describe(contract));
    notices.created(contract);
    return contract;
  }

  /**
   * Turns an awarded tender into its contracts ({@link AwardContracts}). Refused (409) when the
   * tender is not awarded or a winning offer already has its contract.
   */
  public List<Contract> fromAward(long tenderId, AwardForm form, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    TenderAccess.requireBuyerOfficer(tender, caller);
    if (tender.status() != TenderStatus.AWARDED) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "contract.refused.notAwarded");
    }
    List<TenderResponse> winners = award.winners(tender);
    if (winners.isEmpty()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "contract.refused.noWinner");
    }
    if (award.isSettled(winners)) {
      throw new ProblemException(ProblemType.CONFLICT, "contract.refused.alreadyContracted");
    }
    ContractRules.AwardTerms awarded = rules(tender.buyer().id(), null).award(form);
    Instant now = clock.instant();
    List<Contract> made = new ArrayList<>();
    for (TenderResponse winner : winners) {
      Contract contract = award.draw(tender, winner, awarded, caller.username(), now);
      store(contract);
      made.add(contract);
    }
    for (Contract contract : made) {
      record(contract, caller, "CONTRACT_CREATED", describe(contract));
      notices.created(contract);
    }
    return made;
  }

  /** The officer changes the agreed terms, from the version they started from. */
  public Contract change(long id, ContractForm form, SignedInCaller caller) {
    requireVersionGiven(form.version);
    Contract contract = forBuyerOfficer(id, caller, form.version);
    requireActive(contract);
    ContractTerms terms =
        rules(contract.buyer().id(), contract.id()).change(form, contract.signedAt());
    boolean reclassified =
        !terms.department().equals(contract.department())
            || !Objects.equals(terms.rStrategy(), contract.rStrategy().orElse(null));
    contract.apply(terms, clock.instant());
    store(contract);
    if (reclassified) {
      spend.reclassify(contract);
    }
    record(contract, caller, "CONTRACT_CHANGED", describe(contract));
    return contract;
  }

  /** The officer records the contract as completed or terminated early; the firms are told. */
  public Contract close(long id, CloseForm form, SignedInCaller caller) {
    requireVersionGiven(form.version);
    Contract contract = forBuyerOfficer(id, caller, form.version);
    ContractStatus ending = ending(form.status);
    requireActive(contract);
    contract.close(ending, clock.instant());
    store(contract);
    record(contract, caller, "CONTRACT_CLOSED", ending.name());
    notices.closed(contract);
    return contract;
  }

  private static ContractStatus ending(String text) {
    String written = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (written.equals(ContractStatus.COMPLETED.name())) {
      return ContractStatus.COMPLETED;
    }
    if (written.equals(ContractStatus.TERMINATED.name())) {
      return ContractStatus.TERMINATED;
    }
    throw ProblemException.invalid(
        List.of(
            new InvalidField(
                "status", written.isEmpty() ? "field.required" : "contract.field.ending")));
  }

  private static void requireVersionGiven(Long version) {
    if (version == null) {
      throw ProblemException.invalid(List.of(new InvalidField("version", "field.required")));
    }
  }

  /** Today in Dutch local time, by the application's clock: what overdue is judged against. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockProducer.DISPLAY_ZONE);
  }

  /** The officer of the buyer, at the version they started from; 404/403/409 otherwise. */
  Contract forBuyerOfficer(long id, SignedInCaller caller, Long version) {
    Contract contract = finder.visible(id, caller);
    if (!ContractFinder.isBuyerOfficer(contract, caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "contract.refused.notBuyerOfficer");
    }
    requireVersion(contract, version);
    return contract;
  }

  static void requireVersion(Contract contract, Long version) {
    if (version != null && version != contract.version()) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
  }

  static void requireActive(Contract contract) {
    if (contract.status() != ContractStatus.ACTIVE) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "contract.refused.closed");
    }
  }

  private Organisation buyerOf(SignedInCaller caller) {
    if (caller == null || !caller.hasRole(Role.OFFICER)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    Organisation buyer = em.find(Organisation.class, caller.organisationId());
    if (buyer == null || buyer.kind() != OrganisationKind.MUNICIPALITY) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return buyer;
  }

  /** Writes the change now, so that a lost race for a reference or an offer is a 409. */
  private void store(Contract contract) {
    try {
      if (contract.id() == null) {
        em.persist(contract);
      }
      em.flush();
    } catch (PersistenceException clash) {
      if (StaleChange.causedBy(clash)) {
        throw ProblemException.of(ProblemType.STALE_VERSION);
      }
      throw new ProblemException(ProblemType.CONFLICT, "contract.refused.clash");
    }
  }

  private Organisation firm(long id) {
    return em.find(Organisation.class, id);
  }

  private boolean isActiveSupplier(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    return organisation != null
        && organisation.kind() == OrganisationKind.SUPPLIER
        && !organisation.isRemoved();
  }

  private Optional<Set<Long>> tenderLots(long buyerId, long tenderId) {
    Tender tender = em.find(Tender.class, tenderId);
    if (tender == null || !tender.isBoughtBy(buyerId)) {
      return Optional.empty();
    }
    Set<Long> lots = new TreeSet<>();
    tender.lots().forEach(l -> lots.add(l.id()));
    return Optional.of(lots);
  }

  private ContractRules rules(long buyerId, Long contractId) {
    return new ContractRules(
        this::isActiveSupplier,
        reference -> finder.referenceTaken(buyerId, reference, contractId),
        tenderId -> tenderLots(buyerId, tenderId));
  }

  static String describe(Contract contract) {
    return contract.reference()
        + " ("
        + contract.origin()
        + ", EUR "
        + contract.value().toPlainString()
        + "): "
        + contract.parties().stream()
            .map(p -> p.firm().id() + " " + p.role() + " " + p.sharePercent() + "%")
            .collect(Collectors.joining(", "));
  }

  void record(Contract contract, SignedInCaller caller, String action, String detail) {
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), action)
            .about(OBJECT_TYPE, contract.id())
            .withDetail(detail));
  }
}

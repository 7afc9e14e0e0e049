package nl.kringkoop.opendata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractParty;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.opendata.control.TenderProcess.Clarifications;
import nl.kringkoop.opendata.control.TenderProcess.Place;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.supplier.entity.SupplierProfile;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Reads a published tender's process from the database: the tender, its responses, and once it is
 * awarded its contracts and their paid invoices, with the firms, places and CPV labels they name.
 */
@ApplicationScoped
public class TenderProcesses {

  /** Published tenders that were published or changed in a period (what a release shows). */
  private static final String CHANGED =
      " from Tender t where t.publishedAt is not null and ("
          + "(t.publishedAt >= :from and t.publishedAt < :to)"
          + " or (t.updatedAt >= :from and t.updatedAt < :to)"
          + " or exists (select c.id from Contract c where c.tender = t"
          + " and c.updatedAt >= :from and c.updatedAt < :to)"
          + " or exists (select m.id from Milestone m where m.contract.tender = t"
          + " and m.updatedAt >= :from and m.updatedAt < :to)"
          + " or exists (select s.id from SpendRecord s where s.contract.tender = t"
          + " and s.paidOn is not null and s.updatedAt >= :from and s.updatedAt < :to)"
          + " or exists (select q.id from Question q where q.tender = t"
          + " and q.publishedAt >= :from and q.publishedAt < :to))";

  @PersistenceContext EntityManager em;

  @Inject CpvCatalogue cpv;

  /** The process of a tender that was published; empty for drafts and unknown ids. */
  public Optional<TenderProcess> published(long tenderId) {
    return Optional.ofNullable(em.find(Tender.class, tenderId))
        .filter(tender -> tender.publishedAt().isPresent())
        .map(this::load);
  }

  /** Ids of the published tenders changed in [from, to), in id order, one page of them. */
  public List<Long> changed(Instant from, Instant to, int firstResult, int maxResults) {
    return between(em.createQuery("select t.id" + CHANGED + " order by t.id", Long.class), from, to)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }

  public long countChanged(Instant from, Instant to) {
    return between(em.createQuery("select count(t)" + CHANGED, Long.class), from, to)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> between(TypedQuery<T> query, Instant from, Instant to) {
    return query.setParameter("from", from).setParameter("to", to);
  }

  private TenderProcess load(Tender tender) {
    List<TenderResponse> responses =
        em.createQuery(
                "select r from TenderResponse r where r.tender = :tender order by r.id",
                TenderResponse.class)
            .setParameter("tender", tender)
            .getResultList();
    boolean awarded = tender.status() == TenderStatus.AWARDED;
    List<Contract> contracts =
        awarded
            ? em.createQuery(
                    "select c from Contract c where c.tender = :tender order by c.id",
                    Contract.class)
                .setParameter("tender", tender)
                .getResultList()
            : List.of();
    List<SpendRecord> invoices =
        awarded
            ? em.createQuery(
                    "select s from SpendRecord s where s.contract.tender = :tender"
                        + " and s.paidOn is not null order by s.paidOn, s.id",
                    SpendRecord.class)
                .setParameter("tender", tender)
                .getResultList()
            : List.of();
    Map<Long, Organisation> firms = firms(responses, contracts, invoices);
    return new TenderProcess(
        tender,
        responses,
        firms,
        profiles(firms.keySet()),
        places(tender.buyer(), firms.values()),
        cpvLabels(tender),
        contracts,
        invoices,
        clarifications(tender));
  }

  private Map<Long, Organisation> firms(
      List<TenderResponse> responses, List<Contract> contracts, List<SpendRecord> invoices) {
    Map<Long, Organisation> firms = new HashMap<>();
    Set<Long> partners = new HashSet<>();
    for (TenderResponse response : responses) {
      firms.put(response.supplier().id(), response.supplier());
      partners.addAll(response.partnerIds());
    }
    contracts.stream()
        .flatMap(c -> c.parties().stream())
        .map(ContractParty::firm)
        .forEach(firm -> firms.put(firm.id(), firm));
    invoices.stream()
        .flatMap(i -> i.shares().stream())
        .map(SpendShare::recipient)
        .forEach(firm -> firms.put(firm.id(), firm));
    partners.removeAll(firms.keySet());
    if (!partners.isEmpty()) {
      em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
          .setParameter("ids", partners)
          .getResultList()
          .forEach(firm -> firms.put(firm.id(), firm));
    }
    return firms;
  }

  private Map<Long, SupplierProfile> profiles(Collection<Long> firmIds) {
    if (firmIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select p from SupplierProfile p where p.id in :ids", SupplierProfile.class)
        .setParameter("ids", firmIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(SupplierProfile::id, Function.identity()));
  }

  private Map<String, Place> places(Organisation buyer, Collection<Organisation> firms) {
    Set<String> codes = new HashSet<>();
    buyer.location().ifPresent(code -> codes.add(code.value()));
    firms.forEach(firm -> firm.location().ifPresent(code -> codes.add(code.value())));
    if (codes.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select m from Municipality m where m.code in :codes", Municipality.class)
        .setParameter("codes", codes)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(
                m -> m.code().value(), m -> new Place(m.name(), m.region().province().name())));
  }

  private Map<String, String> cpvLabels(Tender tender) {
    Set<CpvCode> codes = new HashSet<>(tender.cpvCodes());
    tender.lots().stream().map(Lot::cpvCodes).forEach(codes::addAll);
    Map<String, String> labels = new HashMap<>();
    for (CpvCode code : codes) {
      cpv.entry(code)
          .ifPresent(entry -> labels.put(code.digits(), cpv.label(entry, Messages.DUTCH)));
    }
    return labels;
  }

  private Optional<Clarifications> clarifications(Tender tender) {
    List<Instant> published =
        em.createQuery(
                "select q.publishedAt from Question q where q.tender = :tender"
                    + " and q.publishedAt is not null order by q.publishedAt",
                Instant.class)
            .setParameter("tender", tender)
            .getResultList();
    return published.isEmpty()
        ? Optional.empty()
        : Optional.of(new Clarifications(published.get(0), published.get(published.size() - 1)));
  }
}

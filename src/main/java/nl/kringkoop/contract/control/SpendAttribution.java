package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractParty;
import nl.kringkoop.contract.entity.Locality;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * Attributes invoices to the firms that earned them: the contract's parties by their share, each
 * part with what reporting classifies it by as the firm is now (where it is based seen from the
 * buyer, its COROP region, its size class and whether it is a social enterprise). A firm without a
 * supplier profile counts as large and not social: nothing is claimed for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpendAttribution {

  @PersistenceContext EntityManager em;

  /** Replaces the invoice's shares with a fresh attribution of its amount. */
  public void attribute(SpendRecord record) {
    record.attribute(recipients(record.contract()).parts(record.invoice().amount()));
  }

  /** The contract's parties with their facts, ready to split any amount of the contract. */
  public Recipients recipients(Contract contract) {
    List<ContractParty> parties = contract.parties();
    if (parties.isEmpty()) {
      throw new IllegalStateException("Contract " + contract.id() + " has no parties");
    }
    Set<String> codes = new HashSet<>();
    location(contract.buyer()).ifPresent(codes::add);
    parties.forEach(p -> location(p.firm()).ifPresent(codes::add));
    Map<String, Place> places = places(codes);
    Place buyer = placeOf(contract.buyer(), places);
    Map<Long, Profile> profiles = profiles(parties);
    List<Recipient> recipients = new ArrayList<>(parties.size());
    for (ContractParty party : parties) {
      Place place = placeOf(party.firm(), places);
      Profile profile = profiles.getOrDefault(party.firm().id(), Profile.NONE);
      recipients.add(
          new Recipient(
              party.firm(),
              party.sharePercent(),
              place.seenFrom(buyer),
              place.region(),
              profile.size(),
              profile.social()));
    }
    return new Recipients(recipients);
  }

  private static java.util.Optional<String> location(Organisation organisation) {
    return organisation.location().map(MunicipalityCode::value);
  }

  private static Place placeOf(Organisation organisation, Map<String, Place> places) {
    return location(organisation)
        .map(code -> places.getOrDefault(code, new Place(code, null, null)))
        .orElse(Place.UNKNOWN);
  }

  private Map<String, Place> places(Set<String> codes) {
    Map<String, Place> places = new HashMap<>();
    if (codes.isEmpty()) {
      return places;
    }
    em.createQuery(
            "select m.code, r.code, r.province.code from Municipality m join m.region r"
                + " where m.code in :codes",
            Object[].class)
        .setParameter("codes", codes)
        .getResultStream()
        .forEach(
            row ->
                places.put(
                    (String) row[0], new Place((String) row[0], (String) row[1], (String) row[2])));
    return places;
  }

  private Map<Long, Profile> profiles(List<ContractParty> parties) {
    List<Long> ids = parties.stream().map(p -> p.firm().id()).toList();
    Map<Long, Profile> profiles = new HashMap<>();
    em.createQuery(
            "select p.id, p.sizeClass, p.socialEnterprise from SupplierProfile p"
                + " where p.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(
            row -> profiles.put((Long) row[0], new Profile((SizeClass) row[1], (Boolean) row[2])));
    return profiles;
  }

  /** What a firm's profile says about its size and social purpose. */
  private record Profile(SizeClass size, boolean social) {
    static final Profile NONE = new Profile(SizeClass.LARGE, false);
  }

  /** One party of a contract with the facts its part of each invoice is classified by. */
  public record Recipient(
      Organisation firm,
      BigDecimal sharePercent,
      Locality locality,
      String region,
      SizeClass sizeClass,
      boolean socialEnterprise) {}

  /** A contract's recipients in the order the contract lists them. */
  public record Recipients(List<Recipient> list) {

    public Recipients {
      list = List.copyOf(list);
    }

    /** The amount split over the recipients by share, adding up to the amount exactly. */
    public List<SpendShare.Part> parts(BigDecimal amount) {
      List<BigDecimal> amounts =
          ShareSplit.split(amount, list.stream().map(Recipient::sharePercent).toList());
      List<SpendShare.Part> parts = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Recipient r = list.get(i);
        parts.add(
            new SpendShare.Part(
                r.firm(),
                amounts.get(i),
                r.locality(),
                r.region(),
                r.sizeClass(),
                r.socialEnterprise()));
      }
      return parts;
    }
  }
}

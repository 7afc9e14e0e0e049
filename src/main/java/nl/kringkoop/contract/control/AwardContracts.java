package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractOrigin;
import nl.kringkoop.contract.entity.ContractTerms;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.partnership.control.ConsortiumFinder;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.ConsortiumMember;
import nl.kringkoop.partnership.entity.MemberRole;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * What an award turns into: one contract per winning offer, for the offer's lot (or the whole
 * tender), worth the offered price, with the winner as SOLE party or, when it leads the formed
 * consortium it pitched as, with that consortium's firms and agreed shares.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AwardContracts {

  private static final String LOT_SEPARATOR = " – ";

  @Inject TenderResponses responses;

  @Inject ConsortiumFinder consortia;

  @Inject ContractFinder finder;

  /** The winning offers of the tender that have a price, oldest first. */
  public List<TenderResponse> winners(Tender tender) {
    return responses.all(tender).stream()
        .filter(r -> r.outcome().orElse(null) == AwardOutcome.WINNER)
        .filter(r -> r.offerPrice().isPresent())
        .toList();
  }

  /** Whether the tender is awarded and none of its winning offers has its contract yet. */
  public boolean areDue(Tender tender) {
    if (tender.status() != TenderStatus.AWARDED) {
      return false;
    }
    List<TenderResponse> winners = winners(tender);
    return !winners.isEmpty() && !isSettled(winners);
  }

  public boolean isSettled(List<TenderResponse> winners) {
    return finder.anySettles(winners.stream().map(TenderResponse::id).toList());
  }

  /** The unsaved contract for one winning offer. */
  Contract draw(
      Tender tender,
      TenderResponse winner,
      ContractRules.AwardTerms awarded,
      String by,
      Instant now) {
    Optional<Lot> lot = winner.lot();
    ContractTerms terms =
        new ContractTerms(
            reference(tender, winner),
            clip(tender.title() + lot.map(l -> LOT_SEPARATOR + l.title()).orElse("")),
            awarded.department(),
            winner.offerPrice().orElseThrow().setScale(2),
            awarded.rStrategy(),
            awarded.startsOn(),
            awarded.endsOn(),
            now);
    Contract contract = new Contract(tender.buyer(), terms, tender, ContractOrigin.AWARD, by, now);
    contract.settles(winner.id());
    contract.coverLots(
        lot.map(l -> Set.of(l.id()))
            .orElseGet(() -> tender.lots().stream().map(Lot::id).collect(Collectors.toSet())));
    Optional<Consortium> consortium =
        consortia
            .formedLedBy(tender.id(), winner.supplier().id())
            .filter(c -> c.partnerIds().equals(winner.partnerIds()));
    if (consortium.isPresent()) {
      for (ConsortiumMember member : consortium.get().members()) {
        PartyRole role = member.role() == MemberRole.LEAD ? PartyRole.LEAD : PartyRole.MEMBER;
        contract.share(member.organisation(), role, member.sharePercent());
      }
    } else {
      contract.share(winner.supplier(), PartyRole.SOLE, ContractRules.WHOLE.setScale(2));
    }
    return contract;
  }

  /** T&lt;tender&gt; or T&lt;tender&gt;-L&lt;lot&gt;; the offer's id is added when taken. */
  private String reference(Tender tender, TenderResponse winner) {
    String reference = "T" + tender.id() + winner.lot().map(l -> "-L" + l.ordinal()).orElse("");
    if (finder.referenceTaken(tender.buyer().id(), reference, null)) {
      reference = reference + "-" + winner.id();
    }
    return reference;
  }

  private static String clip(String title) {
    return title.length() <= Contract.TITLE_MAX ? title : title.substring(0, Contract.TITLE_MAX);
  }
}

package nl.kringkoop.opendata.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.supplier.entity.SupplierProfile;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * Everything the platform knows about one tender's contracting process, confidential parts
 * included: {@link ReleaseWriter} decides what of it may be published in which phase.
 *
 * @param firms every firm taking part (responders, consortium partners, contract parties, payees)
 *     by organisation id
 * @param profiles the registry profiles of those firms by organisation id
 * @param places municipalities by CBS code, for the addresses of the buyer and the firms
 * @param cpvLabels a label per 8-digit CPV code of the tender and its lots
 * @param contracts the contracts concluded for the tender
 * @param invoices invoices on those contracts
 * @param clarifications when answers to questions were published, if ever
 */
public record TenderProcess(
    Tender tender,
    List<TenderResponse> responses,
    Map<Long, Organisation> firms,
    Map<Long, SupplierProfile> profiles,
    Map<String, Place> places,
    Map<String, String> cpvLabels,
    List<Contract> contracts,
    List<SpendRecord> invoices,
    Optional<Clarifications> clarifications) {

  public TenderProcess {
    responses = List.copyOf(responses);
    firms = Map.copyOf(firms);
    profiles = Map.copyOf(profiles);
    places = Map.copyOf(places);
    cpvLabels = Map.copyOf(cpvLabels);
    contracts = List.copyOf(contracts);
    invoices = List.copyOf(invoices);
  }

  /** A municipality as an address: its name and province. */
  public record Place(String name, String province) {}

  /** The first and the latest publication of answers in the nota van inlichtingen. */
  public record Clarifications(Instant first, Instant latest) {}
}

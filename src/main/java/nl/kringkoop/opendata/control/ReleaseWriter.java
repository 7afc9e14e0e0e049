package nl.kringkoop.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractStatus;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Writes one tender's process as a single OCDS release of its current state (planning, tender,
 * awards, contracts and their implementation together). Its date is the last change to anything it
 * publishes; its id is the ocid with a fingerprint of the content, so the same state always gives
 * the same id and every change a new one. Plain Java: what may be published is decided here.
 */
public final class ReleaseWriter {

  private final OcdsSettings settings;

  public ReleaseWriter(OcdsSettings settings) {
    this.settings = settings;
  }

  /** A written release and the moment it describes. */
  public record Release(JsonObject json, Instant date) {}

  public Release write(TenderProcess process) {
    Tender tender = process.tender();
    if (tender.publishedAt().isEmpty()) {
      throw new IllegalArgumentException("Tender " + tender.id() + " was never published");
    }
    // Each section registers the parties it names with their roles, so the list comes last.
    Parties parties = new Parties(process);
    Party buyer = parties.buyer();
    JsonObject tenderJson = new TenderSection(process, parties, settings).build();
    AwardSection awards = new AwardSection(process, parties);
    List<TenderResponse> winners = awards.winners();
    List<JsonObject> awardJson = awards.build();
    ContractSection contracts = new ContractSection(process, parties, winners);
    List<JsonObject> contractJson = contracts.build();
    Instant date = lastChange(process, contracts);
    String ocid = settings.ocid(tender.id());
    JsonObject content =
        new OcdsObject()
            .text("ocid", ocid)
            .date("date", date)
            .texts("tag", tags(tender, contracts))
            .text("initiationType", "tender")
            .objects("parties", parties.toJson())
            .object("buyer", OcdsObject.reference(buyer))
            .object(
                "planning",
                new OcdsObject()
                    .object("budget", new OcdsObject().money("amount", tender.maxBudget())))
            .object("tender", tenderJson)
            .objects("awards", awardJson)
            .objects("contracts", contractJson)
            .text("language", "nl")
            .build();
    return new Release(withId(content, ocid + "-" + fingerprint(content)), date);
  }

  private static List<String> tags(Tender tender, ContractSection contracts) {
    if (tender.status() == TenderStatus.CANCELLED) {
      return List.of("tenderCancellation");
    }
    List<String> tags = new ArrayList<>(List.of("tender"));
    if (tender.status() != TenderStatus.AWARDED) {
      return tags;
    }
    tags.add("award");
    List<Contract> published = contracts.published();
    if (!published.isEmpty()) {
      tags.add("contract");
    }
    if (published.stream()
        .anyMatch(c -> !c.milestones().isEmpty() || !contracts.paid(c).isEmpty())) {
      tags.add("implementation");
    }
    if (published.stream().anyMatch(c -> c.status() != ContractStatus.ACTIVE)) {
      tags.add("contractTermination");
    }
    return tags;
  }

  /** The latest moment anything published in the release changed. */
  private static Instant lastChange(TenderProcess process, ContractSection contracts) {
    Tender tender = process.tender();
    Stream<Instant> tenderChanges =
        Stream.of(tender.updatedAt(), tender.statusChangedAt(), tender.publishedAt().orElseThrow());
    Stream<Instant> answers =
        process.clarifications().stream().map(TenderProcess.Clarifications::latest);
    Stream<Instant> contractChanges =
        contracts.published().stream()
            .flatMap(
                contract ->
                    Stream.concat(
                        Stream.concat(
                            Stream.of(contract.updatedAt()),
                            contract.milestones().stream().map(Milestone::updatedAt)),
                        contracts.paid(contract).stream().map(SpendRecord::updatedAt)));
    return Stream.of(tenderChanges, answers, contractChanges)
        .flatMap(s -> s)
        .max(Instant::compareTo)
        .orElseThrow();
  }

  private static JsonObject withId(JsonObject content, String id) {
    JsonObjectBuilder release = Json.createObjectBuilder().add("ocid", content.get("ocid"));
    release.add("id", id);
    content.forEach(
        (name, value) -> {
          if (!"ocid".equals(name)) {
            release.add(name, value);
          }
        });
    return release.build();
  }

  private static String fingerprint(JsonObject content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every Java platform has SHA-256", missing);
    }
  }
}

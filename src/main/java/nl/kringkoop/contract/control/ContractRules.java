package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractTerms;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * The rules of what an officer writes for a contract: reference (unique for the buyer), title and
 * department within their lengths, a value in euros above 0, a period that does not end before it
 * starts, and one to four active supplier firms, each named once, either one SOLE firm or one LEAD
 * with MEMBERs, whose shares add up to exactly 100 percent. Every mistake is reported at once, by
 * field. Plain Java, table-tested.
 */
public final class ContractRules {

  public static final int PARTIES_MAX = 4;
  public static final BigDecimal WHOLE = new BigDecimal("100");
  private static final int DECIMALS = 2;

  private final LongPredicate activeSupplier;
  private final Predicate<String> referenceTaken;
  private final LongFunction<Optional<Set<Long>>> buyerTenderLots;

  /**
   * @param activeSupplier whether an organisation id is a supplier that has not left
   * @param referenceTaken whether another contract of the buyer has this reference (any case)
   * @param buyerTenderLots the lot ids of a tender of the buyer; empty when it is not theirs
   */
  public ContractRules(
      LongPredicate activeSupplier,
      Predicate<String> referenceTaken,
      LongFunction<Optional<Set<Long>>> buyerTenderLots) {
    this.activeSupplier = activeSupplier;
    this.referenceTaken = referenceTaken;
    this.buyerTenderLots = buyerTenderLots;
  }

  /** A firm in a valid contract. */
  public record Party(long supplierId, PartyRole role, BigDecimal sharePercent) {}

  /** A valid manual contract: its terms, the tender and lots it belongs to, and its parties. */
  public record Agreement(
      ContractTerms terms, Long tenderId, Set<Long> lotIds, List<Party> parties) {}

  /** What an officer adds to an award: department, period and strategy, all valid. */
  public record AwardTerms(
      String department, RStrategy rStrategy, LocalDate startsOn, LocalDate endsOn) {}

  public Agreement agreement(ContractForm form, Instant now) {
    FieldChecks checks = new FieldChecks();
    ContractTerms terms = terms(form, now, checks);
    Set<Long> lots = tender(form.tenderId, form.lotIds, checks);
    List<Party> parties = parties(form.parties, checks);
    checks.throwIfAny();
    return new Agreement(terms, form.tenderId, lots, parties);
  }

  /** The terms of a change; {@code signedBefore} stays when the form leaves signedAt out. */
  public ContractTerms change(ContractForm form, Instant signedBefore) {
    FieldChecks checks = new FieldChecks();
    ContractTerms terms = terms(form, signedBefore, checks);
    checks.throwIfAny();
    return terms;
  }

  public AwardTerms award(AwardForm form) {
    FieldChecks checks = new FieldChecks();
    String department = checks.text("department", form.department, Contract.DEPARTMENT_MAX, true);
    RStrategy strategy = strategy(form.rStrategy, checks);
    LocalDate[] period = period(form.startsOn, form.endsOn, checks);
    checks.throwIfAny();
    return new AwardTerms(department, strategy, period[0], period[1]);
  }

  private ContractTerms terms(ContractForm form, Instant signedDefault, FieldChecks checks) {
    String reference = checks.text("reference", form.reference, Contract.REFERENCE_MAX, true);
    checks.require(
        reference == null || !referenceTaken.test(reference),
        "reference",
        "contract.field.referenceTaken");
    String title = checks.text("title", form.title, Contract.TITLE_MAX, true);
    String department = checks.text("department", form.department, Contract.DEPARTMENT_MAX, true);
    BigDecimal value = checks.money("value", form.value, true);
    if (value != null && value.signum() <= 0) {
      checks.add("value", "contract.field.value");
      value = null;
    }
    RStrategy strategy = strategy(form.rStrategy, checks);
    LocalDate[] period = period(form.startsOn, form.endsOn, checks);
    Instant signed = signedAt(form.signedAt, signedDefault, checks);
    if (!checks.isEmpty()) {
      return null;
    }
    return new ContractTerms(
        reference,
        title,
        department,
        value.setScale(DECIMALS),
        strategy,
        period[0],
        period[1],
        signed);
  }

  private Set<Long> tender(Long tenderId, List<Long> lotIds, FieldChecks checks) {
    List<Long> written = lotIds == null ? List.of() : lotIds;
    Set<Long> lots = new LinkedHashSet<>();
    if (tenderId == null) {
      checks.require(written.isEmpty(), "lotIds", "contract.field.lotsWithoutTender");
      return lots;
    }
    Optional<Set<Long>> tenderLots = buyerTenderLots.apply(tenderId);
    if (tenderLots.isEmpty()) {
      checks.add("tenderId", "contract.field.tender");
      return lots;
    }
    for (int i = 0; i < written.size(); i++) {
      Long lot = written.get(i);
      boolean valid = lot != null && tenderLots.get().contains(lot);
      checks.require(valid, "lotIds[" + i + "]", "contract.field.lot");
      if (valid) {
        lots.add(lot);
      }
    }
    return lots;
  }

  List<Party> parties(List<ContractForm.PartyEntry> entries, FieldChecks checks) {
    List<ContractForm.PartyEntry> written = entries == null ? List.of() : entries;
    checks.require(
        !written.isEmpty() && written.size() <= PARTIES_MAX,
        "parties",
        "contract.field.partiesCount",
        PARTIES_MAX);
    List<Party> parties = new ArrayList<>();
    Set<Long> named = new HashSet<>();
    List<PartyRole> roles = new ArrayList<>();
    List<BigDecimal> shares = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      ContractForm.PartyEntry entry = written.get(i);
      String at = "parties[" + i + "].";
      if (entry == null) {
        checks.add("parties[" + i + "]", "field.required");
        roles.add(null);
        shares.add(null);
        continue;
      }
      Long firm = firm(at + "supplierId", entry.supplierId, named, checks);
      PartyRole role = role(at + "role", entry.role, checks);
      BigDecimal share = share(at + "sharePercent", entry.sharePercent, checks);
      roles.add(role);
      shares.add(share);
      if (firm != null && role != null && share != null) {
        parties.add(new Party(firm, role, share));
      }
    }
    if (!written.isEmpty() && roles.stream().allMatch(r -> r != null)) {
      checks.require(consistent(roles), "parties", "contract.field.roles");
    }
    if (!written.isEmpty() && shares.stream().allMatch(s -> s != null)) {
      BigDecimal total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      checks.require(
          total.compareTo(WHOLE) == 0,
          "shares",
          "contract.field.sharesTotal",
          total.stripTrailingZeros().toPlainString());
    }
    return parties;
  }

  /** One SOLE firm alone, or exactly one LEAD with one or more MEMBERs. */
  static boolean consistent(List<PartyRole> roles) {
    long sole = roles.stream().filter(r -> r == PartyRole.SOLE).count();
    long leads = roles.stream().filter(r -> r == PartyRole.LEAD).count();
    if (sole > 0) {
      return roles.size() == 1;
    }
    return leads == 1 && roles.size() > 1;
  }

  private Long firm(String field, Long id, Set<Long> named, FieldChecks checks) {
    if (id == null) {
      checks.add(field, "field.required");
      return null;
    }
    if (!activeSupplier.test(id)) {
      checks.add(field, "contract.field.party");
      return null;
    }
    if (!named.add(id)) {
      checks.add(field, "contract.field.duplicate");
      return null;
    }
    return id;
  }

  private static PartyRole role(String field, String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      checks.add(field, "field.required");
      return null;
    }
    try {
      return PartyRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      checks.add(field, "contract.field.role");
      return null;
    }
  }

  private static BigDecimal share(String field, BigDecimal percent, FieldChecks checks) {
    if (percent == null) {
      checks.add(field, "field.required");
      return null;
    }
    if (!isValidShare(percent)) {
      checks.add(field, "contract.field.share");
      return null;
    }
    return percent.setScale(DECIMALS);
  }

  /** More than 0, at most 100, at most two decimals. */
  public static boolean isValidShare(BigDecimal percent) {
    return percent != null
        && percent.signum() > 0
        && percent.compareTo(WHOLE) <= 0
        && percent.stripTrailingZeros().scale() <= DECIMALS;
  }

  private static RStrategy strategy(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<RStrategy> strategy = RStrategy.parse(text);
    checks.require(strategy.isPresent(), "rStrategy", "field.rStrategy", text.strip());
    return strategy.orElse(null);
  }

  /** Start and end, both required, the end not before the start. */
  private static LocalDate[] period(String starts, String ends, FieldChecks checks) {
    LocalDate from = date("startsOn", starts, checks);
    LocalDate to = date("endsOn", ends, checks);
    if (from != null && to != null && to.isBefore(from)) {
      checks.add("endsOn", "field.dateOrder");
    }
    return new LocalDate[] {from, to};
  }

  static LocalDate date(String field, String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      checks.add(field, "field.required");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notIso) {
      checks.add(field, "field.date", text.strip());
      return null;
    }
  }

  private static Instant signedAt(String text, Instant otherwise, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return ZonedDateTime.parse(value).toInstant();
      } catch (DateTimeParseException notZoned) {
        checks.add("signedAt", "contract.field.signedAt", value);
        return null;
      }
    }
  }
}

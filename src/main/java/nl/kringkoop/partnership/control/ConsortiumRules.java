package nl.kringkoop.partnership.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.WorkShare;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * The rules of what a lead writes: one to three partners, each a registered, active supplier other
 * than the lead and named once, a work package and a share for every firm, and shares that add up
 * to exactly 100 percent. Every mistake is reported at once, by field. Plain Java, table-tested.
 */
public final class ConsortiumRules {

  private final LongPredicate activeSupplier;

  /** {@code activeSupplier}: whether an organisation id is a supplier that has not left. */
  public ConsortiumRules(LongPredicate activeSupplier) {
    this.activeSupplier = activeSupplier;
  }

  /** A valid proposal: the lead's share and the partners' by organisation id, in written order. */
  public record Proposal(WorkShare lead, Map<Long, WorkShare> partners) {}

  /** A valid replacement: the firm invited instead, its share, and new shares of the others. */
  public record Replacement(long supplierId, WorkShare share, Map<Long, BigDecimal> reshares) {}

  public Proposal proposal(ConsortiumForm form, long leadId) {
    FieldChecks checks = new FieldChecks();
    WorkShare lead =
        share(
            "leadWorkPackage",
            form.leadWorkPackage,
            "leadSharePercent",
            form.leadSharePercent,
            checks);
    List<ConsortiumForm.PartnerEntry> written = form.partners == null ? List.of() : form.partners;
    checks.require(
        !written.isEmpty() && written.size() <= Consortium.PARTNERS_MAX,
        "partners",
        "consortium.field.partnersCount",
        Consortium.PARTNERS_MAX);
    List<BigDecimal> shares = new ArrayList<>();
    shares.add(form.leadSharePercent);
    Map<Long, WorkShare> partners = new LinkedHashMap<>();
    Set<Long> named = new HashSet<>();
    for (int i = 0; i < written.size(); i++) {
      ConsortiumForm.PartnerEntry entry = written.get(i);
      String at = "partners[" + i + "].";
      if (entry == null) {
        checks.add("partners[" + i + "]", "field.required");
        shares.add(null);
        continue;
      }
      Long firm = firm(at + "supplierId", entry.supplierId, leadId, named, checks);
      WorkShare share =
          share(
              at + "workPackage",
              entry.workPackage,
              at + "sharePercent",
              entry.sharePercent,
              checks);
      shares.add(entry.sharePercent);
      if (firm != null && share != null) {
        partners.put(firm, share);
      }
    }
    requireWhole(shares, checks);
    checks.throwIfAny();
    return new Proposal(lead, partners);
  }

  /**
   * Checks a replacement against the members that remain once the declining firm has gone ({@code
   * remaining}: organisation id to current share, the lead included).
   */
  public Replacement replacement(
      ReplacementForm form, Map<Long, BigDecimal> remaining, long leadId) {
    FieldChecks checks = new FieldChecks();
    Long newcomer =
        firm("supplierId", form.supplierId, leadId, new HashSet<>(remaining.keySet()), checks);
    WorkShare share =
        share("workPackage", form.workPackage, "sharePercent", form.sharePercent, checks);
    Map<Long, BigDecimal> after = new LinkedHashMap<>(remaining);
    Map<Long, BigDecimal> reshares = new LinkedHashMap<>();
    List<ReplacementForm.ShareEntry> written = form.shares == null ? List.of() : form.shares;
    for (int i = 0; i < written.size(); i++) {
      ReplacementForm.ShareEntry entry = written.get(i);
      String at = "shares[" + i + "].";
      Long firm = entry == null ? null : entry.supplierId;
      boolean member = firm != null && remaining.containsKey(firm);
      checks.require(member, at + "supplierId", "consortium.field.notMember");
      checks.require(
          !member || !reshares.containsKey(firm), at + "supplierId", "consortium.field.duplicate");
      BigDecimal percent = entry == null ? null : entry.sharePercent;
      boolean valid = WorkShare.isValidPercent(percent);
      checks.require(valid, at + "sharePercent", "consortium.field.share");
      if (member && valid && !reshares.containsKey(firm)) {
        reshares.put(firm, percent);
        after.put(firm, percent);
      }
    }
    if (reshares.size() == written.size()) {
      List<BigDecimal> shares = new ArrayList<>(after.values());
      shares.add(form.sharePercent);
      requireWhole(shares, checks);
    }
    checks.throwIfAny();
    return new Replacement(newcomer, share, reshares);
  }

  private Long firm(String field, Long id, long leadId, Set<Long> named, FieldChecks checks) {
    if (id == null) {
      checks.add(field, "field.required");
      return null;
    }
    if (id == leadId || !activeSupplier.test(id)) {
      checks.add(field, "consortium.field.partner");
      return null;
    }
    if (!named.add(id)) {
      checks.add(field, "consortium.field.duplicate");
      return null;
    }
    return id;
  }

  private static WorkShare share(
      String packageField,
      String workPackage,
      String shareField,
      BigDecimal percent,
      FieldChecks checks) {
    String text = checks.text(packageField, workPackage, WorkShare.WORK_PACKAGE_MAX, true);
    boolean given = percent != null;
    checks.require(given, shareField, "field.required");
    boolean valid = WorkShare.isValidPercent(percent);
    checks.require(!given || valid, shareField, "consortium.field.share");
    return text != null && valid ? new WorkShare(text, percent) : null;
  }

  /** Only when every share is valid does their total say something. */
  private static void requireWhole(List<BigDecimal> shares, FieldChecks checks) {
    if (shares.stream().allMatch(WorkShare::isValidPercent)) {
      BigDecimal total = Consortium.total(shares);
      checks.require(
          total.compareTo(WorkShare.WHOLE) == 0, "shares", "consortium.field.sharesTotal", total);
    }
  }
}

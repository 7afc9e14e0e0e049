package nl.kringkoop.partnership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.kringkoop.partnership.control.ConsortiumForm.PartnerEntry;
import nl.kringkoop.partnership.control.ReplacementForm.ShareEntry;
import nl.kringkoop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsortiumRulesTest {

  private static final long LEAD = 1;
  private static final long REMOVED_FIRM = 9;
  private static final Set<Long> SUPPLIERS = Set.of(LEAD, 2L, 3L, 4L, 5L);

  private final ConsortiumRules rules = new ConsortiumRules(SUPPLIERS::contains);

  @Test
  void aLeadWithTwoPartnersWhoseSharesAddUpTo100IsAProposal() {
    ConsortiumRules.Proposal proposal =
        rules.proposal(form("50", partner(3, "Sloop", "30"), partner(2, "Herbouw", "20")), LEAD);

    assertEquals("Ontwerp en regie", proposal.lead().workPackage());
    assertEquals(new BigDecimal("50.00"), proposal.lead().percent());
    assertEquals(List.of(3L, 2L), List.copyOf(proposal.partners().keySet()), "in written order");
    assertEquals(new BigDecimal("20.00"), proposal.partners().get(2L).percent());
  }

  @Test
  void sharesMayHaveTwoDecimals() {
    ConsortiumRules.Proposal proposal =
        rules.proposal(
            form("33.34", partner(2, "Sloop", "33.33"), partner(3, "Herbouw", "33.33")), LEAD);

    assertEquals(new BigDecimal("33.34"), proposal.lead().percent());
  }

  static Stream<Arguments> wrongProposals() {
    return Stream.of(
        wrong("shares add up to 90", form("40", partner(2, "Sloop", "50")), "shares"),
        wrong("shares add up to 110", form("60", partner(2, "Sloop", "50")), "shares"),
        wrong("no partner", form("100"), "partners"),
        wrong(
            "four partners",
            form(
                "20",
                partner(2, "A", "20"),
                partner(3, "B", "20"),
                partner(4, "C", "20"),
                partner(5, "D", "20")),
            "partners"),
        wrong(
            "a partner twice",
            form("40", partner(2, "Sloop", "30"), partner(2, "Herbouw", "30")),
            "partners[1].supplierId"),
        wrong(
            "the lead as its own partner",
            form("40", partner(LEAD, "Sloop", "60")),
            "partners[0].supplierId"),
        wrong(
            "no supplier (a removed firm, a municipality)",
            form("40", partner(REMOVED_FIRM, "Sloop", "60")),
            "partners[0].supplierId"),
        wrong(
            "a partner without id",
            form("40", partner(null, "Sloop", "60")),
            "partners[0].supplierId"),
        wrong(
            "a share of nothing",
            form("100", partner(2, "Sloop", "0")),
            "partners[0].sharePercent"),
        wrong(
            "a negative share",
            form("100", partner(2, "Sloop", "-10")),
            "partners[0].sharePercent"),
        wrong(
            "three decimals",
            form("59.995", partner(2, "Sloop", "40.005")),
            "leadSharePercent",
            "partners[0].sharePercent"),
        wrong("more than 100", form("100.01", partner(2, "Sloop", "1")), "leadSharePercent"),
        wrong("no share", form(null, partner(2, "Sloop", "60")), "leadSharePercent"),
        wrong("no work package", form("40", partner(2, "  ", "60")), "partners[0].workPackage"),
        wrong(
            "a work package of 501 characters",
            form("40", partner(2, "x".repeat(501), "60")),
            "partners[0].workPackage"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongProposals")
  void aWrongProposalIsRefusedNamingTheField(
      String why, ConsortiumForm form, List<String> expectedFields) {
    assertEquals(expectedFields, fieldsOf(() -> rules.proposal(form, LEAD)), why);
  }

  private static Arguments wrong(String why, ConsortiumForm form, String... expectedFields) {
    return Arguments.of(why, form, List.of(expectedFields));
  }

  @Test
  void everyMistakeIsReportedAtOnceAndTheTotalOnlyWhenEveryShareIsValid() {
    ConsortiumForm form = form("0", partner(2, "", "30"), null);
    form.leadWorkPackage = null;

    assertEquals(
        List.of("leadWorkPackage", "leadSharePercent", "partners[0].workPackage", "partners[1]"),
        fieldsOf(() -> rules.proposal(form, LEAD)));
  }

  @Test
  void aReplacementInvitesAnotherFirmAndMayReGiveTheShares() {
    ReplacementForm form = replacement(4, "Herbouw", "35", share(LEAD, "45"));

    ConsortiumRules.Replacement replacement = rules.replacement(form, remaining(), LEAD);

    assertEquals(4, replacement.supplierId());
    assertEquals(new BigDecimal("35.00"), replacement.share().percent());
    assertEquals(Map.of(LEAD, new BigDecimal("45")), replacement.reshares());
  }

  static Stream<Arguments> wrongReplacements() {
    return Stream.of(
        Arguments.of("shares add up to 95", replacement(4, "Herbouw", "25"), "shares"),
        Arguments.of("a firm already in it", replacement(3, "Herbouw", "30"), "supplierId"),
        Arguments.of("the lead", replacement(LEAD, "Herbouw", "30"), "supplierId"),
        Arguments.of(
            "new shares for a firm not in it",
            replacement(4, "Herbouw", "30", share(5, "10")),
            "shares[0].supplierId"),
        Arguments.of(
            "one firm re-shared twice",
            replacement(4, "Herbouw", "20", share(LEAD, "40"), share(LEAD, "40")),
            "shares[1].supplierId"),
        Arguments.of(
            "a new share of nothing",
            replacement(4, "Herbouw", "30", share(3, "0")),
            "shares[0].sharePercent"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongReplacements")
  void aWrongReplacementIsRefusedNamingTheField(
      String why, ReplacementForm form, String expectedField) {
    assertEquals(
        List.of(expectedField), fieldsOf(() -> rules.replacement(form, remaining(), LEAD)), why);
  }

  /** The lead (50%) and firm 3 (20%) remain after firm 2 (30%) declined. */
  private static Map<Long, BigDecimal> remaining() {
    Map<Long, BigDecimal> remaining = new LinkedHashMap<>();
    remaining.put(LEAD, new BigDecimal("50.00"));
    remaining.put(3L, new BigDecimal("20.00"));
    return remaining;
  }

  private static ConsortiumForm form(String leadShare, PartnerEntry... partners) {
    ConsortiumForm form = new ConsortiumForm();
    form.leadWorkPackage = "Ontwerp en regie";
    form.leadSharePercent = leadShare == null ? null : new BigDecimal(leadShare);
    form.partners = new ArrayList<>(Arrays.asList(partners));
    return form;
  }

  private static PartnerEntry partner(Long id, String workPackage, String share) {
    return new PartnerEntry(id, workPackage, new BigDecimal(share));
  }

  private static PartnerEntry partner(long id, String workPackage, String share) {
    return partner(Long.valueOf(id), workPackage, share);
  }

  private static ReplacementForm replacement(
      long id, String workPackage, String share, ShareEntry... shares) {
    ReplacementForm form = new ReplacementForm();
    form.supplierId = id;
    form.workPackage = workPackage;
    form.sharePercent = new BigDecimal(share);
    form.shares = List.of(shares);
    return form;
  }

  private static ShareEntry share(long id, String percent) {
    return new ShareEntry(id, new BigDecimal(percent));
  }

  private static List<String> fieldsOf(Runnable check) {
    ProblemException refused = assertThrows(ProblemException.class, check::run);
    return refused.invalidFields().stream().map(ProblemException.InvalidField::field).toList();
  }
}

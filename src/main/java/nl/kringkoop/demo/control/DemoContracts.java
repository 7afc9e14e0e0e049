package nl.kringkoop.demo.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.control.SpendAttribution;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractOrigin;
import nl.kringkoop.contract.entity.ContractTerms;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.KpiDefinition;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.contract.entity.SpendOrigin;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendTarget;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.supplier.entity.SizeClass;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * The demo municipality's contracts of last year and this year with monthly invoices, so that the
 * spend dashboard shows trends, breakdowns and both on-time and late payments at first start: the
 * contract from the awarded demo tender, a consortium of a local firm and a social enterprise, and
 * purchases made outside the platform from firms of every size, near and far, circular or not.
 */
final class DemoContracts {

  private static final long SEED = 7_202_611L;
  private static final String OFFICER = "officer";
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final EntityManager em;
  private final SpendAttribution attribution;
  private final Organisation buyer;
  private final List<Organisation> firms;
  private final Instant now;
  private final LocalDate today;
  private final Random random = new Random(SEED);
  private final Set<Integer> years = new TreeSet<>();
  private int invoices;

  DemoContracts(
      EntityManager em,
      SpendAttribution attribution,
      Organisation buyer,
      List<Organisation> firms,
      Instant now) {
    this.em = em;
    this.attribution = attribution;
    this.buyer = buyer;
    this.firms = firms;
    this.now = now;
    this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  /** Stores the contracts, their invoices and targets; returns the years that have spend. */
  Set<Integer> load(TenderResponse awardedOffer) {
    em.flush();
    Organisation localSocial = firm(SizeFilter.SME, true, true, 0);
    Organisation localSme = firm(SizeFilter.SME, false, true, 1);
    Organisation farSme = firm(SizeFilter.SME, false, false, 0);
    Organisation farLarge = firm(SizeFilter.LARGE, false, false, 0);
    Organisation socialElsewhere = firm(SizeFilter.SME, true, false, 0);
    int lastYear = today.getYear() - 1;

    Contract awarded = awarded(awardedOffer);
    Contract consortium =
        contract(
            "NIJ-" + today.getYear() + "-002",
            "Renovatie buurthuis De Klokketoren",
            "Vastgoed",
            "186000.00",
            RStrategy.R5,
            today.withDayOfYear(1).plusMonths(1),
            today.withDayOfYear(1).plusMonths(13).minusDays(1));
    consortium.share(localSme, PartyRole.LEAD, new BigDecimal("60.00"));
    consortium.share(localSocial, PartyRole.MEMBER, new BigDecimal("40.00"));
    consortium
        .plan("Sloopwerk met oogst van materialen", today.minusMonths(8), OFFICER, now)
        .complete(today.minusMonths(8).plusDays(3), "Deuren en kozijnen hergebruikt", OFFICER, now);
    consortium.plan("Wind- en waterdicht", today.plusMonths(2), OFFICER, now);
    consortium
        .measure(
            new KpiDefinition("Uren social return", "uur", new BigDecimal("900"), true),
            OFFICER,
            now)
        .record(new BigDecimal("640"), today.minusDays(20), OFFICER, now);

    List<Contract> contracts = new ArrayList<>(List.of(awarded, consortium));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-011",
            "Inzameling grof afval met kringloop",
            "Afval en Grondstoffen",
            "240000.00",
            RStrategy.R3,
            LocalDate.of(lastYear, 1, 1),
            LocalDate.of(lastYear + 1, 12, 31),
            socialElsewhere));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-014",
            "Leasefietsen en onderhoud",
            "Mobiliteit",
            "96000.00",
            RStrategy.R4,
            LocalDate.of(lastYear, 3, 1),
            LocalDate.of(lastYear + 1, 8, 31),
            localSme));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-020",
            "Kantoorartikelen",
            "Facilitaire Zaken",
            "58000.00",
            null,
            LocalDate.of(lastYear, 1, 1),
            LocalDate.of(lastYear + 1, 12, 31),
            farLarge));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-023",
            "Verwerking bouw- en sloopafval",
            "Afval en Grondstoffen",
            "132000.00",
            RStrategy.R8,
            LocalDate.of(lastYear, 6, 1),
            LocalDate.of(lastYear + 1, 5, 31),
            farSme));
    contracts.add(
        sole(
            "NIJ-" + today.getYear() + "-007",
            "Schoonmaak stadskantoor met hergebruikte middelen",
            "Facilitaire Zaken",
            "74000.00",
            RStrategy.R2,
            today.withDayOfYear(1),
            today.withDayOfYear(1).plusYears(1).minusDays(1),
            localSocial));
    contracts.add(
        sole(
            "NIJ-" + today.getYear() + "-009",
            "Re-integratietrajecten",
            "Sociaal Domein",
            "150000.00",
            null,
            today.withDayOfYear(1),
            today.withDayOfYear(1).plusYears(1).minusDays(1),
            socialElsewhere));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-031",
            "Beheer werkplekken en ICT-diensten",
            "Facilitaire Zaken",
            "420000.00",
            null,
            LocalDate.of(lastYear, 1, 1),
            LocalDate.of(lastYear + 2, 12, 31),
            farLarge));
    contracts.add(
        sole(
            "NIJ-" + lastYear + "-035",
            "Asfaltonderhoud met gerecycled asfalt",
            "Openbare Ruimte",
            "310000.00",
            RStrategy.R8,
            LocalDate.of(lastYear, 4, 1),
            LocalDate.of(lastYear + 1, 10, 31),
            firm(SizeFilter.LARGE, false, false, 1)));
    contracts.forEach(em::persist);
    em.flush();
    contracts.forEach(this::invoiceMonthly);
    for (int year : years) {
      em.persist(
          new SpendTarget(
              buyer.id(),
              year,
              new SpendTarget.Shares(
                  new BigDecimal("40.00"),
                  new BigDecimal("45.00"),
                  new BigDecimal("50.00"),
                  new BigDecimal("15.00")),
              OFFICER,
              now));
    }
    return years;
  }

  int invoices() {
    return invoices;
  }

  private Contract awarded(TenderResponse offer) {
    LocalDate signed = LocalDate.ofInstant(offer.tender().awardedAt().orElse(now), ZoneOffset.UTC);
    Contract contract =
        new Contract(
            buyer,
            new ContractTerms(
                "NIJ-" + signed.getYear() + "-001",
                offer.tender().title(),
                "Openbare Ruimte",
                offer.offerPrice().orElseThrow(),
                RStrategy.R2,
                signed.plusDays(14),
                signed.plusDays(14).plusYears(1),
                signed.plusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC)),
            offer.tender(),
            ContractOrigin.AWARD,
            OFFICER,
            now);
    contract.settles(offer.id());
    contract.share(offer.supplier(), PartyRole.SOLE, HUNDRED);
    contract
        .plan("Startoverleg en beplantingsplan", signed.plusDays(21), OFFICER, now)
        .complete(signed.plusDays(20), "Plan met 60% hergebruikte materialen", OFFICER, now);
    contract.plan("Tussenrapportage hergebruik", today.minusDays(10), OFFICER, now);
    contract.plan("Eindoplevering", signed.plusDays(14).plusYears(1), OFFICER, now);
    contract
        .measure(
            new KpiDefinition("Aandeel hergebruikt materiaal", "%", new BigDecimal("60"), true),
            OFFICER,
            now)
        .record(new BigDecimal("52"), today.minusDays(30), OFFICER, now);
    contract
        .measure(new KpiDefinition("CO2 vermeden", "ton", new BigDecimal("12"), true), OFFICER, now)
        .record(new BigDecimal("14.5"), today.minusDays(30), OFFICER, now);
    return contract;
  }

  private Contract sole(
      String reference,
      String title,
      String department,
      String value,
      RStrategy strategy,
      LocalDate starts,
      LocalDate ends,
      Organisation firm) {
    Contract contract = contract(reference, title, department, value, strategy, starts, ends);
    contract.share(firm, PartyRole.SOLE, HUNDRED);
    return contract;
  }

  private Contract contract(
      String reference,
      String title,
      String department,
      String value,
      RStrategy strategy,
      LocalDate starts,
      LocalDate ends) {
    return new Contract(
        buyer,
        new ContractTerms(
            reference,
            title,
            department,
            new BigDecimal(value),
            strategy,
            starts,
            ends,
            starts.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC)),
        null,
        ContractOrigin.MANUAL,
        OFFICER,
        now);
  }

  /**
   * One invoice a month from the start until today or the end, the value spread evenly with some
   * variation; most are paid within the 30 days, some later, the newest still open.
   */
  private void invoiceMonthly(Contract contract) {
    LocalDate end = contract.endsOn().isBefore(today) ? contract.endsOn() : today;
    long months = Math.max(1, contract.startsOn().until(contract.endsOn()).toTotalMonths() + 1);
    BigDecimal monthly = contract.value().divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
    SpendAttribution.Recipients recipients = attribution.recipients(contract);
    int number = 1;
    for (LocalDate date = contract.startsOn().withDayOfMonth(25);
        !date.isAfter(end);
        date = date.plusMonths(1)) {
      BigDecimal amount =
          monthly
              .multiply(BigDecimal.valueOf(85 + random.nextInt(31)))
              .divide(HUNDRED, 2, RoundingMode.HALF_UP);
      LocalDate paid = paidOn(date);
      Invoice invoice = new Invoice(contract.reference() + "-" + number, date, amount, paid, null);
      SpendRecord record =
          new SpendRecord(
              contract,
              contract.reference() + "|" + invoice.number(),
              invoice,
              SpendOrigin.IMPORT,
              now);
      record.attribute(recipients.parts(amount));
      em.persist(record);
      years.add(date.getYear());
      invoices++;
      number++;
    }
  }

  private LocalDate paidOn(LocalDate invoiced) {
    LocalDate paid = invoiced.plusDays(8 + random.nextInt(random.nextInt(6) == 0 ? 60 : 20));
    return paid.isAfter(today) ? null : paid;
  }

  private enum SizeFilter {
    SME,
    LARGE
  }

  /**
   * The n-th demo firm (by id) of the wanted kind, in or outside the buyer's municipality; the demo
   * registry always has several of each.
   */
  private Organisation firm(SizeFilter size, boolean social, boolean local, int n) {
    Set<Long> wanted = new TreeSet<>();
    em.createQuery(
            "select p.id, p.sizeClass, p.socialEnterprise from SupplierProfile p", Object[].class)
        .getResultStream()
        .filter(row -> (row[1] == SizeClass.LARGE) == (size == SizeFilter.LARGE))
        .filter(row -> (Boolean) row[2] == social)
        .forEach(row -> wanted.add((Long) row[0]));
    List<Organisation> matching =
        firms.stream()
            .filter(f -> wanted.contains(f.id()))
            .filter(f -> f.location().equals(buyer.location()) == local)
            .toList();
    return matching.isEmpty() ? firms.get(n) : matching.get(Math.min(n, matching.size() - 1));
  }
}

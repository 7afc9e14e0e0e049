package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractOrigin;
import nl.kringkoop.contract.entity.ContractTerms;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.Locality;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.contract.entity.SpendOrigin;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.opendata.control.TenderProcess.Clarifications;
import nl.kringkoop.opendata.control.TenderProcess.Place;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.SizeClass;
import nl.kringkoop.supplier.entity.SupplierProfile;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.EntryPitch;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.NeedDescription;
import nl.kringkoop.tender.entity.NeedDescription.LotDescription;
import nl.kringkoop.tender.entity.PhaseFacts;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import nl.kringkoop.tender.entity.SupplierConditions;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * A tender of Nijmegen with two lots, walked without the container to any stage of its procedure: a
 * micro firm with a medium-sized partner and a large firm bid for the same lot, a fourth firm
 * withdraws, and after the award a consortium contract with a milestone, a paid and an open
 * invoice. Everything that must stay confidential carries the marker {@link #SECRET} or one of the
 * personal data constants, so tests can look for it in the published text.
 */
final class OcdsFixture {

  /** Marks every text that must never be published. */
  static final String SECRET = "GEHEIM";

  static final String OFFICER = "inkoper.jdevries";
  static final String COMMITTEE = "commissie.pjansen";
  static final String SUPPLIER_USER = "leverancier.annemiek";
  static final List<String> PERSONAL =
      List.of(
          OFFICER,
          COMMITTEE,
          SUPPLIER_USER,
          "Annemiek de Vries",
          "annemiek@kringbouw.example",
          "+31 6 1234 5678",
          "Lange Hezelstraat 12",
          "6511 CB",
          "Bram Groen",
          "bram@groenherstel.example",
          "Keizerslaan 3",
          "Carla Smit",
          "carla@bouwconcern.example",
          "Damrak 1");

  static final BigDecimal WINNING_PRICE = new BigDecimal("131234.56");
  static final BigDecimal LOSING_PRICE = new BigDecimal("135432.10");
  static final BigDecimal OPEN_INVOICE = new BigDecimal("7777.77");

  static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
  static final Instant ENTRY = T0.plus(Duration.ofDays(7));
  static final Instant OFFER = T0.plus(Duration.ofDays(21));
  static final Instant STANDSTILL_ENDS = OFFER.plus(Duration.ofDays(22));

  static final OcdsSettings SETTINGS =
      new OcdsSettings(
          "ocds-test01",
          "Kringkoop",
          "https://kringkoop.example/",
          "https://creativecommons.org/publicdomain/zero/1.0/",
          "https://kringkoop.example/publicatiebeleid",
          URI.create("https://kringkoop.example"));

  /** The stages a published tender can be in, including two ways to end without award. */
  enum Stage {
    PUBLISHED,
    SELECTION,
    DIALOGUE,
    OFFERS,
    EVALUATION,
    AWARD_INTENDED,
    AWARDED,
    CANCELLED_IN_ENTRY,
    CANCELLED_IN_OFFERS
  }

  private static final PhaseFacts READY = new PhaseFacts(2, 2, true, 2, true, false, false);

  final Organisation buyer =
      id(Organisation.municipality(new MunicipalityCode("GM0268"), "Gemeente Nijmegen", T0), 1);
  final Organisation micro = firm(11, "81234567", "Kringbouw Nijmegen", "GM0268");
  final Organisation partner = firm(12, "82345678", "Groen Herstel Arnhem", "GM0202");
  final Organisation large = firm(13, "83456789", "Bouwconcern Nederland", "GM0363");
  final Organisation quitter = firm(14, "84567890", "Stille Vennoot Bouw", "GM0268");

  private final Map<Long, SupplierProfile> profiles =
      Map.of(
          11L,
              profile(
                  micro,
                  4,
                  "300000",
                  "Annemiek de Vries",
                  "annemiek@kringbouw.example",
                  "+31 6 1234 5678",
                  "Lange Hezelstraat 12",
                  "6511 CB"),
          12L,
              profile(
                  partner,
                  60,
                  "8000000",
                  "Bram Groen",
                  "bram@groenherstel.example",
                  null,
                  "Keizerslaan 3",
                  "6811 AA"),
          13L,
              profile(
                  large,
                  900,
                  "250000000",
                  "Carla Smit",
                  "carla@bouwconcern.example",
                  null,
                  "Damrak 1",
                  "1012 LG"),
          14L, profile(quitter, 2, "90000", "Dirk Stil", "dirk@stil.example", null, null, null));

  Tender tender;
  TenderResponse winner;
  TenderResponse loser;
  TenderResponse withdrawn;
  Contract contract;
  Milestone design;
  final List<SpendRecord> invoices = new ArrayList<>();

  static TenderProcess process(Stage stage) {
    return new OcdsFixture().walkTo(stage);
  }

  /** The package the API would answer for the tender in this stage. */
  static JsonObject packageFor(Stage stage) {
    return ReleasePackage.of(
        SETTINGS,
        SETTINGS.link("api/v1/ocds/tenders/42"),
        List.of(new ReleaseWriter(SETTINGS).write(process(stage))),
        Map.of());
  }

  TenderProcess walkTo(Stage stage) {
    tender = id(new Tender(buyer, OFFICER, need(), T0), 42);
    tender.appointCommittee(Set.of(OFFICER, COMMITTEE));
    id(tender.lots().get(0), 501);
    id(tender.lots().get(1), 502);
    tender.publish(ProcedureType.MULTIPLE_QUOTE, T0.plus(Duration.ofHours(1)));
    Lot works = tender.lots().get(1);
    winner = id(respond(micro, works, List.of(12L), "A", T0.plus(Duration.ofHours(2))), 101);
    loser = id(respond(large, works, List.of(), "C", T0.plus(Duration.ofHours(3))), 102);
    withdrawn = id(respond(quitter, null, List.of(), "W", T0.plus(Duration.ofHours(4))), 103);
    withdrawn.withdraw(T0.plus(Duration.ofHours(5)));
    if (stage == Stage.CANCELLED_IN_ENTRY) {
      tender.cancel("Budget vervallen", T0.plus(Duration.ofDays(3)));
    }
    if (stage.compareTo(Stage.SELECTION) >= 0 && stage != Stage.CANCELLED_IN_ENTRY) {
      walkThroughSelectionAndDialogue(stage);
    }
    if (stage.compareTo(Stage.OFFERS) >= 0 && stage != Stage.CANCELLED_IN_ENTRY) {
      walkThroughOffers(stage);
    }
    if (stage == Stage.AWARDED) {
      tender.advance(nl.kringkoop.tender.entity.TenderStatus.AWARDED, READY, STANDSTILL_ENDS);
      conclude();
    }
    return new TenderProcess(
        tender,
        List.of(winner, loser, withdrawn),
        Map.of(11L, micro, 12L, partner, 13L, large, 14L, quitter),
        profiles,
        Map.of(
            "GM0268", new Place("Nijmegen", "Gelderland"),
            "GM0202", new Place("Arnhem", "Gelderland"),
            "GM0363", new Place("Amsterdam", "Noord-Holland")),
        Map.of("45210000", "Bouwen van gebouwen", "71220000", "Architectonische ontwerpdiensten"),
        contract == null ? List.of() : List.of(contract),
        invoices,
        Optional.of(new Clarifications(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(4)))));
  }

  private void walkThroughSelectionAndDialogue(Stage stage) {
    tender.advance(nl.kringkoop.tender.entity.TenderStatus.SELECTION, READY, ENTRY);
    winner.decideSelection(true, "Selectienotitie " + SECRET, ENTRY.plusSeconds(60));
    loser.decideSelection(true, "Selectienotitie " + SECRET, ENTRY.plusSeconds(60));
    if (stage != Stage.SELECTION) {
      tender.advance(
          nl.kringkoop.tender.entity.TenderStatus.DIALOGUE, READY, ENTRY.plusSeconds(120));
    }
  }

  private void walkThroughOffers(Stage stage) {
    Instant offers = T0.plus(Duration.ofDays(15));
    tender.advance(nl.kringkoop.tender.entity.TenderStatus.OFFERS, READY, offers);
    winner.offer(WINNING_PRICE, "Offertetekst " + SECRET + " A", offers.plusSeconds(60));
    loser.offer(LOSING_PRICE, "Offertetekst " + SECRET + " C", offers.plusSeconds(120));
    if (stage == Stage.CANCELLED_IN_OFFERS) {
      tender.cancel("Markt te krap", T0.plus(Duration.ofDays(18)));
      return;
    }
    if (stage == Stage.OFFERS) {
      return;
    }
    tender.advance(nl.kringkoop.tender.entity.TenderStatus.EVALUATION, READY, OFFER.plusSeconds(1));
    if (stage == Stage.EVALUATION) {
      return;
    }
    Instant decided = OFFER.plus(Duration.ofDays(2));
    tender.intendAward("Motivatie " + SECRET, READY, Duration.ofDays(20), decided);
    winner.decideAward(AwardOutcome.WINNER, decided);
    loser.decideAward(AwardOutcome.NOT_WINNER, decided);
  }

  private void conclude() {
    Instant signed = STANDSTILL_ENDS.plus(Duration.ofDays(3));
    contract =
        id(
            new Contract(
                buyer,
                new ContractTerms(
                    "NIJ-2027-014",
                    "Verbouw buurthuis Waalkade",
                    "Vastgoed",
                    WINNING_PRICE,
                    RStrategy.R3,
                    LocalDate.of(2027, 5, 1),
                    LocalDate.of(2027, 12, 31),
                    signed),
                tender,
                ContractOrigin.AWARD,
                OFFICER,
                signed),
            301);
    contract.share(micro, PartyRole.LEAD, new BigDecimal("60.00"));
    contract.share(partner, PartyRole.MEMBER, new BigDecimal("40.00"));
    contract.coverLots(List.of(502L));
    design =
        id(contract.plan("Oplevering ontwerp", LocalDate.of(2027, 6, 1), OFFICER, signed), 401);
    design.complete(
        LocalDate.of(2027, 5, 28), "Notitie " + SECRET, SUPPLIER_USER, signed.plusSeconds(3600));
    id(contract.plan("Oplevering verbouw", LocalDate.of(2027, 12, 15), OFFICER, signed), 402);
    invoices.add(
        invoice(
            601, "F-2027-001", LocalDate.of(2027, 6, 5), "20000.00", LocalDate.of(2027, 6, 20)));
    invoices.add(
        invoice(602, "F-2027-002", LocalDate.of(2027, 7, 1), OPEN_INVOICE.toPlainString(), null));
  }

  private SpendRecord invoice(
      long id, String number, LocalDate date, String euros, LocalDate paid) {
    BigDecimal amount = new BigDecimal(euros);
    SpendRecord record =
        id(
            new SpendRecord(
                contract,
                "import-" + number,
                new Invoice(number, date, amount, paid, null),
                SpendOrigin.MANUAL,
                STANDSTILL_ENDS.plus(Duration.ofDays(40))),
            id);
    BigDecimal lead = amount.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
    record.attribute(
        List.of(
            new SpendShare.Part(micro, lead, Locality.MUNICIPALITY, "CR15", SizeClass.MICRO, false),
            new SpendShare.Part(
                partner, amount.subtract(lead), Locality.REGION, "CR15", SizeClass.MEDIUM, true)));
    return record;
  }

  private TenderResponse respond(
      Organisation firm, Lot lot, List<Long> partners, String who, Instant at) {
    return new TenderResponse(
        tender,
        firm,
        lot,
        partners,
        new EntryPitch(
            "Visie " + SECRET + " " + who,
            "Expertise " + SECRET + " " + who,
            "Innovatie " + SECRET + " " + who,
            "Referenties " + SECRET + " " + who),
        at);
  }

  private static NeedDescription need() {
    return new NeedDescription(
        "Circulair buurthuis Waalkade",
        "Een buurthuis dat voor 80% uit hergebruikte materialen bestaat.",
        "Ontwerp en verbouw van het buurthuis aan de Waalkade.",
        "80% secundair materiaal",
        PurchaseKind.WORKS,
        new MunicipalityCode("GM0268"),
        new BigDecimal("180000.00"),
        null,
        new BigDecimal("5"),
        40,
        List.of(new Criterion("Visie op circulariteit", 60)),
        null,
        Set.of(new CpvCode("45210000")),
        EnumSet.of(RStrategy.R3, RStrategy.R4),
        List.of(
            new LotDescription(
                "Ontwerp", new BigDecimal("40000.00"), Set.of(new CpvCode("71220000"))),
            new LotDescription(
                "Verbouw", new BigDecimal("140000.00"), Set.of(new CpvCode("45210000")))),
        ENTRY,
        T0.plus(Duration.ofDays(8)),
        T0.plus(Duration.ofDays(14)),
        OFFER,
        SupplierConditions.NONE);
  }

  private static Organisation firm(long id, String kvk, String name, String place) {
    return id(Organisation.supplier(new KvkNumber(kvk), name, new MunicipalityCode(place), T0), id);
  }

  private static SupplierProfile profile(
      Organisation firm,
      int employees,
      String turnover,
      String contact,
      String email,
      String phone,
      String street,
      String postcode) {
    return new SupplierProfile(
        firm,
        new SupplierProfile.Contact(contact, email, phone, street, postcode, "Nijmegen"),
        new SupplierProfile.Size(employees, new BigDecimal(turnover)),
        T0);
  }

  /** Gives an entity the id the database would have given it. */
  static <T> T id(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }
}

package nl.kringkoop.demo.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.DialogueSession;
import nl.kringkoop.tender.entity.EntryPitch;
import nl.kringkoop.tender.entity.NeedDescription;
import nl.kringkoop.tender.entity.PhaseFacts;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import nl.kringkoop.tender.entity.Question;
import nl.kringkoop.tender.entity.Score;
import nl.kringkoop.tender.entity.SupplierConditions;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Nijmegen's demo tenders, one in each typical phase (draft, open for entries, in dialogue,
 * awarded), with a history that the tender itself played through on past dates, so every phase rule
 * held when it was made.
 */
final class DemoTenders {

  private static final Duration DAY = Duration.ofDays(1);

  private final EntityManager em;
  private final Organisation buyer;
  private final String officer;
  private final List<Organisation> firms;
  private final Instant now;
  private Tender open;
  private TenderResponse awardedOffer;

  DemoTenders(
      EntityManager em, Organisation buyer, String officer, List<Organisation> firms, Instant now) {
    this.em = em;
    this.buyer = buyer;
    this.officer = officer;
    this.firms = firms;
    this.now = now;
  }

  int load() {
    draft();
    openForEntries();
    inDialogue();
    awarded();
    return 4;
  }

  private void draft() {
    NeedDescription need =
        need(
            "Hergebruik kantoormeubilair Stadskantoor",
            "Het meubilair van het Stadskantoor krijgt een tweede leven in wijkcentra.",
            PurchaseKind.SUPPLIES,
            null,
            "39100000",
            EnumSet.of(RStrategy.R3, RStrategy.R5),
            now.plus(Duration.ofDays(20)),
            now.plus(Duration.ofDays(45)));
    em.persist(new Tender(buyer, officer, need, now.minus(DAY)));
  }

  private void openForEntries() {
    Instant published = now.minus(Duration.ofDays(3));
    Tender tender =
        published(
            "Circulair buurthuis Waalkade",
            "Een buurthuis dat voor minstens 80% uit hergebruikte bouwdelen bestaat.",
            PurchaseKind.WORKS,
            "180000",
            "45210000",
            EnumSet.of(RStrategy.R3, RStrategy.R4),
            published,
            now.plus(Duration.ofDays(11)),
            now.plus(Duration.ofDays(30)));
    pitch(tender, firms.get(1), published.plus(DAY));
    open = tender;
    Question question =
        new Question(
            tender,
            firms.get(2),
            "Mag het ontwerp in twee fasen worden opgeleverd?",
            published.plus(DAY));
    em.persist(question);
    question.answer(
        "Ja, mits de eerste fase voor de zomer gereed is.", published.plus(DAY.multipliedBy(2)));
    question.publish(1, published.plus(DAY.multipliedBy(2)));
  }

  /** The tender open for entries, once {@link #load} made it. */
  /** The winning offer of the awarded demo tender, which the demo contract comes from. */
  TenderResponse awardedOffer() {
    return awardedOffer;
  }

  Tender openForEntriesTender() {
    return open;
  }

  private void inDialogue() {
    Instant published = now.minus(Duration.ofDays(20));
    Instant entryDeadline = now.minus(Duration.ofDays(6));
    Tender tender =
        published(
            "Herstel en hergebruik schoolmeubilair",
            "Schoolmeubilair wordt hersteld in plaats van vervangen, door een sociale onderneming.",
            PurchaseKind.SERVICES,
            "95000",
            "39160000",
            EnumSet.of(RStrategy.R4, RStrategy.R5),
            published,
            entryDeadline,
            now.plus(Duration.ofDays(14)));
    TenderResponse first = pitch(tender, firms.get(3), published.plus(DAY));
    TenderResponse second = pitch(tender, firms.get(4), published.plus(DAY.multipliedBy(2)));
    pitch(tender, firms.get(5), published.plus(DAY.multipliedBy(3)));
    Instant selection = entryDeadline.plus(Duration.ofHours(2));
    tender.advance(TenderStatus.SELECTION, facts(3, 0, false, 0), selection);
    first.decideSelection(true, "Sterke visie op herstel", selection);
    second.decideSelection(true, "Ruime ervaring met schoolmeubilair", selection);
    tender.advance(TenderStatus.DIALOGUE, facts(3, 2, false, 0), selection.plus(DAY));
    em.persist(
        new DialogueSession(first, now.plus(DAY.multipliedBy(2)), 90, "Stadhuis Nijmegen", null));
    em.persist(
        new DialogueSession(
            second, now.plus(DAY.multipliedBy(3)), 90, null, "https://video.example/dialoog"));
  }

  private void awarded() {
    Instant published = now.minus(Duration.ofDays(90));
    Instant entryDeadline = published.plus(Duration.ofDays(10));
    Instant offerDeadline = published.plus(Duration.ofDays(30));
    Tender tender =
        published(
            "Groenonderhoud met gerecycled materiaal",
            "Openbaar groen onderhouden met hergebruikte en gerecyclede materialen.",
            PurchaseKind.SERVICES,
            "120000",
            "77310000",
            EnumSet.of(RStrategy.R2, RStrategy.R8),
            published,
            entryDeadline,
            offerDeadline);
    TenderResponse winner = pitch(tender, firms.get(0), published.plus(DAY));
    TenderResponse runnerUp = pitch(tender, firms.get(6), published.plus(DAY));
    Instant selection = entryDeadline.plus(Duration.ofHours(1));
    tender.advance(TenderStatus.SELECTION, facts(2, 0, false, 0), selection);
    winner.decideSelection(true, "Lokale werkgelegenheid", selection);
    runnerUp.decideSelection(true, "Innovatieve aanpak", selection);
    tender.advance(TenderStatus.DIALOGUE, facts(2, 2, false, 0), selection);
    tender.advance(TenderStatus.OFFERS, facts(2, 2, true, 0), selection.plus(Duration.ofDays(7)));
    Instant offers = selection.plus(Duration.ofDays(10));
    winner.offer(new BigDecimal("104500.00"), "Onderhoud met 60% hergebruikt materiaal.", offers);
    runnerUp.offer(new BigDecimal("99000.00"), "Onderhoud met 35% gerecycled materiaal.", offers);
    Instant evaluation = offerDeadline.plus(Duration.ofHours(1));
    tender.advance(TenderStatus.EVALUATION, facts(2, 2, true, 2), evaluation);
    em.persist(
        new Score(winner, 0, officer, new BigDecimal("9"), "Hoogste hergebruik", evaluation));
    em.persist(
        new Score(runnerUp, 0, officer, new BigDecimal("6"), "Vooral recycling", evaluation));
    tender.intendAward(
        "Hoogste gewogen score door het grootste aandeel hergebruik.",
        facts(2, 2, true, 2, true),
        Duration.ofDays(20),
        evaluation.plus(DAY));
    winner.decideAward(AwardOutcome.WINNER, evaluation.plus(DAY));
    runnerUp.decideAward(AwardOutcome.NOT_WINNER, evaluation.plus(DAY));
    tender.advance(
        TenderStatus.AWARDED, facts(2, 2, true, 2, true), evaluation.plus(Duration.ofDays(22)));
    awardedOffer = winner;
  }

  private Tender published(
      String title,
      String ambition,
      PurchaseKind kind,
      String ceiling,
      String cpv,
      Set<RStrategy> strategies,
      Instant published,
      Instant entryDeadline,
      Instant offerDeadline) {
    NeedDescription need =
        new NeedDescription(
            title,
            ambition,
            null,
            "Minstens de helft van het materiaal is hergebruikt.",
            kind,
            new MunicipalityCode("GM0268"),
            new BigDecimal(ceiling),
            null,
            new BigDecimal("5"),
            40,
            List.of(new Criterion("Visie op circulariteit", 60)),
            null,
            Set.of(new CpvCode(cpv)),
            strategies,
            List.of(),
            entryDeadline,
            null,
            null,
            offerDeadline,
            SupplierConditions.NONE);
    Tender tender = new Tender(buyer, officer, need, published.minus(DAY));
    tender.publish(ProcedureType.MULTIPLE_QUOTE, published);
    em.persist(tender);
    return tender;
  }

  private NeedDescription need(
      String title,
      String ambition,
      PurchaseKind kind,
      String ceiling,
      String cpv,
      Set<RStrategy> strategies,
      Instant entryDeadline,
      Instant offerDeadline) {
    return new NeedDescription(
        title,
        ambition,
        null,
        null,
        kind,
        new MunicipalityCode("GM0268"),
        ceiling == null ? null : new BigDecimal(ceiling),
        null,
        null,
        null,
        List.of(),
        null,
        Set.of(new CpvCode(cpv)),
        strategies,
        List.of(),
        entryDeadline,
        null,
        null,
        offerDeadline,
        SupplierConditions.NONE);
  }

  private TenderResponse pitch(Tender tender, Organisation firm, Instant at) {
    TenderResponse response =
        new TenderResponse(
            tender,
            firm,
            null,
            List.of(),
            new EntryPitch(
                "Wij werken met materiaal uit de regio en leiden mensen op in herstelwerk.",
                "Ruim tien jaar ervaring in vergelijkbare opdrachten voor gemeenten.",
                "Een digitaal materialenpaspoort per object.",
                "Gemeente Arnhem (2024), Gemeente Wijchen (2025)"),
            at);
    em.persist(response);
    return response;
  }

  private static PhaseFacts facts(int pitches, int selected, boolean balanced, int offers) {
    return facts(pitches, selected, balanced, offers, false);
  }

  private static PhaseFacts facts(
      int pitches, int selected, boolean balanced, int offers, boolean scored) {
    return new PhaseFacts(pitches, selected, balanced, offers, scored, false, false);
  }
}

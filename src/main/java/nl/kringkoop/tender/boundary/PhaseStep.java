package nl.kringkoop.tender.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.time.DisplayTime;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/** One phase on the tender's timeline: its name, planned or actual dates, and where it stands. */
public record PhaseStep(String status, String dates, boolean current, boolean done) {

  static List<PhaseStep> timeline(Tender tender, DisplayTime time, Locale locale) {
    List<PhaseStep> steps = new ArrayList<>();
    if (tender == null) {
      return steps;
    }
    TenderStatus now = tender.status();
    boolean cancelled = now == TenderStatus.CANCELLED;
    for (TenderStatus phase : TenderStatus.values()) {
      if (phase == TenderStatus.CANCELLED && !cancelled) {
        continue;
      }
      boolean done = !cancelled && phase.ordinal() < now.ordinal();
      steps.add(
          new PhaseStep(phase.name(), dates(tender, phase, time, locale), phase == now, done));
    }
    return steps;
  }

  private static String dates(Tender tender, TenderStatus phase, DisplayTime time, Locale locale) {
    return switch (phase) {
      case DRAFT -> line(locale, "created", time, Optional.of(tender.createdAt()));
      case PUBLISHED -> line(locale, "published", time, tender.publishedAt());
      case SELECTION -> line(locale, "entryDeadline", time, tender.entryDeadline());
      case DIALOGUE ->
          tender.dialogueStart().isEmpty() && tender.dialogueEnd().isEmpty()
              ? ""
              : Messages.get(
                  locale,
                  "officerTender.timeline.dialogue",
                  time.format(tender.dialogueStart().orElse(null)),
                  time.format(tender.dialogueEnd().orElse(null)));
      case OFFERS, EVALUATION -> line(locale, "offerDeadline", time, tender.offerDeadline());
      case AWARD_INTENDED -> line(locale, "standstillEnd", time, tender.standstillEndsAt());
      case AWARDED -> line(locale, "awarded", time, tender.awardedAt());
      case CANCELLED -> tender.cancelReason().orElse("");
    };
  }

  private static String line(Locale locale, String key, DisplayTime time, Optional<Instant> at) {
    return at.map(i -> Messages.get(locale, "officerTender.timeline." + key, time.format(i)))
        .orElse("");
  }
}

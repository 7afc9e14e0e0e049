package nl.kringkoop.tender.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of an RCC tender in their order. Each phase names the one phase that follows it;
 * CANCELLED can be reached from every phase before the award.
 */
public enum TenderStatus {
  DRAFT,
  PUBLISHED,
  SELECTION,
  DIALOGUE,
  OFFERS,
  EVALUATION,
  AWARD_INTENDED,
  AWARDED,
  CANCELLED;

  private static final Set<TenderStatus> CLOSED = EnumSet.of(AWARDED, CANCELLED);

  /** The phase after this one in an uninterrupted procedure; empty at the end. */
  public java.util.Optional<TenderStatus> next() {
    return this == AWARD_INTENDED || ordinal() < AWARD_INTENDED.ordinal()
        ? java.util.Optional.of(values()[ordinal() + 1])
        : java.util.Optional.empty();
  }

  public boolean isOpen() {
    return !CLOSED.contains(this);
  }

  /** Whether the public and suppliers may see the tender. */
  public boolean isVisibleToMarket() {
    return this != DRAFT;
  }

  public boolean allows(TenderStatus target) {
    return target == CANCELLED ? isOpen() : next().filter(target::equals).isPresent();
  }
}

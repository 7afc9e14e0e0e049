package nl.kringkoop.tender.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where one firm stands in one tender, as its tender page shows it: the need, which doors are open
 * now (entry, offer, questions, complaint) and the firm's own response, questions, dialogue
 * sessions, award result and complaints. Read once per change, so the page shows one moment.
 */
public record SupplierStanding(
    PublicNeed need,
    String status,
    Instant entryDeadline,
    Instant offerDeadline,
    Instant standstillEnds,
    boolean entriesOpen,
    boolean offersOpen,
    boolean questionsOpen,
    boolean complaintOpen,
    boolean withdrawOpen,
    OwnResponse own,
    BigDecimal ceiling,
    List<WaitingQuestion> waitingQuestions,
    List<SessionLine> sessions,
    String awardReason,
    List<AwardLine> award,
    List<ComplaintLine> complaints)
    implements Serializable {

  /** The firm's own response; {@code lead} is false when the firm is a consortium partner. */
  public record OwnResponse(
      long id,
      String status,
      boolean lead,
      String leadName,
      String lotTitle,
      List<String> partnerNames,
      String vision,
      String expertise,
      String innovation,
      String references,
      Instant pitchedAt,
      BigDecimal offerPrice,
      String offerText,
      Instant offeredAt,
      String selectionNote,
      String outcome)
      implements Serializable {

    public String partners() {
      return String.join(", ", partnerNames);
    }

    public boolean isCandidate() {
      return "SELECTED".equals(status) || "OFFERED".equals(status);
    }

    public boolean isOffered() {
      return "OFFERED".equals(status);
    }

    public boolean isWithdrawn() {
      return "WITHDRAWN".equals(status);
    }
  }

  /** An own question the buyer has not yet answered in the nota van inlichtingen. */
  public record WaitingQuestion(String text, Instant askedAt) implements Serializable {}

  /** A dialogue session with the firm. */
  public record SessionLine(
      Instant startsAt, int durationMinutes, String place, String videoLink, String minutes)
      implements Serializable {}

  /**
   * One offer's result in the intended award, others anonymous: {@code own} marks the firm's own.
   */
  public record AwardLine(
      int rank, boolean own, List<String> consensus, BigDecimal priceScore, BigDecimal total)
      implements Serializable {}

  /** A complaint the firm filed and, once decided, its outcome. */
  public record ComplaintLine(String text, Instant filedAt, String outcome, String outcomeText)
      implements Serializable {}

  public boolean hasResponse() {
    return own != null;
  }

  /**
   * Whether the firm may write (or rewrite) its pitch: entries open and the firm leads or is new.
   */
  public boolean isPitchAllowed() {
    return entriesOpen && (own == null || own.lead());
  }

  public boolean isOfferAllowed() {
    return offersOpen && own != null && own.lead() && own.isCandidate();
  }

  public boolean isComplaintAllowed() {
    return complaintOpen;
  }
}

package nl.kringkoop.tender.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.kringkoop.tender.control.Evaluation;
import nl.kringkoop.tender.control.ScoreSheet;
import nl.kringkoop.tender.entity.Criterion;

/**
 * The evaluation on the tender page: appoint the committee, score each offer per criterion with a
 * motivation, read the sheet with consensus, weighted totals and ranks, and decide the intended
 * award.
 */
@Named
@ViewScoped
public class EvaluationPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderDesk desk;

  @Inject Evaluation evaluation;

  private String members;
  private Long offer;
  private Integer criterion;
  private BigDecimal score;
  private String motivation;
  private String awardReason;
  private transient List<ScoreSheet.Result> results;

  /** Forgets what was read, so the page shows what is stored now. */
  public void reload() {
    results = null;
  }

  public void appoint() {
    List<String> names =
        members == null
            ? List.of()
            : Arrays.stream(members.split("[,;\\s]+")).filter(n -> !n.isBlank()).toList();
    desk.run(
        () -> evaluation.appointCommittee(desk.getId(), names, desk.caller()),
        "officerTender.evaluation.appointed");
  }

  public void score() {
    desk.run(
        () ->
            evaluation.score(
                desk.getId(),
                offer == null ? -1 : offer,
                criterion == null ? -1 : criterion,
                score,
                motivation,
                desk.caller()),
        "officerTender.evaluation.scored");
    motivation = null;
    score = null;
    results = null;
  }

  public void intendAward() {
    desk.run(
        () ->
            evaluation.intendAward(
                desk.getId(), awardReason, desk.getTender().version(), desk.caller()),
        "officerTender.evaluation.awardIntended");
  }

  /** The sheet's results, best first per lot; empty before there are offers to score. */
  public List<ScoreSheet.Result> getResults() {
    if (results == null) {
      results = evaluation.sheetFor(desk.getId(), desk.caller()).results();
    }
    return results;
  }

  public boolean isComplete() {
    return evaluation.sheetFor(desk.getId(), desk.caller()).isComplete();
  }

  /** The quality criteria to score, by their position in the tender. */
  public List<SelectItem> getCriterionItems() {
    List<String> names = getCriteria();
    return IntStream.range(0, names.size()).mapToObj(i -> new SelectItem(i, names.get(i))).toList();
  }

  public List<String> getCriteria() {
    return desk.getTender().criteria().stream().map(Criterion::name).toList();
  }

  public String consensus(ScoreSheet.Result result, int index) {
    Optional<BigDecimal> value = result.consensus().get(index);
    return value.map(BigDecimal::toPlainString).orElse("–");
  }

  public String getMembers() {
    if (members == null && desk.getTender() != null) {
      members = String.join(", ", desk.getTender().committee());
    }
    return members;
  }

  public void setMembers(String members) {
    this.members = members;
  }

  public Long getOffer() {
    return offer;
  }

  public void setOffer(Long offer) {
    this.offer = offer;
  }

  public Integer getCriterion() {
    return criterion;
  }

  public void setCriterion(Integer criterion) {
    this.criterion = criterion;
  }

  public BigDecimal getScore() {
    return score;
  }

  public void setScore(BigDecimal score) {
    this.score = score;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public String getAwardReason() {
    return awardReason;
  }

  public void setAwardReason(String awardReason) {
    this.awardReason = awardReason;
  }
}

package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.tender.control.Questions;
import nl.kringkoop.tender.entity.Question;

/**
 * The questions of the tender for its officers: answer each one, then publish all ready answers
 * together as the numbered nota van inlichtingen.
 */
@Named
@ViewScoped
public class QuestionDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderDesk desk;

  @Inject Questions questions;

  private List<Row> rows;
  private final Map<Long, String> answers = new HashMap<>();

  /** Forgets what was read, so the page shows what is stored now. */
  public void reload() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = questions.visibleQuestions(desk.getId(), desk.caller()).stream().map(Row::of).toList();
      rows.forEach(row -> answers.putIfAbsent(row.id(), row.answer()));
    }
    return rows;
  }

  public void answer(long questionId) {
    desk.run(
        () -> questions.answer(desk.getId(), questionId, answers.get(questionId), desk.caller()),
        "officerTender.question.answered");
    rows = null;
  }

  public void publishAnswers() {
    desk.run(
        () -> questions.publishAnswers(desk.getId(), desk.caller()),
        "officerTender.question.published");
    rows = null;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }

  /** A question as the buyer sees it; the asker stays out of the published list. */
  public record Row(
      long id, String text, Instant askedAt, String answer, Integer number, Instant publishedAt)
      implements Serializable {

    static Row of(Question question) {
      return new Row(
          question.id(),
          question.text(),
          question.askedAt(),
          question.answer().orElse(null),
          question.number().orElse(null),
          question.publishedAt().orElse(null));
    }
  }
}

package nl.kringkoop.tender.boundary;

import java.time.Instant;
import nl.kringkoop.tender.entity.Question;

/**
 * A question with its answer. For participants the answer shows once published and the asker is
 * never named; the buyer's staff see answers in preparation and who asked.
 */
public record QuestionView(
    long id,
    Integer number,
    String question,
    String answer,
    Instant askedAt,
    Instant publishedAt,
    boolean mine,
    String askedBy) {

  static QuestionView of(Question question, boolean staff, boolean mine) {
    boolean published = question.publishedAt().isPresent();
    return new QuestionView(
        question.id(),
        question.number().orElse(null),
        question.text(),
        staff || published ? question.answer().orElse(null) : null,
        question.askedAt(),
        question.publishedAt().orElse(null),
        mine,
        staff ? question.askedBy().name() : null);
  }
}

package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.contract.entity.KpiDefinition;
import nl.kringkoop.contract.entity.MilestoneStatus;
import nl.kringkoop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  private final ProgressRules rules = new ProgressRules(TODAY);

  @Test
  void aMilestoneHasATitleAndADueDate() {
    MilestoneForm form = new MilestoneForm();
    form.title = " Oplevering fase 1 ";
    form.dueOn = "2026-09-01";

    ProgressRules.Plan plan = rules.plan(form);

    assertEquals(new ProgressRules.Plan("Oplevering fase 1", LocalDate.parse("2026-09-01")), plan);
    form.title = "x".repeat(201);
    form.dueOn = "1 september";
    assertEquals(List.of("title", "dueOn"), fields(() -> rules.plan(form)));
  }

  @Test
  void aMilestoneIsReachedTodayUnlessADayHasPassedAndNeverInTheFuture() {
    MilestoneForm form = new MilestoneForm();
    form.version = 3L;
    form.status = "done";
    form.note = "Opgeleverd zonder restpunten";

    assertEquals(TODAY, rules.progress(form).completedOn());
    form.completedOn = "2026-06-01";
    assertEquals(LocalDate.parse("2026-06-01"), rules.progress(form).completedOn());
    form.completedOn = "2026-06-16";
    assertEquals(List.of("completedOn"), fields(() -> rules.progress(form)));
  }

  @Test
  void aReopenedMilestoneHasNoCompletionDay() {
    MilestoneForm form = new MilestoneForm();
    form.version = 3L;
    form.status = "PLANNED";
    form.completedOn = "2026-06-01";

    ProgressRules.Progress progress = rules.progress(form);

    assertEquals(MilestoneStatus.PLANNED, progress.status());
    assertNull(progress.completedOn());
  }

  @Test
  void progressNeedsTheVersionReadAndAKnownStatus() {
    MilestoneForm form = new MilestoneForm();
    form.status = "FINISHED";
    form.note = "n".repeat(2001);

    assertEquals(List.of("version", "status", "note"), fields(() -> rules.progress(form)));
  }

  @Test
  void aKpiHasNameUnitTargetAndDirection() {
    KpiForm form = new KpiForm();
    form.name = "Secundair materiaal";
    form.unit = "%";
    form.target = new BigDecimal("80");
    form.higherIsBetter = true;

    assertEquals(
        new KpiDefinition("Secundair materiaal", "%", new BigDecimal("80.00"), true),
        rules.definition(form));

    form.name = null;
    form.unit = "u".repeat(41);
    form.target = new BigDecimal("80.125");
    form.higherIsBetter = null;
    assertEquals(
        List.of("name", "unit", "target", "higherIsBetter"), fields(() -> rules.definition(form)));
  }

  @Test
  void aMeasurementIsANumberTakenOnADayThatHasCome() {
    KpiForm form = new KpiForm();
    form.version = 0L;
    form.measured = new BigDecimal("-12.5");

    ProgressRules.Measurement measurement = rules.measurement(form);

    assertEquals(new BigDecimal("-12.50"), measurement.value());
    assertEquals(TODAY, measurement.on());
    form.version = null;
    form.measured = new BigDecimal("1E+14");
    form.measuredOn = "2027-01-01";
    assertEquals(
        List.of("version", "measured", "measuredOn"), fields(() -> rules.measurement(form)));
  }

  private static List<String> fields(Runnable check) {
    ProblemException refused = assertThrows(ProblemException.class, check::run);
    assertTrue(refused.invalidFields().size() > 0);
    return refused.invalidFields().stream().map(ProblemException.InvalidField::field).toList();
  }
}

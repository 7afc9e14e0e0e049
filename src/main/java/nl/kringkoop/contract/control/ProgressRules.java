package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import nl.kringkoop.contract.entity.Kpi;
import nl.kringkoop.contract.entity.KpiDefinition;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.contract.entity.MilestoneStatus;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * The rules of what is written about a contract's progress: a milestone has a title and a due date;
 * it is reached on a day that is not in the future, or reopened; a KPI has a name, a unit, a target
 * and a direction; a measurement is a number taken on a day that is not in the future. Numbers have
 * at most two decimals and fit the database's DECIMAL(15,2). Plain Java.
 */
public final class ProgressRules {

  private static final int DECIMALS = 2;
  private static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

  private final LocalDate today;

  public ProgressRules(LocalDate today) {
    this.today = today;
  }

  /** A planned milestone: its title and due date. */
  public record Plan(String title, LocalDate dueOn) {}

  /** Progress on a milestone: reached on a day with a note, or reopened (completedOn empty). */
  public record Progress(MilestoneStatus status, LocalDate completedOn, String note) {}

  /** A measurement of a KPI. */
  public record Measurement(BigDecimal value, LocalDate on) {}

  public Plan plan(MilestoneForm form) {
    FieldChecks checks = new FieldChecks();
    String title = checks.text("title", form.title, Milestone.TITLE_MAX, true);
    LocalDate due = ContractRules.date("dueOn", form.dueOn, checks);
    checks.throwIfAny();
    return new Plan(title, due);
  }

  public Progress progress(MilestoneForm form) {
    FieldChecks checks = new FieldChecks();
    checks.require(form.version != null, "version", "field.required");
    MilestoneStatus status = status(form.status, checks);
    String note = checks.text("note", form.note, Milestone.NOTE_MAX, false);
    LocalDate on = null;
    if (status == MilestoneStatus.DONE) {
      on = day("completedOn", form.completedOn, checks);
    }
    checks.throwIfAny();
    return new Progress(status, on, note);
  }

  public KpiDefinition definition(KpiForm form) {
    FieldChecks checks = new FieldChecks();
    String name = checks.text("name", form.name, Kpi.NAME_MAX, true);
    String unit = checks.text("unit", form.unit, Kpi.UNIT_MAX, true);
    BigDecimal target = number("target", form.target, checks);
    checks.require(form.higherIsBetter != null, "higherIsBetter", "field.required");
    checks.throwIfAny();
    return new KpiDefinition(name, unit, target, form.higherIsBetter);
  }

  public Measurement measurement(KpiForm form) {
    FieldChecks checks = new FieldChecks();
    checks.require(form.version != null, "version", "field.required");
    BigDecimal value = number("measured", form.measured, checks);
    LocalDate on = day("measuredOn", form.measuredOn, checks);
    checks.throwIfAny();
    return new Measurement(value, on);
  }

  private static MilestoneStatus status(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      checks.add("status", "field.required");
      return null;
    }
    try {
      return MilestoneStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      checks.add("status", "contract.field.milestoneStatus");
      return null;
    }
  }

  /** A day that has come: today when left out, never later than today. */
  private LocalDate day(String field, String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return today;
    }
    LocalDate day = ContractRules.date(field, text, checks);
    if (day != null && day.isAfter(today)) {
      checks.add(field, "contract.field.future");
      return null;
    }
    return day;
  }

  private static BigDecimal number(String field, BigDecimal value, FieldChecks checks) {
    if (value == null) {
      checks.add(field, "field.required");
      return null;
    }
    if (value.stripTrailingZeros().scale() > DECIMALS || value.abs().compareTo(LARGEST) > 0) {
      checks.add(field, "contract.field.number");
      return null;
    }
    return value.setScale(DECIMALS);
  }
}

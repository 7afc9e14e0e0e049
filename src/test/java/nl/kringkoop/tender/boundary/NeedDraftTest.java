package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.tender.control.NeedForm;
import org.junit.jupiter.api.Test;

class NeedDraftTest {

  @Test
  void aFreshNeedIsInTheBuyersMunicipalityWithOneCriterionToFillIn() {
    NeedDraft draft = NeedDraft.fresh("GM0268");

    assertEquals("GM0268", draft.getLocation());
    assertEquals(1, draft.getCriteria().size());
    assertEquals(0, draft.getWeightTotal());
  }

  @Test
  void theFormCarriesTheDigitsOfPickedCodesEurosAndDutchLocalTimes() {
    NeedDraft draft = NeedDraft.fresh("GM0268");
    draft.setTitle("Kantoormeubilair");
    draft.setCpvCodes(List.of("39130000-2 Kantoormeubilair", " 45000000-7 Bouwwerkzaamheden"));
    draft.setMaxBudget(new BigDecimal("150000"));
    draft.setEntryDeadline(LocalDateTime.of(2026, 12, 1, 12, 0));
    draft.addLot();
    draft.getLots().get(0).setTitle("Stoelen");
    draft.getLots().get(0).setCpvCodes(List.of("39110000-6 Stoelen"));

    NeedForm form = draft.toForm(3L);

    assertEquals(3L, form.version);
    assertEquals(List.of("39130000-2", "45000000-7"), form.cpvCodes);
    assertEquals(new BigDecimal("150000"), form.maxBudget.amount());
    assertEquals("EUR", form.maxBudget.currency());
    assertNull(form.estimatedValue);
    assertEquals("2026-12-01T12:00", form.entryDeadline);
    assertEquals(List.of("39110000-6"), form.lots.get(0).cpvCodes);
  }

  @Test
  void weightsAreCompleteOnlyAtExactlyHundredWithAPrice() {
    NeedDraft draft = NeedDraft.fresh(null);
    draft.getCriteria().get(0).setWeight(50);
    draft.setPriceWeight(30);
    assertEquals(80, draft.getWeightTotal());
    assertFalse(draft.isWeightsComplete());

    draft.getCriteria().get(0).setWeight(70);
    assertTrue(draft.isWeightsComplete());

    draft.setPriceWeight(null);
    draft.getCriteria().get(0).setWeight(100);
    assertFalse(draft.isWeightsComplete(), "no price weight");
  }

  @Test
  void aProblemNamesItsFieldRowAndStep() {
    NeedProblem weights =
        NeedProblem.of(
            new InvalidField("criteria", "tender.publish.weightsTotal", 80), Locale.ENGLISH);
    NeedProblem lotCeiling =
        NeedProblem.of(
            new InvalidField("lots[1].maxBudget", "tender.publish.lotCeilingRequired"),
            Locale.forLanguageTag("nl"));

    assertEquals("Quality criteria", weights.label());
    assertTrue(weights.text().contains("80"), weights.text());
    assertEquals(4, weights.step());
    assertEquals("criteria", weights.getAnchor());
    assertEquals("Percelen 2, Maximaal budget (euro)", lotCeiling.label());
    assertEquals(3, lotCeiling.step());
    assertEquals("lots-1-maxBudget", lotCeiling.getAnchor());
  }
}

package nl.kringkoop.opendata.control;

import static nl.kringkoop.opendata.control.OcdsFixture.SETTINGS;
import static nl.kringkoop.opendata.control.OcdsFixture.packageFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kringkoop.opendata.control.OcdsFixture.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The structure OCDS 1.1 asks for, checked on every stage without the official schema: required
 * fields, values of the closed codelists we use, ocids with our prefix, unique ids, references that
 * lead to a party, lot or award in the same release, no nulls or empty containers, dates with
 * offsets and amounts as numbers in euros.
 */
class OcdsStructureTest {

  private static final Set<String> RELEASE_TAGS =
      Set.of(
          "planning",
          "planningUpdate",
          "tender",
          "tenderAmendment",
          "tenderUpdate",
          "tenderCancellation",
          "award",
          "awardUpdate",
          "awardCancellation",
          "contract",
          "contractUpdate",
          "contractAmendment",
          "implementation",
          "implementationUpdate",
          "contractTermination",
          "compiled");
  private static final Set<String> TENDER_STATUS =
      Set.of("planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn");
  private static final Set<String> METHODS = Set.of("open", "selective", "limited", "direct");
  private static final Set<String> CATEGORIES = Set.of("goods", "works", "services");
  private static final Set<String> AWARD_STATUS =
      Set.of("pending", "active", "cancelled", "unsuccessful");
  private static final Set<String> CONTRACT_STATUS =
      Set.of("pending", "active", "cancelled", "terminated");
  private static final Set<String> MILESTONE_STATUS =
      Set.of("scheduled", "met", "notMet", "partiallyMet");
  private static final Set<String> SCALES = Set.of("micro", "sme", "large", "selfEmployed");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  @ParameterizedTest
  @EnumSource(Stage.class)
  void packageAndReleaseCarryEveryRequiredField(Stage stage) {
    JsonObject ocds = packageFor(stage);

    for (String field : List.of("uri", "publishedDate", "releases", "version", "publisher")) {
      assertTrue(ocds.containsKey(field), field);
    }
    assertEquals("1.1", ocds.getString("version"));
    assertFalse(ocds.getJsonObject("publisher").getString("name").isBlank());
    assertFalse(ocds.getJsonArray("releases").isEmpty());
    JsonObject release = release(ocds);
    for (String field : List.of("ocid", "id", "date", "tag", "initiationType")) {
      assertTrue(release.containsKey(field), field);
    }
    assertFalse(release.getJsonArray("tag").isEmpty());
    assertTrue(release.getString("ocid").startsWith(SETTINGS.ocidPrefix() + "-"));
    assertEquals(SETTINGS.ocid(42), release.getString("ocid"));
    assertTrue(release.getJsonObject("tender").containsKey("id"));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void closedCodelistsHoldOnlyTheirCodes(Stage stage) {
    JsonObject release = release(packageFor(stage));
    JsonObject tender = release.getJsonObject("tender");

    strings(release.getJsonArray("tag")).forEach(tag -> assertIn(RELEASE_TAGS, tag));
    assertEquals("tender", release.getString("initiationType"));
    assertIn(TENDER_STATUS, tender.getString("status"));
    assertIn(METHODS, tender.getString("procurementMethod"));
    assertIn(CATEGORIES, tender.getString("mainProcurementCategory"));
    objects(tender, "lots").forEach(lot -> assertIn(TENDER_STATUS, lot.getString("status")));
    objects(tender, "milestones").forEach(m -> assertIn(MILESTONE_STATUS, m.getString("status")));
    objects(release, "awards").forEach(a -> assertIn(AWARD_STATUS, a.getString("status")));
    for (JsonObject contract : objects(release, "contracts")) {
      assertIn(CONTRACT_STATUS, contract.getString("status"));
      objects(contract.getJsonObject("implementation"), "milestones")
          .forEach(m -> assertIn(MILESTONE_STATUS, m.getString("status")));
    }
    for (JsonObject party : objects(release, "parties")) {
      if (party.containsKey("details")) {
        assertIn(SCALES, party.getJsonObject("details").getString("scale"));
      }
    }
    walk(
        release,
        (path, value) -> {
          if (path.endsWith("/currency")) {
            assertEquals("EUR", ((JsonString) value).getString(), path);
          }
        });
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void idsAreUniqueAndEveryReferenceLeadsSomewhere(Stage stage) {
    JsonObject release = release(packageFor(stage));
    JsonObject tender = release.getJsonObject("tender");

    Set<String> parties = uniqueIds(objects(release, "parties"), "parties");
    Set<String> lots = uniqueIds(objects(tender, "lots"), "lots");
    Set<String> awards = uniqueIds(objects(release, "awards"), "awards");
    uniqueIds(objects(release, "contracts"), "contracts");
    uniqueIds(objects(tender, "items"), "items");
    uniqueIds(objects(tender, "documents"), "documents");
    uniqueIds(objects(tender, "milestones"), "milestones");

    List<JsonObject> references = new ArrayList<>();
    references.add(release.getJsonObject("buyer"));
    references.addAll(objects(tender, "tenderers"));
    objects(release, "awards").forEach(award -> references.addAll(objects(award, "suppliers")));
    for (JsonObject contract : objects(release, "contracts")) {
      assertIn(awards, contract.getString("awardID"));
      JsonObject implementation = contract.getJsonObject("implementation");
      uniqueIds(objects(implementation, "transactions"), "transactions");
      uniqueIds(objects(implementation, "milestones"), "contract milestones");
      for (JsonObject transaction : objects(implementation, "transactions")) {
        references.add(transaction.getJsonObject("payer"));
        references.add(transaction.getJsonObject("payee"));
      }
    }
    Map<String, String> names =
        objects(release, "parties").stream()
            .filter(p -> p.containsKey("name"))
            .collect(Collectors.toMap(p -> p.getString("id"), p -> p.getString("name")));
    for (JsonObject reference : references) {
      assertIn(parties, reference.getString("id"));
      assertEquals(names.get(reference.getString("id")), reference.getString("name", null));
    }
    objects(tender, "items").stream()
        .filter(item -> item.containsKey("relatedLot"))
        .forEach(item -> assertIn(lots, item.getString("relatedLot")));
    objects(release, "awards").stream()
        .flatMap(award -> strings(award.getJsonArray("relatedLots")).stream())
        .forEach(lot -> assertIn(lots, lot));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void nothingIsNullOrEmptyDatesHaveOffsetsAndAmountsAreNumbers(Stage stage) {
    walk(
        packageFor(stage),
        (path, value) -> {
          assertNotEquals(JsonValue.ValueType.NULL, value.getValueType(), path);
          if (value instanceof JsonObject object) {
            assertFalse(object.isEmpty(), path);
          }
          if (value instanceof JsonArray array) {
            assertFalse(array.isEmpty(), path);
          }
          String field = path.substring(path.lastIndexOf('/') + 1);
          if (field.equals("date") || field.startsWith("date") || field.endsWith("Date")) {
            String text = ((JsonString) value).getString();
            assertTrue(DATE_TIME.matcher(text).matches(), path + " = " + text);
          }
          if (field.equals("amount") && !path.endsWith("budget/amount")) {
            assertEquals(JsonValue.ValueType.NUMBER, value.getValueType(), path);
          }
        });
  }

  @Test
  void eachStageIsTaggedAndHasTheTenderStatusOfTheCodelist() {
    Map<Stage, String> expected =
        Map.of(
            Stage.PUBLISHED, "[tender] active",
            Stage.OFFERS, "[tender] active",
            Stage.AWARD_INTENDED, "[tender] active",
            Stage.AWARDED, "[tender, award, contract, implementation] complete",
            Stage.CANCELLED_IN_ENTRY, "[tenderCancellation] cancelled");
    expected.forEach(
        (stage, tagsAndStatus) -> {
          JsonObject release = release(packageFor(stage));
          String actual =
              strings(release.getJsonArray("tag"))
                  + " "
                  + release.getJsonObject("tender").getString("status");
          assertEquals(tagsAndStatus, actual, stage::toString);
        });
  }

  @Test
  void theSameStateHasTheSameIdAndEveryChangeANewOne() {
    String awarded = release(packageFor(Stage.AWARDED)).getString("id");

    assertEquals(awarded, release(packageFor(Stage.AWARDED)).getString("id"));
    Set<String> ids = new HashSet<>();
    for (Stage stage : Stage.values()) {
      assertTrue(ids.add(release(packageFor(stage)).getString("id")), stage::toString);
    }
    assertFalse(awarded.contains("#"));
  }

  @Test
  void theSizeClassBecomesTheScaleAndFirmsAreKnownByTheirKvkNumber() {
    Map<String, JsonObject> parties =
        objects(release(packageFor(Stage.AWARDED)), "parties").stream()
            .collect(Collectors.toMap(p -> p.getString("id"), p -> p));

    assertEquals("micro", scale(parties.get("NL-KVK-81234567")));
    assertEquals("sme", scale(parties.get("NL-KVK-82345678")));
    assertEquals("large", scale(parties.get("NL-KVK-83456789")));
    JsonObject identifier = parties.get("NL-KVK-81234567").getJsonObject("identifier");
    assertEquals("NL-KVK", identifier.getString("scheme"));
    assertEquals("81234567", identifier.getString("id"));
    JsonObject buyer = parties.get("CBS-GM0268");
    assertEquals(
        "GM0268", buyer.getJsonArray("additionalIdentifiers").getJsonObject(0).getString("id"));
    assertEquals(
        List.of("buyer", "procuringEntity", "payer"), strings(buyer.getJsonArray("roles")));
  }

  private static String scale(JsonObject party) {
    return party.getJsonObject("details").getString("scale");
  }

  private static JsonObject release(JsonObject ocds) {
    return ocds.getJsonArray("releases").getJsonObject(0);
  }

  private static List<JsonObject> objects(JsonObject parent, String name) {
    return parent == null || !parent.containsKey(name)
        ? List.of()
        : parent.getJsonArray(name).getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.getValuesAs(JsonString::getString);
  }

  private static Set<String> uniqueIds(List<JsonObject> objects, String what) {
    Set<String> ids = new HashSet<>();
    for (JsonObject object : objects) {
      assertTrue(ids.add(object.getString("id")), what + " repeat " + object.getString("id"));
    }
    return ids;
  }

  private static void assertIn(Set<String> allowed, String value) {
    assertTrue(allowed.contains(value), value + " not in " + allowed);
  }

  /** Visits every value below the root with its JSON pointer. */
  private static void walk(JsonValue root, PathVisitor visitor) {
    walk("", root, visitor);
  }

  private static void walk(String path, JsonValue value, PathVisitor visitor) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (name, child) -> {
            visitor.visit(path + "/" + name, child);
            walk(path + "/" + name, child, visitor);
          });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        visitor.visit(path + "/" + i, array.get(i));
        walk(path + "/" + i, array.get(i), visitor);
      }
    }
  }

  @FunctionalInterface
  private interface PathVisitor {
    void visit(String path, JsonValue value);
  }
}

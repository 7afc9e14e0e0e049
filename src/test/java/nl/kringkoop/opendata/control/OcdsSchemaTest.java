package nl.kringkoop.opendata.control;

import static nl.kringkoop.opendata.control.OcdsFixture.SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.opendata.control.OcdsFixture.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Validates the packages of every stage against the official OCDS 1.1.5 release package schema. The
 * schema is third-party text and stays out of the repository: give its folder (with
 * release-package-schema.json and release-schema.json from
 * https://standard.open-contracting.org/schema/1__1__5/) as system property {@code ocds.schema.dir}
 * or environment variable {@code OCDS_SCHEMA_DIR}; without it the test is skipped. The package
 * schema's reference to the release schema is served from that folder, nothing is fetched from the
 * network, and date-time and URI formats are asserted.
 */
class OcdsSchemaTest {

  static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
  static final String PACKAGE_SCHEMA = "release-package-schema.json";
  static final String RELEASE_SCHEMA = "release-schema.json";

  static final String HOW_TO_SUPPLY =
      "OcdsSchemaTest SKIPPED: the official OCDS 1.1.5 schema is not in the repository. Save"
          + " release-package-schema.json and release-schema.json from "
          + BASE
          + " in a folder and run with -Docds.schema.dir=FOLDER (or OCDS_SCHEMA_DIR=FOLDER).";

  private static Schema releasePackage;

  @BeforeAll
  static void loadOfficialSchema() throws IOException {
    Optional<Path> folder = schemaFolder();
    if (folder.isEmpty()) {
      System.out.println(HOW_TO_SUPPLY);
      return;
    }
    String packageText = Files.readString(folder.get().resolve(PACKAGE_SCHEMA));
    String releaseText = Files.readString(folder.get().resolve(RELEASE_SCHEMA));
    assertEquals(BASE + PACKAGE_SCHEMA, id(packageText), "not the 1.1.5 package schema");
    assertEquals(BASE + RELEASE_SCHEMA, id(releaseText), "not the 1.1.5 release schema");
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder.schemas(
                    Map.of(
                        BASE + PACKAGE_SCHEMA, packageText, BASE + RELEASE_SCHEMA, releaseText)));
    releasePackage = registry.getSchema(SchemaLocation.of(BASE + PACKAGE_SCHEMA));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void theTenderPackageOfEveryStageIsValid(Stage stage) {
    List<Error> errors = validate(OcdsFixture.packageFor(stage));

    assertTrue(errors.isEmpty(), () -> stage + ": " + errors);
  }

  @Test
  void aPageOfSeveralReleasesWithLinksIsValid() {
    ReleaseWriter writer = new ReleaseWriter(SETTINGS);
    JsonObject page =
        ReleasePackage.of(
            SETTINGS,
            SETTINGS.link("api/v1/ocds/releases?from=2027-01-01&to=2027-12-31&page=1&size=3"),
            Arrays.stream(new Stage[] {Stage.OFFERS, Stage.AWARDED, Stage.CANCELLED_IN_ENTRY})
                .map(OcdsFixture::process)
                .map(writer::write)
                .toList(),
            Map.of("next", SETTINGS.link("a?page=2"), "prev", SETTINGS.link("a?page=0")));

    List<Error> errors = validate(page);

    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Test
  void theSchemaRejectsWhatTheStandardForbids() {
    JsonObject valid = OcdsFixture.packageFor(Stage.AWARDED);
    JsonObject release = valid.getJsonArray("releases").getJsonObject(0);
    JsonObject wrongTag =
        Json.createObjectBuilder(release)
            .add("tag", Json.createArrayBuilder().add("pitch"))
            .add("date", "1 maart 2027")
            .build();
    JsonObject broken =
        Json.createObjectBuilder(valid)
            .remove("publishedDate")
            .add("releases", Json.createArrayBuilder().add(wrongTag))
            .build();

    List<Error> errors = validate(broken);

    assertFalse(errors.isEmpty(), "the validator checks for real");
    String found = errors.toString();
    assertTrue(found.contains("publishedDate"), found);
    assertTrue(found.contains("tag"), found);
    assertTrue(found.contains("/releases/0/date"), found);
  }

  private static List<Error> validate(JsonObject ocdsPackage) {
    assumeTrue(releasePackage != null, HOW_TO_SUPPLY);
    return releasePackage.validate(
        ocdsPackage.toString(),
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  private static Optional<Path> schemaFolder() {
    String given = System.getProperty("ocds.schema.dir", System.getenv("OCDS_SCHEMA_DIR"));
    return Optional.ofNullable(given)
        .filter(text -> !text.isBlank())
        .map(Path::of)
        .filter(path -> Files.isRegularFile(path.resolve(PACKAGE_SCHEMA)))
        .filter(path -> Files.isRegularFile(path.resolve(RELEASE_SCHEMA)));
  }

  private static String id(String schemaText) {
    try (var reader = Json.createReader(new java.io.StringReader(schemaText))) {
      return reader.readObject().getString("id", "");
    }
  }
}

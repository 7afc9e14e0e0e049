package nl.kringkoop.platform.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as is: integration tests call the real
 * application over HTTP, the way clients and browsers do.
 */
public final class DeployedApp {

  private DeployedApp() {}

  public static WebArchive war() {
    File war = new File("target/kringkoop.war");
    if (!war.isFile()) {
      throw new IllegalStateException(
          "target/kringkoop.war is missing: run mvn verify, not the test alone");
    }
    return ShrinkWrap.create(ZipImporter.class, "kringkoop.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /** The same WAR with a clock that tests set through {@code PUT /api/v1/test/clock}. */
  public static WebArchive warWithSettableClock() {
    return war().addClasses(SettableClock.class, TestClockResource.class);
  }
}

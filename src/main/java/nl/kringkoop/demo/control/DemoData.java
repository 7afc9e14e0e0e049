package nl.kringkoop.demo.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.PasswordHasher;
import nl.kringkoop.platform.persistence.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo dataset into an empty database after migration, and warns that it exists. */
@ApplicationScoped
public class DemoData {

  /** Published in the README and docs: demo accounts are for trying the platform only. */
  public static final String DEMO_PASSWORD = "kringkoop-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "demo.data", defaultValue = "true")
  boolean enabled;

  @Inject Accounts accounts;

  @Inject DemoDataset dataset;

  @Inject PasswordHasher hasher;

  @Resource ManagedExecutorService background;

  void onSchemaMigrated(
      @Observes @Priority(Interceptor.Priority.APPLICATION) SchemaMigrated migrated) {
    if (!enabled) {
      LOG.info("Demo data is switched off (DEMO_DATA=false).");
      return;
    }
    if (accounts.countOrganisations() == 0) {
      DemoDataset.Summary summary = dataset.load();
      LOG.info(
          () ->
              "Demo data loaded: "
                  + summary.municipalities()
                  + " municipalities, "
                  + summary.suppliers()
                  + " suppliers, "
                  + summary.users()
                  + " users.");
    }
    // The check costs a slow hash; run it beside the start instead of delaying readiness.
    background.execute(this::warnWhileDemoPasswordWorks);
  }

  private void warnWhileDemoPasswordWorks() {
    boolean demoPasswordWorks =
        accounts
            .findByUsername(DemoDataset.ADMIN)
            .map(admin -> hasher.verify(DEMO_PASSWORD.toCharArray(), admin.passwordHash()))
            .orElse(false);
    if (demoPasswordWorks) {
      LOG.warning(
          "DEMO ACCOUNTS ARE ACTIVE: officer, supplier, analyst and admin sign in with the"
              + " published password '"
              + DEMO_PASSWORD
              + "'. Never expose this instance publicly; start production with DEMO_DATA=false"
              + " on an empty database.");
    }
  }
}

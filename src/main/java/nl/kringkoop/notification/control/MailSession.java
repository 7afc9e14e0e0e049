package nl.kringkoop.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP connection settings from configuration ({@code mail.*}) as a Jakarta Mail session. Mail
 * is off unless {@code mail.enabled} is true, so a local start needs no mail server.
 */
@ApplicationScoped
public class MailSession {

  private static final Logger LOG = Logger.getLogger(MailSession.class.getName());

  @Inject
  @ConfigProperty(name = "mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "mail.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "mail.smtp.timeout", defaultValue = "PT10S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "mail.from", defaultValue = "noreply@kringkoop.local")
  String from;

  @Inject
  @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  private Session session;

  @PostConstruct
  void connect() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    String millis = String.valueOf(timeout.toMillis());
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    Optional<String> account = user.filter(name -> !name.isBlank());
    properties.put("mail.smtp.auth", String.valueOf(account.isPresent()));
    session =
        account
            .map(
                name ->
                    Session.getInstance(
                        properties,
                        new Authenticator() {
                          @Override
                          protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(name, password.orElse(""));
                          }
                        }))
            .orElseGet(() -> Session.getInstance(properties));
  }

  /** Says once at start-up whether mail goes out, so nobody waits for mail that never comes. */
  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (enabled) {
      LOG.info(() -> "Mail is on: notices are mailed through " + host + ":" + port);
    } else {
      LOG.info("Mail is off (mail.enabled=false): notices are only shown in the application");
    }
  }

  public boolean enabled() {
    return enabled;
  }

  public Session session() {
    return session;
  }

  public String from() {
    return from;
  }

  /** The address people use to reach the application, for links in mail. */
  public String baseUrl() {
    return baseUrl;
  }
}

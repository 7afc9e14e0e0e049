package nl.kringkoop.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public REST API, version 1. */
@ApplicationPath(KringkoopApi.BASE_PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Kringkoop API",
            version = "1",
            description =
                "Rapid Circulair Contracting: needs, suppliers, matching, partnerships and spend."
                    + " Errors are RFC 9457 problem details; send Accept-Language nl or en."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/v1/auth/tokens")
public class KringkoopApi extends Application {

  public static final String BASE_PATH = "api/v1";
}

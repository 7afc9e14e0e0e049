package nl.kringkoop.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Checks every API call on the server: resources are closed to anonymous callers unless marked
 * {@link PermitAll}, and {@link RolesAllowed} limits them to the listed roles (401 without a valid
 * token, 403 with a token of the wrong role).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null || isPublic(method)) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      throw ProblemException.of(ProblemType.UNAUTHENTICATED);
    }
    RolesAllowed allowed = rolesAllowed(method);
    if (allowed != null && Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
  }

  private static boolean isPublic(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return !method.isAnnotationPresent(RolesAllowed.class)
        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }

  private static RolesAllowed rolesAllowed(Method method) {
    RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
    return onMethod != null
        ? onMethod
        : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
  }
}
